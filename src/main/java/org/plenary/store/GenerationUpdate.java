package org.plenary.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.plenary.graph.ShapesValidator;
import org.plenary.graph.Validation;
import org.plenary.build.PlenaryException;

/**
 * A rebuild written as the changes to the previous generation: the graphs whose {@link GraphFingerprints fingerprint}
 * differs from the one in the previous {@link GenerationManifest} (changed, added or removed), quad by quad, applied
 * to a copy of that generation. The previous generation conformed to the shapes and the other graphs did not change,
 * so only the nodes the changes touch are validated, in the union graph the shapes apply to: the subjects and objects
 * of the triples that left or joined it, and the nodes that point at a node whose types changed (a {@code sh:class}
 * constraint of theirs reads those).
 */
final class GenerationUpdate {
    /** Above this share of all quads going out or coming in, the bulk loader writes a whole generation faster. */
    static final double MAX_CHANGED_SHARE = 0.25;
    /** TDB2 appends: once updates have made its files this many times their size after a whole load, write it whole. */
    static final int MAX_GROWTH = 2;

    private final GenerationManifest previous;
    private final Map<String, GraphFingerprints.Fingerprint> now;
    private final ShapesValidator shapes;
    private final Map<String, GraphChange> changes = new TreeMap<>();
    private final long totalQuads;
    private long removedCount, addedCount;

    /**
     * One graph's change: the quads that go out and come in. A graph with blank nodes (only the ontology's) is
     * replaced whole, as a blank node read back from a dump is not the stored one.
     */
    private record GraphChange(Node graph, List<Quad> removed, List<Quad> added, boolean replaceAll) {}

    /**
     * The changes from the generation at {@code previousGeneration} (described by {@code previous}) to {@code built}.
     * A changed graph's old quads are read from its segment of the previous N-Quads dump, which holds exactly them,
     * so the changes are known before anything is copied. The caller holds a read transaction on {@code built}.
     */
    GenerationUpdate(Path previousGeneration, GenerationManifest previous, Map<String, GraphFingerprints.Fingerprint> now,
                     DatasetGraph built, ShapesValidator shapes) throws IOException {
        this.previous = previous;
        this.now = now;
        this.shapes = shapes;
        Set<String> all = new TreeSet<>(previous.graphs().keySet());
        all.addAll(now.keySet());
        long total = 0;
        Path nquads = previousGeneration.resolve(PlenaryDatabase.DUMPS_DIR).resolve(DumpWriter.NQUADS);
        int nqIndex = DumpWriter.FILES.indexOf(DumpWriter.NQUADS);
        try (FileChannel dump = FileChannel.open(nquads, StandardOpenOption.READ)) {
            for (String g : all) {
                GenerationManifest.Entry old = previous.graphs().get(g);
                GraphFingerprints.Fingerprint after = now.get(g);
                if (after != null) total += after.quads();
                if (old != null && old.fingerprint().equals(after)) continue;
                Node gn = NodeFactory.createURI(g);
                List<Quad> before = old == null ? List.of()
                        : segment(dump, old.segments().offsets()[nqIndex], old.segments().lengths()[nqIndex]);
                List<Quad> afterQuads = quads(built, gn);
                boolean blank = before.stream().anyMatch(GenerationUpdate::hasBlank) || afterQuads.stream().anyMatch(GenerationUpdate::hasBlank);
                if (blank) {
                    changes.put(g, new GraphChange(gn, before, afterQuads, true));
                } else {
                    Set<Quad> b = new HashSet<>(before), a = new HashSet<>(afterQuads);
                    changes.put(g, new GraphChange(gn, before.stream().filter(q -> !a.contains(q)).toList(),
                            afterQuads.stream().filter(q -> !b.contains(q)).toList(), false));
                }
            }
        }
        this.totalQuads = total;
    }

    private static List<Quad> segment(FileChannel dump, long offset, long length) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(length));
        while (bytes.hasRemaining())
            if (dump.read(bytes, offset + bytes.position()) < 0) throw new IOException("the previous N-Quads dump is shorter than its manifest says");
        List<Quad> out = new ArrayList<>();
        RDFParser.source(new ByteArrayInputStream(bytes.array())).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override public void quad(Quad q) { out.add(q); }
        });
        return out;
    }

    private static boolean hasBlank(Quad q) { return q.getSubject().isBlank() || q.getObject().isBlank(); }

    /** Whether writing the changes beats writing the whole generation, given the previous one's TDB2 size. */
    boolean worthIt(long previousTdbBytes) {
        long moved = 0;
        for (GraphChange c : changes.values()) moved += c.removed().size() + c.added().size();
        return moved <= MAX_CHANGED_SHARE * Math.max(1, totalQuads)
                && previousTdbBytes <= (long) MAX_GROWTH * previous.loadedBytes();
    }

    /**
     * Applies the changes to {@code tdb} (a copy of the previous generation) in one write transaction and updates the
     * text index at {@code textDir} (a copy of the previous one) by document. Throws {@link PlenaryException} with the
     * SHACL report, and writes nothing, if a touched node does not conform.
     */
    void apply(DatasetGraph tdb, Path textDir) {
        // Sets: a triple several changed graphs state leaves or joins the union once.
        Set<Triple> leftUnion = new LinkedHashSet<>(), joinedUnion = new LinkedHashSet<>();
        Txn.executeWrite(tdb, () -> {
            // Validation and the text index read the union graph: only triples that joined or left it matter there
            // (a triple still stated by another graph changes neither).
            Graph union = tdb.getUnionGraph();
            for (GraphChange c : changes.values())
                for (Quad q : c.added()) if (!union.contains(q.asTriple())) joinedUnion.add(q.asTriple());
            for (GraphChange c : changes.values()) {
                if (c.replaceAll()) tdb.deleteAny(c.graph(), Node.ANY, Node.ANY, Node.ANY);
                else c.removed().forEach(tdb::delete);
                c.added().forEach(tdb::add);
                removedCount += c.removed().size();
                addedCount += c.added().size();
            }
            for (GraphChange c : changes.values())
                for (Quad q : c.removed()) if (!union.contains(q.asTriple())) leftUnion.add(q.asTriple());
            Validation v = shapes.validate(union, touched(union, leftUnion, joinedUnion));
            if (!v.conforms()) throw PlenaryException.nonConforming(v); // aborts the transaction
        });
        SearchIndex.update(textDir, leftUnion, joinedUnion); // it skips predicates it does not index
    }

    private static List<Quad> quads(DatasetGraph dsg, Node g) {
        List<Quad> out = new ArrayList<>();
        if (!dsg.containsGraph(g)) return out; // a removed graph (asking an in-memory dataset for it would create it)
        Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        try {
            it.forEachRemaining(q -> out.add(DumpWriter.stored(q))); // as the previous dumps and the store have them
        } finally {
            Iter.close(it);
        }
        return out;
    }

    /** The nodes whose conformance the changes can alter. */
    private static Set<Node> touched(Graph union, Set<Triple> left, Set<Triple> joined) {
        Set<Node> touched = new LinkedHashSet<>(), retyped = new HashSet<>();
        for (Set<Triple> triples : List.of(left, joined))
            for (Triple q : triples) {
                touched.add(q.getSubject());
                if (q.getPredicate().equals(RDF.type.asNode())) retyped.add(q.getSubject());
                else if (q.getObject().isURI() || q.getObject().isBlank()) touched.add(q.getObject());
            }
        for (Node n : retyped)
            union.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> touched.add(t.getSubject()));
        return touched;
    }

    /** The previous dumps, to copy the segments of every graph that did not change from. */
    DumpWriter.Reuse reuse(Path previousDumps) {
        Map<String, DumpWriter.Segments> kept = new LinkedHashMap<>();
        previous.graphs().forEach((g, e) -> {
            if (!changes.containsKey(g) && now.containsKey(g)) kept.put(g, e.segments());
        });
        return new DumpWriter.Reuse(previousDumps, kept);
    }

    PlenaryDatabase.Publication publication() {
        return new PlenaryDatabase.Publication(false, changes.size(), now.size(), removedCount, addedCount);
    }
}
