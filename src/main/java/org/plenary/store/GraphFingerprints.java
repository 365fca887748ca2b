package org.plenary.store;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A fingerprint of every named graph of a dataset: its number of quads and a 128-bit hash of its triples that does
 * not depend on their order. Two builds whose graph has the same fingerprint wrote the same graph, so a rebuild
 * publishes only the graphs whose fingerprint changed ({@link GenerationManifest}). Blank nodes hash alike whatever
 * their label (only the ontology graph has any, and a parser gives them new labels on every build).
 */
final class GraphFingerprints {
    private GraphFingerprints() {}

    /** A graph's number of quads and the hash of its triples, as {@code quads:hex}. */
    public record Fingerprint(long quads, String hash) {
        @Override public String toString() { return quads + ":" + hash; }
    }

    /** The fingerprint of each named graph of {@code dsg}, by graph IRI, in IRI order; the caller holds a read transaction if needed. */
    public static Map<String, Fingerprint> of(DatasetGraph dsg) {
        Map<Node, long[]> sums = new HashMap<>();
        Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                long[] h = hash(q);
                long[] s = sums.computeIfAbsent(q.getGraph(), g -> new long[3]);
                s[0]++;
                s[1] += h[0]; // addition: independent of the order the store lists the triples in
                s[2] += h[1];
            }
        } finally {
            Iter.close(it);
        }
        Map<String, Fingerprint> out = new TreeMap<>();
        sums.forEach((g, s) -> out.put(g.getURI(), new Fingerprint(s[0], String.format("%016x%016x", s[1], s[2]))));
        return out;
    }

    private static long[] hash(Quad q) {
        String text = term(q.getSubject()) + ' ' + term(q.getPredicate()) + ' ' + term(q.getObject());
        return MurmurHash3.hash128x64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String term(Node n) { return n.isBlank() ? "_:" : n.toString(); }
}
