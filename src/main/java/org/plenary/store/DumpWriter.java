package org.plenary.store;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.plenary.graph.Prefixes;

/**
 * Writes the downloadable dumps of a dataset: {@code plenary.ttl} (the triples of all named graphs as one graph),
 * {@code plenary.trig} and {@code plenary.nq} (named graphs kept), each also gzipped, with a {@code SHA256SUMS}
 * file and one {@code <file>.sha256} per file in {@code sha256sum} format. Files appear under their final names only
 * when complete.
 * <p>
 * Each file is the prefixes followed by one segment per named graph, in IRI order; in a {@code .gz} file each segment
 * is a gzip member of its own (a file of several members is one gzip stream to {@code gunzip}, {@code zcat} and
 * every gzip library). So the dumps of a rebuild copy the bytes of every graph that did not change from the previous
 * generation's dumps ({@link Reuse}) and serialize only the graphs that changed. A triple stated in several graphs
 * appears once per graph in {@code plenary.ttl}; a Turtle parser reads it once.
 */
public final class DumpWriter {
    public static final String TURTLE = "plenary.ttl";
    public static final String TRIG = "plenary.trig";
    public static final String NQUADS = "plenary.nq";
    public static final String SUMS = "SHA256SUMS";
    /** The dump files, in the order of {@link Segments}. */
    public static final List<String> FILES = List.of(TURTLE, TURTLE + ".gz", TRIG, TRIG + ".gz", NQUADS, NQUADS + ".gz");
    private static final List<RDFFormat> FORMATS = List.of(RDFFormat.TURTLE_BLOCKS, RDFFormat.TRIG_BLOCKS, RDFFormat.NQUADS);

    /**
     * The prefixes of the Turtle and TriG dumps. Reused segments were written under them: changing them means a
     * new {@link GenerationManifest#HEADER}, so that no segment written under the old ones is reused.
     */
    private static final Map<String, String> PREFIXES = Prefixes.data();

    /** A written file: its path, size in bytes and SHA-256 (lower-case hex). */
    public record DumpFile(Path path, long size, String sha256) {
        public String name() { return path.getFileName().toString(); }
    }

    /** Where one graph's part lies in each dump file ({@link #FILES} order): byte offsets and lengths. */
    public record Segments(long[] offsets, long[] lengths) {}

    /** What {@link #write(DatasetGraph, Path, Optional)} wrote: the files and each graph's segments. */
    public record Written(List<DumpFile> files, Map<String, Segments> segments) {}

    /** The dumps of a previous generation and the graphs whose segments can be copied from them (unchanged ones). */
    public record Reuse(Path dumps, Map<String, Segments> segments) {}

    private DumpWriter() {}

    public static DumpWriter create() { return new DumpWriter(); }

    /** Writes all dump files of a dataset into {@code outDir} (created if needed); returns them in a stable order. */
    public List<DumpFile> write(Dataset dataset, Path outDir) throws IOException {
        DatasetGraph dsg = dataset.asDatasetGraph();
        try {
            return Txn.calculateRead(dsg, () -> {
                try {
                    return write(dsg, outDir, Optional.empty()).files();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes all dump files of {@code source} into {@code outDir}, copying the segments of the graphs {@code reuse}
     * lists from its files instead of serializing them; the caller holds a read transaction on {@code source}.
     */
    public Written write(DatasetGraph source, Path outDir, Optional<Reuse> reuse) throws IOException {
        Files.createDirectories(outDir);
        List<String> graphs = new ArrayList<>();
        source.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        graphs.sort(null);
        Map<String, long[][]> ranges = new TreeMap<>();
        for (String g : graphs) ranges.put(g, new long[2][FILES.size()]);
        String[] sha = new String[FILES.size()];
        for (int f = 0; f < FORMATS.size(); f++) {
            int plainIdx = 2 * f, gzIdx = 2 * f + 1;
            RDFFormat format = FORMATS.get(f);
            byte[] preamble = preamble(format);
            try (Sink plain = new Sink(outDir.resolve(FILES.get(plainIdx) + ".part"));
                 Sink gz = new Sink(outDir.resolve(FILES.get(gzIdx) + ".part"));
                 Source old = new Source(reuse, plainIdx, gzIdx)) {
                plain.write(preamble);
                // Triples in the default graph itself (Plenary writes none): written afresh every time.
                segment(plain, gz, format, preamble, s -> source.getDefaultGraph().find().forEachRemaining(s::triple), preamble.length > 0);
                for (String g : graphs) {
                    long[][] r = ranges.get(g);
                    r[0][plainIdx] = plain.pos;
                    r[0][gzIdx] = gz.pos;
                    Optional<Segments> kept = reuse.map(x -> x.segments().get(g));
                    if (kept.isPresent()) {
                        old.copyPlain(kept.get(), plain);
                        old.copyGz(kept.get(), gz);
                    } else {
                        Node gn = org.apache.jena.graph.NodeFactory.createURI(g);
                        segment(plain, gz, format, preamble, s -> quads(source, gn, s, format == RDFFormat.TURTLE_BLOCKS), false);
                    }
                    r[1][plainIdx] = plain.pos - r[0][plainIdx];
                    r[1][gzIdx] = gz.pos - r[0][gzIdx];
                }
                if (gz.pos == 0) new GZIPOutputStream(new Shield(gz)).close(); // an empty but valid gzip file
                plain.finish();
                gz.finish();
                sha[plainIdx] = plain.sha256();
                sha[gzIdx] = gz.sha256();
            }
            for (int i : new int[] {plainIdx, gzIdx})
                Files.move(outDir.resolve(FILES.get(i) + ".part"), outDir.resolve(FILES.get(i)),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        List<DumpFile> files = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < FILES.size(); i++) {
            Path file = outDir.resolve(FILES.get(i));
            files.add(new DumpFile(file, Files.size(file), sha[i]));
            String line = sha[i] + "  " + FILES.get(i) + "\n";
            sums.append(line);
            writeAtomically(outDir.resolve(FILES.get(i) + ".sha256"), line);
        }
        writeAtomically(outDir.resolve(SUMS), sums.toString());
        List<DumpFile> checksums = new ArrayList<>();
        for (DumpFile f : files) checksums.add(describe(outDir.resolve(f.name() + ".sha256")));
        files.addAll(checksums);
        files.add(describe(outDir.resolve(SUMS)));
        Map<String, Segments> segments = new LinkedHashMap<>();
        ranges.forEach((g, r) -> segments.put(g, new Segments(r[0], r[1])));
        return new Written(files, segments);
    }

    private static void quads(DatasetGraph dsg, Node g, StreamRDF s, boolean asTriples) {
        Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = stored(it.next());
                if (asTriples) s.triple(q.asTriple());
                else s.quad(q);
            }
        } finally {
            Iter.close(it);
        }
    }

    /**
     * The quad as the TDB2 store gives it back: a literal TDB2 stores by value (numbers, dates, booleans) gets that
     * lexical form ("1.000"^^xsd:decimal is "1.0"). So the dumps written when a build publishes (from the built
     * dataset) and the ones {@code export} writes later (from the store) are the same bytes; generations are loaded
     * in this form too ({@link PlenaryDatabase#bulkLoad}), so a quad read back from a dump is the stored one.
     */
    static Quad stored(Quad q) {
        Node o = q.getObject();
        if (!o.isLiteral()) return q;
        NodeId inline = NodeId.inline(o);
        if (inline == null) return q;
        Node canonical = NodeId.extract(inline);
        return canonical.equals(o) ? q : Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), canonical);
    }

    /**
     * Serializes one segment into the plain file and, as a gzip member of its own, into the gzipped one. The writer
     * starts with the prefixes (so that it abbreviates IRIs with them), and those bytes, already at the top of the
     * file, are dropped. An empty segment adds nothing; {@code preambleMember} puts the preamble into the gzipped
     * file's first member, before the segment (the plain file has it already).
     */
    private static void segment(Sink plain, Sink gz, RDFFormat format, byte[] preamble, Consumer<StreamRDF> body,
                                boolean preambleMember) throws IOException {
        Member member = new Member(gz);
        if (preambleMember) member.write(preamble);
        StripPrefix stripped = new StripPrefix(new Tee(plain, member), preamble);
        StreamRDF s = StreamRDFWriter.getWriterStream(stripped, format);
        s.start();
        PREFIXES.forEach(s::prefix);
        body.accept(s);
        s.finish();
        stripped.flush();
        member.close();
    }

    /** What a writer of {@code format} writes before any triple: the prefixes. */
    private static byte[] preamble(RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF s = StreamRDFWriter.getWriterStream(out, format);
        s.start();
        PREFIXES.forEach(s::prefix);
        s.finish();
        return out.toByteArray();
    }

    private static DumpFile describe(Path file) throws IOException {
        return new DumpFile(file, Files.size(file), sha256(file));
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (var in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) digest.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One output file: counts its bytes and digests them as they are written. */
    private static final class Sink extends OutputStream {
        private final OutputStream file;
        private final MessageDigest digest = newDigest();
        private long pos;
        private String sha;

        Sink(Path path) throws IOException { this.file = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16); }

        @Override public void write(int b) throws IOException { file.write(b); digest.update((byte) b); pos++; }
        @Override public void write(byte[] b, int off, int len) throws IOException {
            file.write(b, off, len);
            digest.update(b, off, len);
            pos += len;
        }
        void finish() throws IOException { file.flush(); sha = HexFormat.of().formatHex(digest.digest()); }
        String sha256() { return sha; }
        @Override public void close() throws IOException { file.close(); }
    }

    /** The previous generation's plain and gzipped file of one format, from which unchanged segments are copied. */
    private static final class Source implements AutoCloseable {
        private final FileChannel plain, gz;
        private final int plainIdx, gzIdx;
        private final ByteBuffer buf = ByteBuffer.allocate(1 << 20);

        Source(Optional<Reuse> reuse, int plainIdx, int gzIdx) throws IOException {
            this.plainIdx = plainIdx;
            this.gzIdx = gzIdx;
            if (reuse.isEmpty() || reuse.get().segments().isEmpty()) {
                plain = gz = null;
                return;
            }
            plain = FileChannel.open(reuse.get().dumps().resolve(FILES.get(plainIdx)), StandardOpenOption.READ);
            gz = FileChannel.open(reuse.get().dumps().resolve(FILES.get(gzIdx)), StandardOpenOption.READ);
        }

        void copyPlain(Segments s, OutputStream out) throws IOException { copy(plain, s.offsets()[plainIdx], s.lengths()[plainIdx], out); }
        void copyGz(Segments s, OutputStream out) throws IOException { copy(gz, s.offsets()[gzIdx], s.lengths()[gzIdx], out); }

        private void copy(FileChannel ch, long offset, long length, OutputStream out) throws IOException {
            long done = 0;
            while (done < length) {
                buf.clear();
                buf.limit((int) Math.min(buf.capacity(), length - done));
                int n = ch.read(buf, offset + done);
                if (n < 0) throw new IOException("previous dump ended before its segment (" + offset + "+" + length + ")");
                out.write(buf.array(), 0, n);
                done += n;
            }
        }

        @Override public void close() throws IOException {
            if (plain != null) plain.close();
            if (gz != null) gz.close();
        }
    }

    /** Drops the first bytes written, which must be {@code prefix}: the preamble a segment's writer repeats. */
    private static final class StripPrefix extends OutputStream {
        private final OutputStream out;
        private final byte[] prefix;
        private int seen;

        StripPrefix(OutputStream out, byte[] prefix) { this.out = out; this.prefix = prefix; }

        @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }
        @Override public void write(byte[] b, int off, int len) throws IOException {
            while (seen < prefix.length && len > 0) {
                if (b[off] != prefix[seen]) throw new IllegalStateException("a dump segment did not start with the prefixes");
                seen++;
                off++;
                len--;
            }
            if (len > 0) out.write(b, off, len);
        }
        @Override public void flush() throws IOException { out.flush(); }
    }

    /** Keeps a gzip member's close and finish from closing the file it is written into. */
    private static final class Shield extends OutputStream {
        private final OutputStream out;
        Shield(OutputStream out) { this.out = out; }
        @Override public void write(int b) throws IOException { out.write(b); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void flush() {}
        @Override public void close() {}
    }

    /** One gzip member, started at its first byte, so that an empty segment writes no member at all. */
    private static final class Member extends OutputStream {
        private final OutputStream file;
        private GZIPOutputStream gzip;
        Member(OutputStream file) { this.file = file; }
        @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }
        @Override public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) return;
            if (gzip == null) gzip = new GZIPOutputStream(new Shield(file), 1 << 16);
            gzip.write(b, off, len);
        }
        @Override public void flush() {}
        /** Ends the member (its trailer); the file stays open. */
        @Override public void close() throws IOException { if (gzip != null) gzip.close(); }
    }

    /** Writes every byte to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a, b;
        Tee(OutputStream a, OutputStream b) { this.a = a; this.b = b; }
        @Override public void write(int c) throws IOException { a.write(c); b.write(c); }
        @Override public void write(byte[] buf, int off, int len) throws IOException { a.write(buf, off, len); b.write(buf, off, len); }
        @Override public void flush() throws IOException { a.flush(); b.flush(); }
        @Override public void close() throws IOException { flush(); } // The owners close a and b.
    }
}
