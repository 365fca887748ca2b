package org.plenary.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Whether a published generation can be served: its files are byte for byte those its build wrote, and its TDB2 node
 * table and indexes read back.
 * <p>
 * The build lists every file of the generation with its SHA-256 in {@code gen-<n>/SHA256SUMS} (the format of
 * {@code sha256sum}, so {@code cd db/current && sha256sum -c SHA256SUMS} checks it by hand), as the last step before
 * the generation is published: a generation with the file is complete. A file missing, truncated or changed is found
 * there without opening TDB2 (a truncated memory-mapped file would otherwise fail every query, or worse). Then the
 * dataset is opened and read: with matching sums a first stretch of quads is decoded; a generation without sums
 * (published by an older version) has every index counted and every node of its quads decoded.
 */
final class GenerationCheck {
    static final String SUMS = "SHA256SUMS";
    /** Written while a dataset is open (the owning process id, TDB2's journal, Lucene's lock): not content. */
    private static final Set<String> VOLATILE = Set.of("tdb.lock", "journal.jrnl", "write.lock");
    /** Quads decoded when the sums already vouch for the files. */
    private static final int SAMPLE = 1_000;

    private GenerationCheck() {}

    /** Writes {@code gen/SHA256SUMS} over every file of the generation, complete or not at all. */
    static void writeSums(Path gen) throws IOException {
        Path part = gen.resolve(SUMS + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            for (Path f : contentFiles(gen)) w.write(sha256(f) + "  " + gen.relativize(f) + "\n");
        }
        Files.move(part, gen.resolve(SUMS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static boolean hasSums(Path gen) { return Files.isRegularFile(gen.resolve(SUMS)); }

    /** What is wrong with the generation's files, if anything: the first file missing or not as its sum says. */
    static Optional<String> sumsProblem(Path gen) {
        List<String> lines;
        try {
            lines = Files.readAllLines(gen.resolve(SUMS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.of(SUMS + " unreadable: " + e.getMessage());
        }
        for (String line : lines) {
            int sep = line.indexOf("  ");
            if (sep != 64) return Optional.of(SUMS + " malformed at \"" + line + "\"");
            Path f = gen.resolve(line.substring(sep + 2)).normalize();
            if (!f.startsWith(gen)) return Optional.of(SUMS + " names a file outside the generation: " + line.substring(sep + 2));
            String rel = gen.relativize(f).toString();
            if (!Files.isRegularFile(f)) return Optional.of(rel + " is missing");
            try {
                if (!sha256(f).equals(line.substring(0, sep)))
                    return Optional.of(String.format(Locale.ROOT, "%s differs from %s (now %,d bytes)", rel, SUMS, Files.size(f)));
            } catch (IOException e) {
                return Optional.of(rel + " unreadable: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the opened dataset back: the first {@value #SAMPLE} quads decoded when {@code whole} is false; otherwise
     * every index of the quad and triple tables counted (they must agree) and every node of every quad decoded.
     */
    static Optional<String> readProblem(DatasetGraph storage, boolean whole) {
        try {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(storage);
            return Txn.calculateRead(storage, () -> {
                for (var table : List.of(tdb.getQuadTable().getNodeTupleTable(), tdb.getTripleTable().getNodeTupleTable())) {
                    TupleIndex[] indexes = table.getTupleTable().getIndexes();
                    NodeTable nodes = table.getNodeTable();
                    long limit = whole ? Long.MAX_VALUE : SAMPLE;
                    long first = decode(indexes[0], nodes, limit);
                    if (first < 0) return Optional.of("index " + indexes[0].getName() + " names a node the node table does not hold");
                    if (!whole) continue;
                    for (TupleIndex idx : indexes) {
                        long n = count(idx.all(), Long.MAX_VALUE);
                        if (n != first)
                            return Optional.of(String.format(Locale.ROOT, "index %s holds %,d entries, %s %,d", idx.getName(), n, indexes[0].getName(), first));
                    }
                }
                return Optional.<String>empty();
            });
        } catch (RuntimeException | InternalError e) {
            // InternalError: a memory-mapped file shorter than TDB2 believes (SIGBUS on read)
            return Optional.of("TDB2 cannot read it: " + e);
        }
    }

    /** Decodes the nodes of up to {@code limit} tuples; their number, or -1 when one names no node. */
    private static long decode(TupleIndex index, NodeTable nodes, long limit) {
        long n = 0;
        for (Iterator<Tuple<NodeId>> it = index.all(); it.hasNext() && n < limit; n++)
            for (NodeId id : it.next())
                if (nodes.getNodeForNodeId(id) == null) return -1;
        return n;
    }

    private static long count(Iterator<?> it, long limit) {
        long n = 0;
        for (; it.hasNext() && n < limit; n++) it.next();
        return n;
    }

    private static List<Path> contentFiles(Path gen) throws IOException {
        try (Stream<Path> s = Files.walk(gen)) {
            return s.filter(Files::isRegularFile).filter(f -> !VOLATILE.contains(f.getFileName().toString()))
                    .filter(f -> !f.getParent().equals(gen) || !f.getFileName().toString().startsWith(SUMS)).sorted().toList();
        }
    }

    static String sha256(Path f) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int r; (r = in.read(buf)) > 0; ) md.update(buf, 0, r);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
