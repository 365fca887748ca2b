package org.plenary.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.plenary.graph.OA;
import org.plenary.graph.PL;
import org.plenary.graph.PROV;

/**
 * Writes the downloadable dumps of a dataset: {@code plenary.ttl} (all named graphs merged into one graph),
 * {@code plenary.trig} and {@code plenary.nq} (named graphs kept), each also gzipped, with a {@code SHA256SUMS}
 * file and one {@code <file>.sha256} per file in {@code sha256sum} format. Each dump is streamed once from the
 * store, into the plain and the gzipped file together; files appear under their final names only when complete.
 */
public final class DumpWriter {
    public static final String TURTLE = "plenary.ttl";
    public static final String TRIG = "plenary.trig";
    public static final String NQUADS = "plenary.nq";
    public static final String SUMS = "SHA256SUMS";

    /** The prefixes of the Turtle and TriG dumps. */
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();
    static {
        PREFIXES.put(PL.PREFIX, PL.NS);
        PREFIXES.put("prov", PROV.NS);
        PREFIXES.put("oa", OA.NS);
        PREFIXES.put("owl", OWL.NS);
        PREFIXES.put("rdf", RDF.uri);
        PREFIXES.put("rdfs", RDFS.uri);
        PREFIXES.put("xsd", XSD.NS);
        PREFIXES.put("schema", "https://schema.org/");
        PREFIXES.put("dcterms", DCTerms.NS);
    }

    /** A written file: its path, size in bytes and SHA-256 (lower-case hex). */
    public record DumpFile(Path path, long size, String sha256) {
        public String name() { return path.getFileName().toString(); }
    }

    private DumpWriter() {}

    public static DumpWriter create() { return new DumpWriter(); }

    /** Writes all dump files into {@code outDir} (created if needed); returns them in a stable order. */
    public List<DumpFile> write(Dataset dataset, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        DatasetGraph dsg = dataset.asDatasetGraph();
        try {
            Txn.executeRead(dsg, () -> {
                writePair(outDir, TURTLE, RDFFormat.TURTLE_BLOCKS, stream -> writeUnion(dsg, stream));
                writePair(outDir, TRIG, RDFFormat.TRIG_BLOCKS, stream -> writeQuads(dsg, stream));
                writePair(outDir, NQUADS, RDFFormat.NQUADS, stream -> writeQuads(dsg, stream));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<DumpFile> files = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        for (String name : List.of(TURTLE, TURTLE + ".gz", TRIG, TRIG + ".gz", NQUADS, NQUADS + ".gz")) {
            Path file = outDir.resolve(name);
            String sha = sha256(file);
            files.add(new DumpFile(file, Files.size(file), sha));
            String line = sha + "  " + name + "\n";
            sums.append(line);
            writeAtomically(outDir.resolve(name + ".sha256"), line);
        }
        writeAtomically(outDir.resolve(SUMS), sums.toString());
        List<DumpFile> checksums = new ArrayList<>();
        for (DumpFile f : files) checksums.add(describe(outDir.resolve(f.name() + ".sha256")));
        files.addAll(checksums);
        files.add(describe(outDir.resolve(SUMS)));
        return files;
    }

    private static DumpFile describe(Path file) throws IOException {
        return new DumpFile(file, Files.size(file), sha256(file));
    }

    /** Streams one dump into {@code name} and {@code name.gz} at once, then renames both into place. */
    private static void writePair(Path dir, String name, RDFFormat format, Consumer<StreamRDF> body) {
        Path plain = dir.resolve(name + ".part");
        Path gz = dir.resolve(name + ".gz.part");
        try (OutputStream p = new BufferedOutputStream(Files.newOutputStream(plain), 1 << 16);
             OutputStream z = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16);
             OutputStream both = new Tee(p, z)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(both, format);
            stream.start();
            PREFIXES.forEach(stream::prefix);
            body.accept(stream);
            stream.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(plain, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(gz, dir.resolve(name + ".gz"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All triples of all graphs as one graph: the store's union graph has each triple once. */
    private static void writeUnion(DatasetGraph dsg, StreamRDF stream) {
        Iterator<Triple> named = dsg.getUnionGraph().find();
        try {
            named.forEachRemaining(stream::triple);
        } finally {
            Iter.close(named);
        }
        // Triples put in the default graph itself, if any, are not in the union of named graphs.
        dsg.getDefaultGraph().find().filterDrop(t -> dsg.getUnionGraph().contains(t)).forEachRemaining(stream::triple);
    }

    /** The quads graph by graph, in IRI order of the graphs, so TriG gets one block per graph. */
    private static void writeQuads(DatasetGraph dsg, StreamRDF stream) {
        dsg.getDefaultGraph().find().forEachRemaining(stream::triple);
        List<Node> graphs = Iter.toList(dsg.listGraphNodes());
        graphs.sort(Comparator.comparing(Node::toString));
        for (Node g : graphs) {
            Iterator<Quad> quads = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            try {
                quads.forEachRemaining(stream::quad);
            } finally {
                Iter.close(quads);
            }
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) digest.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
