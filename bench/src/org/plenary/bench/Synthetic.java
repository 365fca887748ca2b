package org.plenary.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * A synthetic graph of the shape of real output: the seed build's quads (source graphs, resolution, build record,
 * ontology) copied k times with fresh IRIs. Every IRI under the data base ({@code base}id/... and
 * {@code base}graph/source|resolution/...) gets the suffix "-k" on its last segment in copy k, so copies neither
 * merge nor share entities; the ontology and vocabulary IRIs stay shared, as in a real corpus. Copy 0 is the seed.
 */
final class Synthetic {
    private Synthetic() {}

    /** Writes about {@code targetQuads} quads to {@code out}; returns the number written. */
    static long generate(Path seedNq, String base, long targetQuads, Path out) throws IOException {
        List<Quad> seed = new ArrayList<>();
        RDFParser.source(seedNq).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override public void quad(Quad q) { seed.add(q); }
        });
        String ontologyGraph = base + "graph/ontology";
        long written = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            w.start();
            for (int k = 0; written < targetQuads; k++) {
                for (Quad q : seed) {
                    boolean shared = q.getGraph().isURI() && q.getGraph().getURI().equals(ontologyGraph);
                    if (k > 0 && shared) continue; // the ontology once
                    String sfx = k == 0 ? "" : "-" + k;
                    w.quad(Quad.create(map(q.getGraph(), base, sfx), map(q.getSubject(), base, sfx),
                            map(q.getPredicate(), base, sfx), map(q.getObject(), base, sfx)));
                    if (++written >= targetQuads) break;
                }
            }
            w.finish();
        }
        return written;
    }

    private static Node map(Node n, String base, String sfx) {
        if (sfx.isEmpty() || !n.isURI()) return n;
        String iri = n.getURI();
        if (!iri.startsWith(base) || iri.equals(base + "graph/ontology")) return n;
        return NodeFactory.createURI(iri + sfx);
    }
}
