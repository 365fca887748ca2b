package org.plenary.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.plenary.build.ExtractionCache;
import org.plenary.extract.ArticleExtraction;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleException;
import org.plenary.ingest.ArticleReader;

/**
 * The per-article stage of a build as a Spark job: each task reads its articles from the (Hadoop) file system,
 * extracts them with the executor's one CoreNLP, and writes each extraction into the extraction cache as the entry the
 * single-machine build would write ({@link ExtractionCache#entry}). Articles whose entry is already there are not
 * extracted again. The driver gets back only a small outcome per article; the build then reads the cache.
 */
public final class SparkExtraction {
    private SparkExtraction() {}

    /** What happened to one article: its cache entry's name (or why it was refused), and what extracting it cost. */
    public record Outcome(String file, String entry, String refused, boolean cached, long cpuNanos, long wallNanos,
                          long heapUsedBytes, String executor) implements Serializable {}

    /**
     * Extracts {@code source}'s articles into the cache at {@code cacheUri} (a Hadoop path) in {@code partitions}
     * tasks; {@code extractorId} is the driver's ({@link ExtractionCache#standardExtractorId()}), so the keys are the
     * build's.
     */
    public static List<Outcome> run(JavaSparkContext sc, ArticleSource source, String cacheUri, String extractorId,
                                    Set<String> cachedEntries, int partitions) {
        if (source.files().isEmpty()) return List.of();
        Broadcast<SerializableWritable<Configuration>> conf = sc.broadcast(new SerializableWritable<>(sc.hadoopConfiguration()));
        Broadcast<ArticleSource.Catalogue> catalogue = sc.broadcast(source.catalogue());
        Broadcast<Set<String>> cached = sc.broadcast(cachedEntries);
        int slices = Math.max(1, Math.min(source.files().size(), partitions));
        return sc.parallelize(source.files(), slices)
                .mapPartitions((Iterator<String> files) -> extract(files, conf.value().value(), catalogue.value(),
                        cached.value(), cacheUri, extractorId))
                .collect();
    }

    private static Iterator<Outcome> extract(Iterator<String> files, Configuration conf, ArticleSource.Catalogue catalogue,
                                             Set<String> cached, String cacheUri, String extractorId) throws IOException {
        ArticleReader reader = new ArticleReader(ExecutorExtractor.catalogue(catalogue));
        // Only keys and entries are asked of it here: the entries are written through Hadoop's file system below.
        ExtractionCache keys = new ExtractionCache(null, extractorId);
        Path cacheDir = new Path(cacheUri);
        FileSystem cacheFs = cacheDir.getFileSystem(conf);
        cacheFs.setWriteChecksum(false); // no .crc files beside the entries on a local file system
        cacheFs.mkdirs(cacheDir);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        String executor = SparkEnv.get() != null ? SparkEnv.get().executorId() : "?";
        List<Outcome> out = new ArrayList<>();
        while (files.hasNext()) {
            String file = files.next();
            Path path = new Path(file);
            long wall0 = System.nanoTime(), cpu0 = cpu.getCurrentThreadCpuTime();
            Article a;
            try (InputStream in = path.getFileSystem(conf).open(path)) {
                a = reader.read(java.nio.file.Path.of(path.toUri().getPath()), in.readAllBytes());
            } catch (ArticleException e) {
                out.add(new Outcome(file, null, e.getMessage(), false, 0, 0, 0, executor));
                continue;
            } catch (IOException e) {
                out.add(new Outcome(file, null, file + ": cannot read: " + e.getMessage(), false, 0, 0, 0, executor));
                continue;
            }
            String name = keys.key(a) + ".json";
            if (cached.contains(name)) {
                out.add(new Outcome(file, name, null, true, 0, 0, 0, executor));
                continue;
            }
            long readCpu = cpu.getCurrentThreadCpuTime() - cpu0, readWall = System.nanoTime() - wall0;
            var extractor = ExecutorExtractor.extractor(); // the models' load (first article of the JVM) is not the article's cost
            wall0 = System.nanoTime() - readWall;
            cpu0 = cpu.getCurrentThreadCpuTime() - readCpu;
            ArticleExtraction x;
            try {
                x = extractor.extract(a);
            } catch (RuntimeException e) {
                out.add(new Outcome(file, null, a.fileName() + ": extraction failed: " + e, false, 0, 0, 0, executor));
                continue;
            }
            ExtractionCache.Entry entry = keys.entry(x);
            write(cacheFs, cacheDir, entry);
            Runtime rt = Runtime.getRuntime();
            out.add(new Outcome(file, entry.fileName(), null, false, cpu.getCurrentThreadCpuTime() - cpu0,
                    System.nanoTime() - wall0, rt.totalMemory() - rt.freeMemory(), executor));
        }
        return out.iterator();
    }

    /** Writes an entry under a temporary name and renames it: a reader never sees half an entry. */
    private static void write(FileSystem fs, Path dir, ExtractionCache.Entry e) throws IOException {
        Path file = new Path(dir, e.fileName());
        Path part = new Path(dir, e.fileName() + "." + SparkEnv.get().executorId() + ".part");
        try (OutputStream out = fs.create(part, true)) {
            out.write(e.json());
        }
        if (!fs.rename(part, file)) {
            fs.delete(file, false); // an entry of the same key has the same bytes: replacing it loses nothing
            if (!fs.rename(part, file)) throw new IOException("cannot rename " + part + " to " + file);
        }
    }
}
