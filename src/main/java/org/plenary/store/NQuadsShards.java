package org.plenary.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.plenary.build.PlenaryException;

/**
 * A dataset's named graphs as gzipped N-Quads shards ({@code shard-00000.nq.gz}, ...), a fixed number of whole graphs
 * per shard, and the load of such shards into a new generation of a {@link PlenaryDatabase}.
 * <p>
 * Shards are the form a graph too large for one in-memory build travels in: they are written graph by graph (a
 * graph's quads streamed from the store, never the whole dataset in memory), each can be written by a different
 * machine, and they are what Jena's own bulk loaders read ({@code tdb2.tdbloader}, {@code tdb2.xloader}). A graph is
 * never split across shards, so blank nodes, which are labelled per file, stay within their graph.
 */
public final class NQuadsShards {
    /** How shard files are named; loading reads exactly the files with this suffix, in name order. */
    public static final String SUFFIX = ".nq.gz";

    private NQuadsShards() {}

    /**
     * Writes the named graphs of {@code dataset} into {@code dir}, {@code graphsPerShard} graphs per shard, in the
     * order of the graph names; returns the shard files. Each file is written under a temporary name and renamed
     * when complete.
     */
    public static List<Path> write(DatasetGraph dataset, Path dir, int graphsPerShard) throws IOException {
        if (graphsPerShard < 1) throw new IllegalArgumentException("graphsPerShard must be at least 1: " + graphsPerShard);
        Files.createDirectories(dir);
        List<Path> shards = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            List<Node> graphs = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(graphs::add);
            graphs.sort((a, b) -> a.toString().compareTo(b.toString()));
            for (int from = 0; from < graphs.size(); from += graphsPerShard) {
                Path shard = dir.resolve(String.format(Locale.ROOT, "shard-%05d%s", shards.size(), SUFFIX));
                try {
                    writeShard(dataset, graphs.subList(from, Math.min(from + graphsPerShard, graphs.size())), shard);
                } catch (IOException e) {
                    throw new UncheckedIOException("Writing " + shard + ": " + e.getMessage(), e);
                }
                shards.add(shard);
            }
        });
        return shards;
    }

    private static void writeShard(DatasetGraph dataset, List<Node> graphs, Path shard) throws IOException {
        Path part = shard.resolveSibling(shard.getFileName() + ".part");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(part), 1 << 16)) {
            StreamRDF nq = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            nq.start();
            for (Node g : graphs)
                dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(nq::quad);
            nq.finish();
        }
        Files.move(part, shard, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The shard files of {@code dir}, in name order; a missing folder or one without shards is bad input. */
    public static List<Path> in(Path dir) {
        if (!Files.isDirectory(dir))
            throw new PlenaryException("No shards at " + dir.toAbsolutePath() + ": not a directory");
        List<Path> shards = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) if (Files.isRegularFile(f)) shards.add(f);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + dir + ": " + e.getMessage(), e);
        }
        if (shards.isEmpty())
            throw new PlenaryException("No shards at " + dir.toAbsolutePath() + ": no *" + SUFFIX + " file");
        shards.sort(null);
        return shards;
    }

    /**
     * Publishes the quads of the shards in {@code dir} as a new generation of {@code db}, through the same path as a
     * build ({@link PlenaryDatabase#replace}: TDB2's phased bulk loader, text index, dumps, then the swap of
     * {@code current}). A shard that cannot be read or parsed ends the load with a {@link PlenaryException} naming
     * it (and the line, for a syntax error); the published generation is then untouched. Returns the shards loaded.
     */
    public static List<Path> load(PlenaryDatabase db, Path dir) {
        List<Path> shards = in(dir);
        db.replace(loader -> {
            // The parser starts and finishes the stream it is given, once per shard: the load is one stream.
            StreamRDF out = new StreamRDFWrapper(loader) {
                @Override public void start() {}
                @Override public void finish() {}
            };
            for (Iterator<Path> it = shards.iterator(); it.hasNext(); ) {
                Path shard = it.next();
                try (InputStream in = new GZIPInputStream(Files.newInputStream(shard), 1 << 16)) {
                    // the error becomes the one line below; Jena's own logging of it would be a second
                    RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(out);
                } catch (IOException | UncheckedIOException e) {
                    throw new PlenaryException("Cannot read shard " + shard + ": " + e.getMessage() + "; the published generation is unchanged");
                } catch (RiotException e) {
                    throw new PlenaryException("Bad shard " + shard + ": " + e.getMessage() + "; the published generation is unchanged");
                }
            }
        });
        return shards;
    }
}
