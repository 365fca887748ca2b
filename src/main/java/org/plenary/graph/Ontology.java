package org.plenary.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The Plenary ontology and its SHACL shapes, read once from the classpath ({@code ontology/} of the project is
 * packaged as {@code /ontology/}). The graphs are read-only because they are shared; copy them to change them.
 */
public final class Ontology {
    public static final String ONTOLOGY_RESOURCE = "/ontology/plenary.ttl";
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    /** The IRI of the owl:Ontology resource in {@code plenary.ttl}. */
    public static final String IRI = "https://w3id.org/plenary/ontology";

    // Holder classes: each file is parsed on first use, once, and thread-safely.
    private static final class OntologyHolder { static final Graph GRAPH = load(ONTOLOGY_RESOURCE); }
    private static final class ShapesHolder { static final Graph GRAPH = load(SHAPES_RESOURCE); }

    /** The ontology (classes, properties, participation roles), as the build loads it into graph/ontology. */
    public static Graph ontology() { return OntologyHolder.GRAPH; }

    /** The SHACL shapes a build's output must satisfy. */
    public static Graph shapes() { return ShapesHolder.GRAPH; }

    private static Graph load(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("Not on the classpath: " + resource);
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return new GraphReadOnly(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private Ontology() {}
}
