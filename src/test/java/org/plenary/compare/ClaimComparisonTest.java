package org.plenary.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.graph.ShapesValidator;

/** The comparison rules on small hand-made datasets about a town council, not the seed articles. */
class ClaimComparisonTest {
    static final String B = "http://example.org/";
    static final IriScheme IRIS = new IriScheme(B);
    static final String PREFIXES = """
            @prefix pl: <https://w3id.org/plenary/ontology#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @base <http://example.org/> .
            """;

    /** A source graph about one council meeting: its date, the role it gives the mayor, and what it has him say. */
    static String source(String id, String date, String title, String session, String quote) {
        return """
                <graph/source/%1$s> {
                  <id/source/%1$s> a pl:Source ; pl:published "2021-03"^^xsd:gYearMonth .
                  <id/meeting/council> a pl:Meeting ; pl:date %2$s .
                  <id/person/jan-novak> a pl:Person .
                  <id/organization/town> a pl:Organization .
                  <id/role/%1$s-0> a pl:Role ; pl:holder <id/person/jan-novak> ; pl:title "%3$s" ;
                     pl:organization <id/organization/town> %4$s ; prov:wasDerivedFrom <id/source/%1$s> .
                  <id/statement/%1$s-1-2> a pl:Statement ; pl:speaker <id/person/jan-novak> ; pl:text "%5$s" ;
                     pl:direct true ; pl:madeAt <id/meeting/council> ; prov:wasDerivedFrom <id/source/%1$s> .
                }
                """.formatted(id, date, title, session.isEmpty() ? "" : "; pl:session " + session, quote);
    }

    static final String REFERENCE = """
            <graph/reference> {
              <https://town.example/records> rdfs:label "Town records" .
              <id/person/jan-novak> a pl:Person ; pl:name "Jan Novák" .
              <id/role/reference-mayor> a pl:Role ; pl:holder <id/person/jan-novak> ; pl:title "Mayor (12th council)" ;
                 pl:organization <id/organization/town> ; pl:session 12 ;
                 pl:startDate "2014-11"^^xsd:gYearMonth ; pl:endDate "2020-10-31"^^xsd:date ;
                 prov:wasDerivedFrom <https://town.example/records> .
            }
            """;

    static DatasetGraph dataset(String... trig) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> RDFParser.fromString(PREFIXES + String.join("\n", trig), Lang.TRIG).parse(dsg));
        return dsg;
    }

    static ClaimComparison.Result compare(DatasetGraph dsg) {
        return Txn.calculateWrite(dsg, () -> ClaimComparison.create().iris(IRIS).build().compareInto(dsg));
    }

    static Node iri(String path) { return NodeFactory.createURI(B + path); }

    @Test
    void aMayorWhoseTermEndedBeforeTheCouncilMeetingIsAConflictWithTheReference() {
        DatasetGraph dsg = dataset(source("gazette", "\"2021-03-02\"^^xsd:date", "mayor", "", "We will repair the bridge."), REFERENCE);
        List<Conflict> conflicts = compare(dsg).conflicts();
        assertEquals(1, conflicts.size(), conflicts.toString());
        Conflict c = conflicts.get(0);
        assertEquals(Conflict.ROLE_NO_LONGER_HELD, c.kind());
        assertEquals(iri("id/person/jan-novak"), c.subject());
        assertEquals(PL.endDate.asNode(), c.property());
        assertEquals(iri("id/role/reference-mayor"), c.reference().orElseThrow());
        assertEquals("2021-03-02", value(c, iri("id/source/gazette")));
        Conflict.DisputedValue ended = c.valueOf(NodeFactory.createURI("https://town.example/records")).orElseThrow();
        assertEquals("2020-10-31", ended.value().getLiteralLexicalForm());
        assertEquals(iri("id/role/reference-mayor"), ended.reference().orElseThrow());
        assertEquals(List.of(iri("id/role/gazette-0")),
                c.valueOf(iri("id/source/gazette")).orElseThrow().claims().stream().map(k -> k.node().orElseThrow()).toList());
    }

    static String value(Conflict c, Node source) {
        return c.valueOf(source).orElseThrow(() -> new AssertionError("no value from " + source + " in " + c)).value().getLiteralLexicalForm();
    }

    static long quadsIn(DatasetGraph dsg, String graph) {
        return Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI(graph)).size());
    }

    @Test
    void threeSourcesGivingThreeDatesAreOneConflictHoldingThreeValuesNotThreePairs() {
        DatasetGraph dsg = dataset(source("gazette", "\"2019-06-01\"^^xsd:date", "mayor", "", "x"),
                source("herald", "\"2019-06-08\"^^xsd:date", "mayor", "", "y"),
                source("courier", "\"2019-06-15\"^^xsd:date", "mayor", "", "z"));
        List<Conflict> conflicts = compare(dsg).conflicts();
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(3, conflicts.get(0).values().size());
        assertEquals("2019-06-15", value(conflicts.get(0), iri("id/source/courier")));
        Node g = NodeFactory.createURI(IRIS.conflictsGraph());
        long records = Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.find(g, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), PL.Conflict.asNode())));
        long values = Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.find(g, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), PL.DisputedValue.asNode())));
        assertEquals(List.of(1L, 3L), List.of(records, values), "one record, three values");
    }

    @Test
    void agreeingCopiesAddToTheirValueAndTheConflictsGraphGrowsLinearlyWithThem() {
        // one outlier and n sources agreeing on the other date: n sources give n pairs against the outlier, but
        // one record whose quads grow by the same amount with each copy
        long[] quads = new long[4];
        int[] copies = {2, 4, 8, 16};
        for (int k = 0; k < copies.length; k++) {
            List<String> trig = new java.util.ArrayList<>(List.of(source("outlier", "\"2019-06-08\"^^xsd:date", "mayor", "", "y")));
            for (int i = 0; i < copies[k]; i++) trig.add(source("copy" + i, "\"2019-06-01\"^^xsd:date", "mayor", "", "x"));
            DatasetGraph dsg = dataset(trig.toArray(String[]::new));
            List<Conflict> conflicts = compare(dsg).conflicts();
            assertEquals(1, conflicts.size(), conflicts.toString());
            assertEquals(copies[k], conflicts.get(0).valueOf(iri("id/source/copy0")).orElseThrow().sources().size());
            quads[k] = quadsIn(dsg, IRIS.conflictsGraph());
        }
        long step = (quads[1] - quads[0]) / 2;
        for (int k = 1; k < copies.length; k++)
            assertEquals(step * (copies[k] - copies[k - 1]), quads[k] - quads[k - 1], "the same quads per copy: " + java.util.Arrays.toString(quads));
    }

    @Test
    void aMayorWithinHisTermIsNoConflictEvenWhenTheDateIsOnlyAMonth() {
        DatasetGraph dsg = dataset(source("gazette", "\"2019-06\"^^xsd:gYearMonth", "Mayor", "", "x"), REFERENCE);
        assertEquals(List.of(), compare(dsg).conflicts());
    }

    @Test
    void aRoleBeforeItsStartIsARoleNotYetHeld() {
        DatasetGraph dsg = dataset(source("gazette", "\"2013-05-01\"^^xsd:date", "mayor", "", "x"), REFERENCE);
        List<Conflict> conflicts = compare(dsg).conflicts();
        assertEquals(1, conflicts.size());
        assertEquals(Conflict.ROLE_NOT_YET_HELD, conflicts.get(0).kind());
        assertEquals(PL.startDate.asNode(), conflicts.get(0).property());
    }

    @Test
    void anotherTitleOfTheSameHolderIsNotComparedWithTheReferenceRole() {
        DatasetGraph dsg = dataset(source("gazette", "\"2021-03-02\"^^xsd:date", "treasurer", "", "x"), REFERENCE);
        assertEquals(List.of(), compare(dsg).conflicts());
    }

    @Test
    void aSessionNumberOtherThanTheReferenceOneIsAConflictOnPlSession() {
        DatasetGraph dsg = dataset(source("gazette", "\"2019-06-01\"^^xsd:date", "mayor", "13", "x"), REFERENCE);
        List<Conflict> conflicts = compare(dsg).conflicts();
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(PL.session.asNode(), conflicts.get(0).property());
        assertEquals("13", value(conflicts.get(0), iri("id/source/gazette")));
        assertEquals("12", value(conflicts.get(0), NodeFactory.createURI("https://town.example/records")));
    }

    @Test
    void twoSourcesGivingTwoDatesOfOneEventConflictAndTheSameDateIsCorroborated() {
        DatasetGraph differ = dataset(source("gazette", "\"2019-06-01\"^^xsd:date", "mayor", "", "x"),
                source("herald", "\"2019-06-08\"^^xsd:date", "mayor", "", "y"));
        List<Conflict> conflicts = compare(differ).conflicts();
        assertEquals(1, conflicts.size(), conflicts.toString());
        Conflict c = conflicts.get(0);
        assertEquals(Conflict.DIFFERENT_VALUE, c.kind());
        assertEquals(PL.date.asNode(), c.property());
        assertEquals(iri("id/meeting/council"), c.subject());
        assertEquals(2, c.values().size());
        assertEquals("2019-06-01", value(c, iri("id/source/gazette")));
        assertEquals("2019-06-08", value(c, iri("id/source/herald")));

        DatasetGraph agree = dataset(source("gazette", "\"2019-06-01\"^^xsd:date", "mayor", "", "x"),
                source("herald", "\"2019-06\"^^xsd:gYearMonth", "mayor", "", "y"));
        ClaimComparison.Result r = compare(agree);
        assertEquals(List.of(), r.conflicts(), "a month and a day in it agree");
        assertTrue(r.corroborations().stream().anyMatch(k -> k.property().equals(PL.date.asNode()) && k.sources().size() == 2));
    }

    @Test
    void twoTranslationsOfOneQuotationCorroborateEachOtherAndADifferentRemarkDoesNot() {
        DatasetGraph dsg = dataset(
                source("gazette", "\"2019-06-01\"^^xsd:date", "mayor", "", "The old bridge will be repaired before the winter floods reach the town."),
                source("herald", "\"2019-06-01\"^^xsd:date", "mayor", "", "Before the floods of winter reach our town, the old bridge is going to be repaired."),
                source("courier", "\"2019-06-01\"^^xsd:date", "mayor", "", "Taxes on the market stalls will stay as they are."));
        ClaimComparison.Result r = compare(dsg);
        List<Corroboration> said = r.corroborations().stream().filter(k -> k.property().equals(PL.text.asNode())).toList();
        assertEquals(1, said.size(), said.toString());
        assertEquals(List.of(iri("id/statement/gazette-1-2"), iri("id/statement/herald-1-2")),
                said.get(0).claims().stream().map(k -> k.node().orElseThrow()).sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList());
        Node g = NodeFactory.createURI(IRIS.conflictsGraph());
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(g, iri("id/statement/gazette-1-2"), PL.corroborates.asNode(), iri("id/statement/herald-1-2"))));
    }

    @Test
    void theWrittenGraphConformsToTheShapesAndKeepsTheSourcesGraphsAsTheyWere() {
        DatasetGraph dsg = dataset(source("gazette", "\"2021-03-02\"^^xsd:date", "mayor", "13", "x"),
                source("herald", "\"2021-03-09\"^^xsd:date", "mayor", "", "y"), REFERENCE);
        long before = Txn.calculateRead(dsg, () -> dsg.stream().count());
        ClaimComparison.Result r = compare(dsg);
        assertTrue(r.conflicts().size() >= 3, r.conflicts().toString());
        Node g = NodeFactory.createURI(IRIS.conflictsGraph());
        long inConflicts = Txn.calculateRead(dsg, () -> dsg.getGraph(g).size());
        assertEquals(before + inConflicts, Txn.calculateRead(dsg, () -> dsg.stream().count()), "only graph/conflicts grew");
        var v = Txn.calculateRead(dsg, () -> ShapesValidator.plenary().validate(dsg));
        // the hand-made source graphs lack spans and names; what is checked here is the nodes written by the comparison
        assertEquals(List.of(), v.findings().stream().filter(f -> f.focusNode().startsWith(B + "id/conflict/")
                || f.focusNode().startsWith(B + "id/corroboration/")).toList(), v.report());
        assertTrue(r.conflicts().stream().anyMatch(c -> c.property().equals(PL.session.asNode())));
    }
}
