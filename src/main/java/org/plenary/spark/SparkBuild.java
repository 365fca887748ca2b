package org.plenary.spark;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.plenary.build.ExtractionCache;
import org.plenary.build.JdkXmlFactories;
import org.plenary.build.PlenaryException;
import org.plenary.cli.BuildCommand;
import org.plenary.cli.BuildInputs;
import org.plenary.graph.IriScheme;
import org.plenary.ingest.ArticleException;
import org.plenary.store.PlenaryDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.plenary.spark.SparkBuild plenary.jar --articles DIR --db DIR}: a build whose
 * per-article stage runs on a Spark cluster. The executors fill the database's extraction cache
 * ({@link SparkExtraction}); resolution, comparison, validation and publishing then run once on the driver, as
 * {@code plenary build} runs them, and find every extraction in the cache, so both give the same graph.
 */
@Command(name = "plenary-spark", mixinStandardHelpOptions = true,
        description = {"Build a database with the per-article extraction on Apache Spark (run through spark-submit).",
                "Articles may be on any file system Hadoop reaches (HDFS, S3); the build after the extraction reads a local folder."})
public final class SparkBuild implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "DIR|URI",
            description = "Folder of article files: a local folder or a Hadoop URI (hdfs://..., s3a://...).")
    String articles;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The database (TDB2 generations) to build.")
    Path db;

    @Option(names = "--cache", paramLabel = "URI",
            description = "Where the executors write the extraction cache (default: the database's cache folder, which every "
                    + "executor must reach, e.g. on NFS); another folder (HDFS) only with --extract-only.")
    String cache;

    @Option(names = "--extract-only", description = "Fill the extraction cache and stop: a later `plenary build` of the same articles into --db reads it.")
    boolean extractOnly;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run through spark-submit (local[2], spark://host:7077).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks to split the articles into (default: 4 per executor core).")
    Integer partitions;

    @Option(names = "--base", defaultValue = IriScheme.DEFAULT_BASE, paramLabel = "IRI", description = "Public base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--reference", paramLabel = "DIR", description = "Reference facts in Turtle (default: as plenary build finds them).")
    Path reference;

    @Option(names = "--links", paramLabel = "FILE", description = "Offline Wikidata link table (default: as plenary build finds it).")
    Path links;

    @Option(names = "--quiet", description = "Print only errors.")
    boolean quiet;

    @Option(names = "--verbose", description = "Say more (stage timings, per-article costs); print stack traces of errors.")
    boolean verbose;

    /** What the last run did, for tests and benchmarks. */
    List<SparkExtraction.Outcome> outcomes = List.of();

    public static void main(String[] args) {
        JdkXmlFactories.keep();
        System.exit(new CommandLine(new SparkBuild()).execute(args));
    }

    @Override
    public Integer call() {
        try {
            run();
            return 0;
        } catch (PlenaryException | ArticleException e) {
            System.err.println("plenary-spark: " + e.getMessage());
            if (verbose) e.printStackTrace();
            return 2;
        }
    }

    private void run() {
        if (partitions != null && partitions < 1) throw new PlenaryException("--partitions " + partitions + ": must be 1 or more");
        Path localArticles = localFolder(articles);
        if (localArticles == null && !extractOnly)
            throw new PlenaryException("--articles " + articles + ": the build after the extraction reads a local folder; "
                    + "give --extract-only (then `plenary build` of a local copy into --db reads the cache)");
        if (cache != null && !extractOnly)
            throw new PlenaryException("--cache " + cache + ": the build after the extraction reads the database's own cache; "
                    + "give --extract-only, then copy the entries into " + db.resolve("cache") + " and run `plenary build`");
        PlenaryDatabase database = PlenaryDatabase.at(db);
        BuildInputs inputs = localArticles == null ? null : BuildInputs.of(localArticles, reference, links);
        String cacheUri = cache != null ? cache : database.extractionCache().toUri().toString();
        PrintStream err = System.err;

        SparkConf conf = new SparkConf().setAppName("plenary-extraction");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) throw new PlenaryException("no Spark master: run through spark-submit --master URL, or give --master");
        long t0 = System.nanoTime();
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel(verbose ? "INFO" : "WARN");
            ArticleSource source = ArticleSource.list(articles, sc.hadoopConfiguration());
            if (!quiet) {
                for (String s : source.skipped()) err.println("skipped " + s);
                err.printf(Locale.ROOT, "extracting %d articles on %s (%d cores)%n", source.files().size(), sc.master(), sc.defaultParallelism());
            }
            Set<String> cached = cacheUri.startsWith("file:") ? new ExtractionCache(Path.of(URI.create(cacheUri)), "").entryNames() : Set.of();
            int n = partitions != null ? partitions : 4 * sc.defaultParallelism();
            outcomes = SparkExtraction.run(sc, source, cacheUri, ExtractionCache.standardExtractorId(), new HashSet<>(cached), n);
        }
        long extracted = System.nanoTime() - t0;
        if (!quiet) report(err, extracted);
        if (extractOnly) return;
        BuildCommand.run(localArticles, db, new IriScheme(base), inputs, null, quiet, verbose, false);
    }

    private void report(PrintStream err, long nanos) {
        long fresh = outcomes.stream().filter(o -> o.entry() != null && !o.cached()).count();
        long hits = outcomes.stream().filter(SparkExtraction.Outcome::cached).count();
        for (SparkExtraction.Outcome o : outcomes) if (o.refused() != null) err.println("skipped " + o.refused());
        long cpu = outcomes.stream().mapToLong(SparkExtraction.Outcome::cpuNanos).sum();
        long heap = outcomes.stream().mapToLong(SparkExtraction.Outcome::heapUsedBytes).max().orElse(0);
        err.printf(Locale.ROOT, "extracted %d articles on Spark (%d already cached, %d refused) in %.1f s: %.2f CPU-s per article, "
                        + "largest executor heap in use %d MB%n", fresh, hits, outcomes.size() - fresh - hits, nanos / 1e9,
                fresh == 0 ? 0 : cpu / 1e9 / fresh, heap >> 20);
    }

    /** The local folder of {@code articles}, or null when it is on another file system. */
    static Path localFolder(String articles) {
        URI uri;
        try {
            uri = URI.create(articles);
        } catch (IllegalArgumentException e) {
            return Path.of(articles);
        }
        if (uri.getScheme() == null) return Path.of(articles);
        if (uri.getScheme().equals("file")) return Path.of(uri);
        return uri.getScheme().length() == 1 ? Path.of(articles) : null; // a Windows drive letter is a local path
    }
}
