package org.plenary.eval;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.plenary.extract.EntityKind;
import org.plenary.graph.IriScheme;
import org.plenary.graph.OA;
import org.plenary.graph.PL;

/** Writes the Plenary shapes the scorer reads (mentions, roles, statements, ...) into a source graph by hand. */
final class SourceGraphBuilder {
    private final IriScheme iris;
    private final String sourceId;
    private final String text;
    private final Model model;
    private int roles, participations;

    SourceGraphBuilder(IriScheme iris, String sourceId, String text, Model model) {
        this.iris = iris;
        this.sourceId = sourceId;
        this.text = text;
        this.model = model;
    }

    /** A TextSpan over the first occurrence of {@code exact} in the text, offsets in code points. */
    Resource span(String exact) {
        int i = text.indexOf(exact);
        if (i < 0) throw new IllegalArgumentException("not in text: " + exact);
        int start = text.codePointCount(0, i), end = start + exact.codePointCount(0, exact.length());
        return model.createResource(iris.span(sourceId, start, end)).addProperty(RDF.type, PL.TextSpan)
                .addLiteral(OA.start, model.createTypedLiteral(String.valueOf(start), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(OA.end, model.createTypedLiteral(String.valueOf(end), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(OA.exact, exact);
    }

    Resource entity(EntityKind kind, String slug, String... mentions) {
        Resource e = model.createResource(iris.entity(kind, slug))
                .addProperty(RDF.type, kind == EntityKind.PERSON ? PL.Person : kind == EntityKind.ORGANIZATION ? PL.Organization : PL.Place);
        for (String m : mentions) mention(e, m);
        return e;
    }

    void mention(Resource e, String exact) {
        Resource span = span(exact);
        model.createResource(span.getURI().replace("/span/", "/mention/")).addProperty(RDF.type, PL.Mention)
                .addProperty(PL.mentionOf, e).addProperty(PL.span, span);
    }

    Resource role(Resource holder, String title, Resource organization) {
        Resource r = model.createResource(iris.role(sourceId, ++roles)).addProperty(RDF.type, PL.Role)
                .addProperty(PL.holder, holder);
        if (title != null) r.addProperty(PL.title, title);
        if (organization != null) r.addProperty(PL.organization, organization);
        return r;
    }

    Resource participation(Resource agent, Resource meeting, Resource kind) {
        return model.createResource(iris.participation(sourceId, ++participations)).addProperty(RDF.type, PL.Participation)
                .addProperty(PL.participant, agent).addProperty(PL.meeting, meeting).addProperty(PL.participationRole, kind);
    }

    Resource statement(Resource speaker, String exact, boolean direct) {
        Resource span = span(exact);
        return model.createResource(span.getURI().replace("/span/", "/statement/")).addProperty(RDF.type, PL.Statement)
                .addProperty(PL.speaker, speaker).addProperty(PL.text, exact).addLiteral(PL.direct, direct)
                .addProperty(PL.span, span);
    }

    Resource meeting(String slug) {
        return model.createResource(iris.meeting(slug)).addProperty(RDF.type, PL.Meeting);
    }

    static void label(Model ontology, Resource kind, String label) {
        ontology.add(kind, RDFS.label, label);
    }
}
