package org.plenary.graph;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/** Writes quads of one named graph to a stream, with the few shapes of node Plenary uses. */
final class QuadWriter {
    private final StreamRDF out;
    private final Node graph;

    QuadWriter(StreamRDF out, String graphIri) {
        this.out = out;
        this.graph = NodeFactory.createURI(graphIri);
    }

    static Node iri(String iri) { return NodeFactory.createURI(iri); }

    void type(String s, Resource cls) { out.quad(Quad.create(graph, iri(s), RDF.type.asNode(), cls.asNode())); }
    void iri(String s, Property p, String o) { out.quad(Quad.create(graph, iri(s), p.asNode(), iri(o))); }
    void iri(String s, Property p, Resource o) { out.quad(Quad.create(graph, iri(s), p.asNode(), o.asNode())); }
    void str(String s, Property p, String o) { out.quad(Quad.create(graph, iri(s), p.asNode(), NodeFactory.createLiteralString(o))); }
    void typed(String s, Property p, String lex, RDFDatatype dt) { out.quad(Quad.create(graph, iri(s), p.asNode(), NodeFactory.createLiteralDT(lex, dt))); }
    void bool(String s, Property p, boolean b) { typed(s, p, Boolean.toString(b), XSDDatatype.XSDboolean); }
    void count(String s, Property p, int n) { typed(s, p, Integer.toString(n), XSDDatatype.XSDnonNegativeInteger); }

    /** A date as precise as known: xsd:date, xsd:gYearMonth or xsd:gYear. */
    void date(String s, Property p, String iso) {
        RDFDatatype dt = iso.length() == 10 ? XSDDatatype.XSDdate : iso.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        typed(s, p, iso, dt);
    }
}
