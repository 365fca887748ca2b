package org.plenary.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.it.SeedCorpus;

/**
 * The seed articles' known errors come out as conflicts, and the quotation both report in two translations as
 * corroborated, answered over HTTP by the seed server. Expected values come from reading the two articles and
 * data/reference/reference.ttl, not from the program's output.
 */
class SeedConflictsOverHttpTest {
    static final String PL = "https://w3id.org/plenary/ontology#";
    static SeedCorpus seeds;
    static String francis, yang, scarlatoiu, meeting, christian, korea;

    @BeforeAll
    static void build() {
        seeds = SeedCorpus.get();
        String id = seeds.iris.base() + "id/";
        francis = id + "person/dennis-francis";
        yang = id + "person/philemon-yang";
        scarlatoiu = id + "person/greg-scarlatoiu";
        meeting = id + "meeting/2025-05-20-united-nations-general-assembly";
        christian = seeds.iris.source("christiandaily-2025-05-unga-high-level-meeting");
        korea = seeds.iris.source("koreadaily-2025-05-un-defectors");
    }

    static List<Map<String, RDFNode>> select(String query) { return seeds.select(query); }

    static List<String> vars(String file) { return seeds.vars(SeedCorpus.query(file)); }

    static String str(Map<String, RDFNode> row, String v) { return SeedCorpus.str(row, v); }

    static boolean fromSource(String source) { return source.equals(christian) || source.equals(korea); }

    static List<Map<String, RDFNode>> conflicts(String subject, String property) {
        return select(SeedCorpus.query("conflicts.rq")).stream()
                .filter(r -> subject.equals(str(r, "subject")) && (PL + property).equals(str(r, "property"))).toList();
    }

    /** The one conflict record of these rows (one per subject and property, however many values and sources). */
    static String oneRecord(List<Map<String, RDFNode>> rows) {
        Set<String> records = rows.stream().map(r -> str(r, "conflict")).collect(Collectors.toSet());
        assertEquals(1, records.size(), rows.toString());
        return records.iterator().next();
    }

    static boolean hasRow(List<Map<String, RDFNode>> rows, String value, String source) {
        return rows.stream().anyMatch(r -> value.equals(str(r, "value")) && source.equals(str(r, "source")) && r.get("reference") == null);
    }

    /** A row of the reference's value: its source is the document cited, not an article, and the reference node is given. */
    static boolean hasReferenceRow(List<Map<String, RDFNode>> rows, String value) {
        return rows.stream().anyMatch(r -> value.equals(str(r, "value")) && !fromSource(str(r, "source")) && r.get("reference") != null);
    }

    @Test
    void resultVariablesAreThePublicContract() {
        assertEquals(List.of("conflict", "subject", "subjectName", "property", "value", "source", "reference"), vars("conflicts.rq"));
        assertEquals(List.of("subject", "subjectName", "property", "value1", "source1", "value2", "source2"), vars("conflicts-pairwise.rq"));
        assertEquals(List.of("claim", "sources", "count"), vars("corroborated.rq"));
        assertEquals(List.of("entity", "name", "wikidata", "score"), vars("wikidata-links.rq"));
    }

    @Test
    void dennisFrancisSaidToConveneConflictsWithTheReferenceConvenerPhilemonYang() {
        List<Map<String, RDFNode>> rows = conflicts(meeting, "convenedBy");
        oneRecord(rows);
        assertTrue(hasRow(rows, francis, korea), rows.toString());
        assertTrue(hasReferenceRow(rows, yang), rows.toString());
    }

    @Test
    void thePairwiseExampleQueryStillGivesTheOldViewOfTheConvenerConflict() {
        List<Map<String, RDFNode>> rows = select(SeedCorpus.query("conflicts-pairwise.rq")).stream()
                .filter(r -> meeting.equals(str(r, "subject")) && (PL + "convenedBy").equals(str(r, "property"))).toList();
        assertTrue(rows.stream().anyMatch(r -> francis.equals(str(r, "value1")) && korea.equals(str(r, "source1"))
                && yang.equals(str(r, "value2")) && !fromSource(str(r, "source2"))), rows.toString());
    }

    @Test
    void dennisFrancisPresidingAfterHisPresidencyEndedConflictsWithTheReference() {
        List<Map<String, RDFNode>> rows = conflicts(francis, "endDate");
        assertTrue(hasRow(rows, "2025-05-20", christian), rows.toString());
        assertTrue(hasReferenceRow(rows, "2024-09"), rows.toString());
        assertTrue(rows.stream().allMatch(r -> "Dennis Francis".equals(str(r, "subjectName"))), rows.toString());
    }

    @Test
    void presidentOfThe79thSessionConflictsWithTheReference78th() {
        List<Map<String, RDFNode>> rows = conflicts(francis, "session");
        oneRecord(rows);
        assertEquals(2, rows.size(), rows.toString());
        Map<String, RDFNode> claimed = rows.stream().filter(r -> christian.equals(str(r, "source"))).findFirst().orElseThrow();
        assertEquals(79, claimed.get("value").asLiteral().getInt());
        Map<String, RDFNode> checked = rows.stream().filter(r -> r.get("reference") != null).findFirst().orElseThrow();
        assertEquals(78, checked.get("value").asLiteral().getInt());
    }

    @Test
    void theMandatingResolutionDatedDecember2023ByBothSourcesIsOneConflictWithTheReference() {
        List<Map<String, RDFNode>> rows = conflicts(meeting, "adoptedOn");
        oneRecord(rows);
        List<Map<String, RDFNode>> claimed = rows.stream().filter(r -> r.get("reference") == null).toList();
        assertEquals(Set.of(christian, korea), claimed.stream().map(r -> str(r, "source")).collect(Collectors.toSet()), rows.toString());
        for (var r : claimed) {
            assertEquals("2023-12", str(r, "value"));
            assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", r.get("value").asLiteral().getDatatypeURI());
        }
        assertTrue(hasReferenceRow(rows, "2024-12-17"), rows.toString());
    }

    @Test
    void scarlatoiuCalledExecutiveDirectorAfterThatRoleEndedConflictsWithTheReference() {
        List<Map<String, RDFNode>> rows = conflicts(scarlatoiu, "endDate");
        assertTrue(hasRow(rows, "2025-05-20", korea), rows.toString());
        assertTrue(hasReferenceRow(rows, "2024-10-23"), rows.toString());
    }

    @Test
    void theTwoTranslationsOfHwangsWeaponsQuotationAreCorroboratedAndNothingElseHeSaidIs() {
        List<Map<String, RDFNode>> rows = select(SeedCorpus.query("corroborated.rq"));
        List<List<String>> quotedPairs = new ArrayList<>();
        for (var r : rows) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(
                    "PREFIX pl: <" + PL + "> SELECT ?text { ?c pl:claim ?s . ?s a pl:Statement ; pl:text ?text } ORDER BY ?text");
            q.setIri("c", str(r, "claim"));
            List<String> texts = select(q.toString()).stream().map(x -> str(x, "text")).toList();
            if (!texts.isEmpty()) {
                quotedPairs.add(texts);
                assertEquals(2, r.get("count").asLiteral().getInt());
                assertTrue(str(r, "sources").contains(christian) && str(r, "sources").contains(korea));
            }
        }
        assertEquals(1, quotedPairs.size(), quotedPairs.toString());
        assertTrue(quotedPairs.get(0).get(0).startsWith("Weapons made at the cost of the suffering of the North Korean people"));
        assertTrue(quotedPairs.get(0).get(1).startsWith("Weapons made from the suffering of North Korean people are now falling on European soil"));
        String linked = "PREFIX pl: <" + PL + "> SELECT ?a ?b { ?a pl:corroborates ?b }";
        assertEquals(2, select(linked).size(), "each statement links to the other");
    }

    @Test
    void everyPublishedSameAsToWikidataHasAScoredLinkWithEvidence() {
        List<Map<String, RDFNode>> sameAs = select("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT DISTINCT ?e ?w { ?e owl:sameAs ?w FILTER(STRSTARTS(STR(?w), "http://www.wikidata.org/entity/")) }""");
        assertFalse(sameAs.isEmpty());
        Set<List<String>> listed = select(SeedCorpus.query("wikidata-links.rq")).stream()
                .peek(r -> assertTrue(r.get("score").asLiteral().getDouble() > 0 && r.get("score").asLiteral().getDouble() <= 1))
                .map(r -> List.of(str(r, "entity"), str(r, "wikidata"))).collect(Collectors.toSet());
        for (var r : sameAs) {
            assertTrue(listed.contains(List.of(str(r, "e"), str(r, "w"))), "listed: " + r);
            ParameterizedSparqlString q = new ParameterizedSparqlString(
                    "PREFIX pl: <" + PL + "> SELECT ?ev { ?l a pl:Link ; pl:linkOf ?e ; pl:target ?w ; pl:score ?s ; pl:evidence ?ev }");
            q.setIri("e", str(r, "e"));
            q.setIri("w", str(r, "w"));
            assertFalse(select(q.toString()).isEmpty(), "a pl:Link with score and evidence for " + r);
        }
    }

    @Test
    void theReconciliationServiceOnTheSeedServerMatchesKimEunJuToThePersonResource() throws Exception {
        String person = select("""
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                SELECT DISTINCT ?p { ?p a pl:Person ; pl:altName|pl:name "Kim Eun-ju" }""").stream().map(r -> str(r, "p")).findFirst().orElseThrow();
        String queries = "{\"q0\":{\"query\":\"Kim Eun-ju\",\"type\":\"Person\",\"limit\":3}}";
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + seeds.server.port() + "/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8))).build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        JsonObject answer = JSON.parse(resp.body());
        List<JsonValue> result = answer.get("q0").getAsObject().get("result").getAsArray();
        assertFalse(result.isEmpty(), resp.body());
        JsonObject best = result.get(0).getAsObject();
        assertEquals(person, best.get("id").getAsString().value());
        assertTrue(best.get("match").getAsBoolean().value(), resp.body());
    }
}
