package org.plenary.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.graph.PROV;

/** A small hand-made Plenary graph: one source graph with a person and a statement, and the resolution graph. */
public final class SampleData {
    public static final IriScheme IRIS = IriScheme.defaults();
    public static final String SOURCE_ID = "example-2024-01-hearing";
    public static final Node SOURCE_GRAPH = iri(IRIS.sourceGraph(SOURCE_ID));
    public static final Node RESOLUTION_GRAPH = iri(IRIS.resolutionGraph());
    public static final Node PERSON = iri(IRIS.base() + "id/person/ada-example");
    public static final Node STATEMENT = iri(IRIS.statement(SOURCE_ID, 120, 180));
    public static final Node SOURCE = iri(IRIS.source(SOURCE_ID));
    public static final String NAME = "Ada Example";
    public static final String TEXT = "We ask the council to hear the witnesses.";
    /** Quads sent by {@link #write}. */
    public static final int QUADS = 8;

    private SampleData() {}

    public static void write(StreamRDF out) {
        write(out, NAME);
    }

    /** Writes the sample with the person's preferred name {@code name}. */
    public static void write(StreamRDF out, String name) {
        Node g = SOURCE_GRAPH;
        out.quad(Quad.create(g, PERSON, n(RDF.type), n(PL.Person)));
        out.quad(Quad.create(g, STATEMENT, n(RDF.type), n(PL.Statement)));
        out.quad(Quad.create(g, STATEMENT, n(PL.speaker), PERSON));
        out.quad(Quad.create(g, STATEMENT, n(PL.text), NodeFactory.createLiteralString(TEXT)));
        out.quad(Quad.create(g, STATEMENT, n(PL.direct), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        out.quad(Quad.create(g, STATEMENT, n(PROV.wasDerivedFrom), SOURCE));
        Node r = RESOLUTION_GRAPH;
        out.quad(Quad.create(r, PERSON, n(RDF.type), n(PL.Person))); // Same triple in two graphs: once in the union.
        out.quad(Quad.create(r, PERSON, n(PL.name), NodeFactory.createLiteralString(name)));
    }

    /** Distinct triples of {@link #write}: the union graph has the person's type once. */
    public static final int UNION_TRIPLES = QUADS - 1;

    /** A query joining the two graphs without GRAPH: it needs the union default graph. */
    public static final String JOIN_QUERY = """
            PREFIX pl: <https://w3id.org/plenary/ontology#>
            SELECT ?name ?text WHERE {
              ?person a pl:Person ; pl:name ?name .
              ?statement pl:speaker ?person ; pl:text ?text .
            }
            """;

    public static Node iri(String iri) { return NodeFactory.createURI(iri); }
    public static Node n(Resource r) { return r.asNode(); }
    public static Node n(Property p) { return p.asNode(); }
}
