package org.plenary.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.extract.EntityKind;

/** Hand-built graphs of what a build writes, checked against ontology/shapes.ttl. */
class ShapesValidatorTest {
    private static final IriScheme IRIS = new IriScheme("http://example.org/plenary/");
    private static final String SOURCE_ID = "council-briefing";
    private static final String BODY = "GENEVA - The council met on Tuesday.\n"
            + "\"We must act now,\" said Ana Pereira, the envoy of Freedonia.\n";
    private static final String QUOTE = "We must act now,";

    private final ShapesValidator validator = ShapesValidator.plenary();

    /** One source with one statement, its span, its speaker and its meeting: what a build writes for a quote. */
    private static final class Article {
        final Model model = ModelFactory.createDefaultModel();
        final Resource source;
        final Resource person;
        final Resource meeting;
        final Resource span;
        final Resource statement;

        Article() {
            source = model.createResource(IRIS.source(SOURCE_ID), PL.Source)
                    .addProperty(PL.headline, "Council meets on the crisis")
                    .addProperty(PL.articleBody, BODY)
                    .addProperty(PL.sha256, sha256(BODY))
                    .addProperty(PL.fileName, SOURCE_ID + ".txt")
                    .addProperty(PL.language, "en")
                    .addProperty(PL.url, model.createResource("https://news.example.org/2024/05/council"))
                    .addProperty(PL.published, model.createTypedLiteral("2024-05-07", XSDDatatype.XSDdate));
            person = model.createResource(IRIS.entity(EntityKind.PERSON, "ana-pereira"), PL.Person)
                    .addProperty(PL.name, "Ana Pereira");
            meeting = model.createResource(IRIS.meeting("council-2024-05-07"), PL.Meeting)
                    .addProperty(PL.date, model.createTypedLiteral("2024-05-07", XSDDatatype.XSDdate));
            int start = codePoints(BODY.substring(0, BODY.indexOf(QUOTE)));
            int end = start + codePoints(QUOTE);
            span = span(start, end);
            statement = model.createResource(IRIS.statement(SOURCE_ID, start, end), PL.Statement)
                    .addProperty(PL.speaker, person)
                    .addProperty(PL.text, QUOTE)
                    .addLiteral(PL.direct, true)
                    .addProperty(PROV.wasDerivedFrom, source)
                    .addProperty(PL.span, span)
                    .addProperty(PL.madeAt, meeting);
        }

        Resource span(int start, int end) {
            int from = BODY.offsetByCodePoints(0, start);
            int to = BODY.offsetByCodePoints(0, end);
            return model.createResource(IRIS.span(SOURCE_ID, start, end), PL.TextSpan)
                    .addProperty(OA.start, nonNegative(start))
                    .addProperty(OA.end, nonNegative(end))
                    .addProperty(OA.exact, BODY.substring(from, to))
                    .addProperty(OA.prefix, BODY.substring(Math.max(0, from - 32), from))
                    .addProperty(OA.suffix, BODY.substring(to, Math.min(BODY.length(), to + 32)))
                    .addProperty(OA.hasSource, source);
        }

        Resource participation(Resource role) {
            return model.createResource(IRIS.participation(SOURCE_ID, 1), PL.Participation)
                    .addProperty(PL.participant, person)
                    .addProperty(PL.meeting, meeting)
                    .addProperty(PL.participationRole, role)
                    .addProperty(PL.span, span)
                    .addProperty(PROV.wasDerivedFrom, source);
        }

        Literal nonNegative(int n) { return model.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger); }

        Graph graph() { return model.getGraph(); }
    }

    private static int codePoints(String s) { return s.codePointCount(0, s.length()); }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> focusNodes(Validation v) {
        return v.findings().stream().map(Validation.Finding::focusNode).collect(Collectors.toSet());
    }

    private static Validation.Finding onlyFinding(Validation v) {
        assertFalse(v.conforms(), "expected a violation");
        assertEquals(1, v.findings().size(), v.report());
        return v.findings().get(0);
    }

    private static String bracketed(Resource r) { return "<" + r.getURI() + ">"; }

    @Test
    void theShapesFileParsesAndTargetsEveryKindOfFact() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Path.of("ontology", "shapes.ttl").toString()));
        Set<Node> targetClasses = shapes.getTargetShapes().stream()
                .flatMap(s -> s.getTargets().stream())
                .filter(t -> t.getTargetType() == TargetType.targetClass)
                .map(Target::getObject)
                .collect(Collectors.toSet());
        for (Resource c : List.of(PL.Statement, PL.TextSpan, PL.Role, PL.Participation, PL.Mention, PL.Source,
                                  PL.Meeting, PL.Link, PL.Merge))
            assertTrue(targetClasses.contains(c.asNode()), "no shape targets " + c.getLocalName());
        assertEquals(shapes.numRootShapes(), validator.shapes().numRootShapes());
    }

    @Test
    void aWellFormedStatementWithSpanAndSourceConforms() {
        Validation v = validator.validate(new Article().graph());
        assertTrue(v.conforms(), v.report());
        assertEquals(List.of(), v.findings());
        assertTrue(v.report().startsWith("Conforms"), v.report());
    }

    @Test
    void aStatementWithoutSpeakerFailsNamingTheStatement() {
        Article a = new Article();
        a.statement.removeAll(PL.speaker);
        Validation v = validator.validate(a.graph());
        Validation.Finding f = onlyFinding(v);
        assertEquals(bracketed(a.statement), f.focusNode());
        assertEquals("pl:speaker", f.path());
        assertTrue(f.message().contains("speaker"), f.message());
        assertTrue(v.report().contains(a.statement.getURI()), v.report());
    }

    @Test
    void aSpeakerThatIsAPlaceFails() {
        Article a = new Article();
        Resource country = a.model.createResource(IRIS.entity(EntityKind.PLACE, "freedonia"), PL.Place);
        a.statement.removeAll(PL.speaker).addProperty(PL.speaker, country);
        Validation.Finding f = onlyFinding(validator.validate(a.graph()));
        assertEquals(bracketed(a.statement), f.focusNode());
        assertEquals(bracketed(country), f.value());
    }

    @Test
    void aSpanThatStartsAfterItEndsFails() {
        Article a = new Article();
        Resource backwards = a.model.createResource(IRIS.span(SOURCE_ID, 60, 40), PL.TextSpan)
                .addProperty(OA.start, a.nonNegative(60))
                .addProperty(OA.end, a.nonNegative(40))
                .addProperty(OA.exact, "act now")
                .addProperty(OA.hasSource, a.source);
        Validation v = validator.validate(a.graph());
        Validation.Finding f = onlyFinding(v);
        assertEquals(bracketed(backwards), f.focusNode());
        assertEquals("oa:start", f.path());
        assertTrue(f.message().contains("after it ends"), f.message());
        assertTrue(v.report().contains(backwards.getURI()), v.report());
    }

    @Test
    void aSpanWithEmptyExactFails() {
        Article a = new Article();
        a.span.removeAll(OA.exact).addProperty(OA.exact, "");
        Validation v = validator.validate(a.graph());
        Validation.Finding f = onlyFinding(v);
        assertEquals(bracketed(a.span), f.focusNode());
        assertEquals("oa:exact", f.path());
        assertTrue(v.report().contains(a.span.getURI()), v.report());
    }

    @Test
    void aSpanOffsetTypedAsPlainIntegerFails() {
        Article a = new Article();
        a.span.removeAll(OA.start).addLiteral(OA.start, 45L);
        Validation.Finding f = onlyFinding(validator.validate(a.graph()));
        assertEquals(bracketed(a.span), f.focusNode());
        assertTrue(f.message().contains("xsd:nonNegativeInteger"), f.message());
    }

    @Test
    void aPrefixIsMeasuredInCodePoints() {
        Article a = new Article();
        // 32 code points outside the Basic Multilingual Plane are 64 UTF-16 units: still a valid prefix.
        a.span.removeAll(OA.prefix).addProperty(OA.prefix, "\uD835\uDC00".repeat(32));
        assertTrue(validator.validate(a.graph()).conforms());
        a.span.removeAll(OA.prefix).addProperty(OA.prefix, "x".repeat(33));
        Validation.Finding f = onlyFinding(validator.validate(a.graph()));
        assertEquals("oa:prefix", f.path());
    }

    @Test
    void aPublishedDateAsPlainStringFails() {
        Article a = new Article();
        a.source.removeAll(PL.published).addProperty(PL.published, "2024-05-07");
        Validation v = validator.validate(a.graph());
        Validation.Finding f = onlyFinding(v);
        assertEquals(bracketed(a.source), f.focusNode());
        assertEquals("pl:published", f.path());
        assertEquals("\"2024-05-07\"", f.value());
        assertTrue(v.report().contains(a.source.getURI()), v.report());
    }

    @Test
    void aPublishedMonthOrYearConforms() {
        Article a = new Article();
        a.source.removeAll(PL.published).addProperty(PL.published, a.model.createTypedLiteral("2024-05", XSDDatatype.XSDgYearMonth));
        assertTrue(validator.validate(a.graph()).conforms());
        a.source.removeAll(PL.published).addProperty(PL.published, a.model.createTypedLiteral("2024", XSDDatatype.XSDgYear));
        assertTrue(validator.validate(a.graph()).conforms());
    }

    @Test
    void aDigestThatIsNotSixtyFourHexDigitsFails() {
        Article a = new Article();
        a.source.removeAll(PL.sha256).addProperty(PL.sha256, sha256(BODY).substring(1));
        Validation.Finding f = onlyFinding(validator.validate(a.graph()));
        assertEquals(bracketed(a.source), f.focusNode());
        assertEquals("pl:sha256", f.path());
    }

    @Test
    void theReportShortensALongArticleBody() {
        Article a = new Article();
        a.source.addProperty(PL.articleBody, "second body ".repeat(100));
        Validation v = validator.validate(a.graph());
        assertFalse(v.conforms());
        assertTrue(v.findings().stream().allMatch(f -> f.value().length() < 200), v.report());
    }

    @Test
    void eachOfTheSixParticipationRolesConforms() {
        for (Resource role : List.of(PL.Convener, PL.Chair, PL.Speaker, PL.Testifier, PL.DelegationHead, PL.Attendee)) {
            Article a = new Article();
            a.participation(role);
            Validation v = validator.validate(a.graph());
            assertTrue(v.conforms(), role.getLocalName() + "\n" + v.report());
        }
    }

    @Test
    void aParticipationRoleOutsideTheSixFails() {
        Article a = new Article();
        Resource moderator = a.model.createResource(PL.NS + "Moderator");
        Resource participation = a.participation(moderator);
        Validation v = validator.validate(a.graph());
        Validation.Finding f = onlyFinding(v);
        assertEquals(bracketed(participation), f.focusNode());
        assertEquals("pl:participationRole", f.path());
        assertEquals("pl:Moderator", f.value());
        assertTrue(v.report().contains(participation.getURI()), v.report());
    }

    @Test
    void aReferenceRoleNeedsASourceButNoSpan() {
        Article a = new Article();
        Resource role = a.model.createResource(IRIS.role("reference", 1), PL.Role)
                .addProperty(PL.holder, a.person)
                .addProperty(PL.title, "envoy")
                .addProperty(PL.startDate, a.model.createTypedLiteral("2021", XSDDatatype.XSDgYear))
                .addProperty(PROV.wasDerivedFrom, a.model.createResource("https://reference.example.org/envoys"));
        assertTrue(validator.validate(a.graph()).conforms());
        role.removeAll(PROV.wasDerivedFrom);
        Validation.Finding f = onlyFinding(validator.validate(a.graph()));
        assertEquals(bracketed(role), f.focusNode());
        assertEquals("prov:wasDerivedFrom", f.path());
    }

    @Test
    void aLinkScoreAboveOneFails() {
        Article a = new Article();
        Resource link = a.model.createResource("http://example.org/plenary/id/link/ana-pereira", PL.Link)
                .addProperty(PL.linkOf, a.person)
                .addProperty(PL.target, a.model.createResource("http://www.wikidata.org/entity/Q1"))
                .addProperty(PL.score, a.model.createTypedLiteral("0.9", XSDDatatype.XSDdecimal))
                .addProperty(PL.evidence, "same name and title");
        assertTrue(validator.validate(a.graph()).conforms());
        link.removeAll(PL.score).addProperty(PL.score, a.model.createTypedLiteral("1.5", XSDDatatype.XSDdecimal));
        Validation.Finding f = onlyFinding(validator.validate(a.graph()));
        assertEquals(bracketed(link), f.focusNode());
        assertEquals("pl:score", f.path());
    }

    @Test
    void aDatasetIsValidatedAsTheUnionOfItsNamedGraphs(@TempDir Path dir) {
        Article a = new Article();
        // The speaker is typed only in the resolution graph, as a build writes preferred entities there.
        Model resolution = ModelFactory.createDefaultModel();
        resolution.add(a.model.listStatements(a.person, null, (RDFNode) null).toList());
        a.model.removeAll(a.person, null, null);

        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        Node sourceGraph = NodeFactory.createURI(IRIS.sourceGraph(SOURCE_ID));
        Node resolutionGraph = NodeFactory.createURI(IRIS.resolutionGraph());
        Node ontologyGraph = NodeFactory.createURI(IRIS.ontologyGraph());
        Txn.executeWrite(dsg, () -> {
            a.graph().find().forEachRemaining(t -> dsg.add(sourceGraph, t.getSubject(), t.getPredicate(), t.getObject()));
            Ontology.ontology().find().forEachRemaining(t -> dsg.add(ontologyGraph, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        // Without the resolution graph the speaker is not known to be a person.
        Validation partial = validator.validate(dsg);
        assertEquals(Set.of(bracketed(a.statement)), focusNodes(partial), partial.report());

        Txn.executeWrite(dsg, () -> resolution.getGraph().find()
                .forEachRemaining(t -> dsg.add(resolutionGraph, t.getSubject(), t.getPredicate(), t.getObject())));
        Validation whole = validator.validate(dsg);
        assertTrue(whole.conforms(), whole.report());

        // Inside a caller's transaction too.
        Txn.executeRead(dsg, () -> assertTrue(validator.validate(dsg).conforms()));
        // Nothing is in the default graph: the statement conforms only through the union of named graphs.
        Txn.executeRead(dsg, () -> assertTrue(dsg.getDefaultGraph().isEmpty()));
    }
}
