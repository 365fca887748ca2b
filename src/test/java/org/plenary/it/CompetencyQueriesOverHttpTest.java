package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every competency question in queries/ answered by a real Fuseki over HTTP on the seeds' TDB2 database. The
 * expectations come from reading the two articles, not from the program's output.
 */
class CompetencyQueriesOverHttpTest {
    static SeedCorpus seeds;

    @BeforeAll
    static void build() { seeds = SeedCorpus.get(); }

    static List<Map<String, RDFNode>> select(String file) { return seeds.select(SeedCorpus.query(file)); }

    static List<String> vars(String file) { return seeds.vars(SeedCorpus.query(file)); }

    static String str(Map<String, RDFNode> row, String v) { return SeedCorpus.str(row, v); }

    @Test
    void resultVariablesAreThePublicContract() {
        assertEquals(List.of("meeting", "name", "date", "place", "chair", "chairName"), vars("meetings.rq"));
        assertEquals(List.of("meeting", "person", "name", "role", "organization", "organizationName"), vars("participants.rq"));
        assertEquals(List.of("person", "name", "altNames"), vars("people.rq"));
        assertEquals(List.of("organization", "name", "altNames"), vars("organizations.rq"));
        assertEquals(List.of("statement", "speaker", "speakerName", "text", "direct", "source", "meeting"), vars("statements.rq"));
        assertEquals(List.of("source", "title", "publisher", "author", "published", "url"), vars("sources.rq"));
        assertEquals(List.of("statement", "source", "start", "end", "exact"), vars("provenance.rq"));
    }

    @Test
    void bothSourcesReportOneMeetingOnTwentiethMay2025WithDennisFrancisAsChairOrConvener() {
        List<Map<String, RDFNode>> rows = select("meetings.rq");
        Set<String> meetings = rows.stream().map(r -> str(r, "meeting")).collect(Collectors.toSet());
        assertEquals(1, meetings.size(), "one meeting, reported by both sources: " + meetings);
        assertTrue(rows.stream().allMatch(r -> "2025-05-20".equals(str(r, "date"))));
        assertTrue(rows.stream().anyMatch(r -> "Dennis Francis".equals(str(r, "chairName"))));
        assertTrue(rows.stream().anyMatch(r -> "New York".equals(str(r, "place"))), "the Christian Daily places it in New York");
    }

    @Test
    void spellingsOfOnePersonAreOneResourceAndNamesakesStayApart() {
        List<Map<String, RDFNode>> rows = select("people.rq");
        Map<String, String> personOf = new HashMap<>();
        for (var r : rows) {
            personOf.put(str(r, "name"), str(r, "person"));
            String alts = str(r, "altNames");
            if (alts != null && !alts.isEmpty()) for (String a : alts.split(" \\| ")) personOf.put(a, str(r, "person"));
        }
        assertEquals(personOf.get("Kim Eun-joo"), personOf.get("Kim Eun-ju"));
        assertEquals(personOf.get("Sean Jeong"), personOf.get("Sean Chung"));
        assertTrue(personOf.containsKey("Kim Song") && personOf.containsKey("Kim Jung-wook") && personOf.containsKey("Kim Kook-ki"));
        Set<String> kims = Set.of(personOf.get("Kim Song"), personOf.get("Kim Eun-joo"), personOf.get("Kim Jung-wook"), personOf.get("Kim Kook-ki"));
        assertEquals(4, kims.size(), "four different Kims");
        for (String expected : List.of("Hwang Joon-kook", "Kang Gyuri", "Greg Scarlatoiu", "Elizabeth Salmón", "Ilze Brands Kehris",
                "Dennis Francis", "Choe Chun-gil", "Mooyoung Lee"))
            assertTrue(personOf.containsKey(expected), expected + " is a person");
        for (String wrong : List.of("Juche", "He", "She", "Kim", "Hwang", "Kang", "Pyongyang"))
            assertFalse(rows.stream().anyMatch(r -> wrong.equals(str(r, "name"))), wrong + " is not a person");
        // each person once: no two resources with the same preferred name
        assertEquals(rows.size(), rows.stream().map(r -> str(r, "name")).distinct().count());
    }

    @Test
    void organizationsAreFoundWithTheirAcronymsAndPlacesAreNotOrganizations() {
        List<Map<String, RDFNode>> rows = select("organizations.rq");
        Map<String, String> alts = new HashMap<>();
        for (var r : rows) alts.put(str(r, "name"), str(r, "altNames"));
        assertTrue(alts.getOrDefault("Committee for Human Rights in North Korea", "").contains("HRNK"), alts.toString());
        assertTrue(alts.getOrDefault("Office of the High Commissioner for Human Rights", "").contains("OHCHR"), alts.toString());
        assertTrue(alts.containsKey("Human Rights Council"));
        assertTrue(alts.containsKey("One Voice"), "One Voice, not Voice");
        assertTrue(alts.containsKey("HanVoice"));
        assertTrue(alts.containsKey("Ministry of Foreign Affairs"));
        assertTrue(rows.stream().anyMatch(r -> str(r, "name").contains("General Assembly")));
        for (String place : List.of("Pyongyang", "North Korea", "DPRK", "New York", "South Korea", "China"))
            assertFalse(alts.containsKey(place), place + " is a place, not an organization");
        assertFalse(alts.containsKey("Voice"));
        assertFalse(alts.containsKey("UN Security Council and Human Rights Council"));
    }

    @Test
    void statementsAreAttributedToTheirSpeakersWithNoBoilerplate() {
        List<Map<String, RDFNode>> rows = select("statements.rq");
        Map<String, String> speakerOf = new HashMap<>();
        for (var r : rows) speakerOf.put(str(r, "text"), str(r, "speakerName"));
        assertEquals("Hwang Joon-kook", speakerOf.get("Stopping the regime’s rights abuses would also halt its weapons development,"));
        assertEquals("Hwang Joon-kook", speakerOf.entrySet().stream()
                .filter(e -> e.getKey().startsWith("Weapons made from the suffering")).map(Map.Entry::getValue).findFirst().orElse(null),
                "a quotation continuing the previous one keeps its speaker");
        assertEquals("Ministry of Foreign Affairs", speakerOf.entrySet().stream()
                .filter(e -> e.getKey().startsWith("Building on this meeting")).map(Map.Entry::getValue).findFirst().orElse(null),
                "an organization can be a speaker");
        assertEquals("Kim Song", speakerOf.entrySet().stream()
                .filter(e -> e.getKey().contains("violation of sovereignty")).map(Map.Entry::getValue).findFirst().orElse(null));
        assertEquals("Kim Song", speakerOf.entrySet().stream()
                .filter(e -> e.getKey().contains("scum")).map(Map.Entry::getValue).findFirst().orElse(null),
                "\"He called defectors scum\": he is Kim Song");
        assertEquals("Greg Scarlatoiu", speakerOf.entrySet().stream()
                .filter(e -> e.getKey().startsWith("the regime’s abuses have global implications")).map(Map.Entry::getValue).findFirst().orElse(null));
        assertEquals("Elizabeth Salmón", speakerOf.get("conditions have worsened significantly since the pandemic"));
        assertTrue(speakerOf.entrySet().stream().anyMatch(e -> e.getKey().startsWith("the UN to establish an independent body")
                && Set.of("Sean Jeong", "Sean Chung").contains(e.getValue())), "\"He urged\" after \"Also speaking was Sean Jeong\"");
        for (var r : rows) {
            String text = str(r, "text").toLowerCase(Locale.ROOT);
            assertFalse(text.contains("donation") || text.contains("was this article helpful") || text.contains("return to homepage"), text);
            boolean direct = r.get("direct").asLiteral().getBoolean();
            assertEquals("http://www.w3.org/2001/XMLSchema#boolean", r.get("direct").asLiteral().getDatatypeURI());
            if (text.startsWith("stopping the regime")) assertTrue(direct);
            if (text.startsWith("conditions have worsened")) assertFalse(direct);
            assertTrue(r.get("meeting") != null, "made at the meeting: " + text);
        }
    }

    @Test
    void everyStatementSpanIsTheExactTextOfTheFileInCodePoints() throws Exception {
        List<Map<String, RDFNode>> rows = select("provenance.rq");
        assertFalse(rows.isEmpty());
        Map<String, String> fileOf = Map.of(
                seeds.iris.source("koreadaily-2025-05-un-defectors"), "koreadaily-2025-05-un-defectors.txt",
                seeds.iris.source("christiandaily-2025-05-unga-high-level-meeting"), "christiandaily-2025-05-unga-high-level-meeting.txt");
        for (var r : rows) {
            String text = Files.readString(SeedCorpus.ARTICLES.resolve(fileOf.get(str(r, "source"))), StandardCharsets.UTF_8);
            int start = r.get("start").asLiteral().getInt(), end = r.get("end").asLiteral().getInt();
            int[] cps = text.codePoints().toArray();
            assertEquals(str(r, "exact"), new String(cps, start, end - start));
        }
    }

    @Test
    void sourcesCarryOnlyWhatIsKnown() {
        List<Map<String, RDFNode>> rows = select("sources.rq");
        assertEquals(2, rows.size());
        Map<String, Map<String, RDFNode>> bySource = new HashMap<>();
        for (var r : rows) bySource.put(str(r, "source"), r);
        var kd = bySource.get(seeds.iris.source("koreadaily-2025-05-un-defectors"));
        assertEquals("Mooyoung Lee", str(kd, "author"));
        assertEquals("Korea Daily (US edition)", str(kd, "publisher"));
        assertEquals("2025-05", str(kd, "published"));
        assertEquals(null, str(kd, "title"), "its title is not known, so none is given");
        var cd = bySource.get(seeds.iris.source("christiandaily-2025-05-unga-high-level-meeting"));
        assertEquals(null, str(cd, "author"), "no author is named");
        assertTrue(str(cd, "title").startsWith("UN General Assembly holds first-ever high-level meeting"));
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", cd.get("published").asLiteral().getDatatypeURI());
    }

    @Test
    void participantsTakePartAndTheDetainedMissionariesAreOnlyMentioned() {
        List<Map<String, RDFNode>> rows = select("participants.rq");
        Map<String, Set<String>> rolesOf = new HashMap<>();
        for (var r : rows) rolesOf.computeIfAbsent(str(r, "name"), k -> new java.util.HashSet<>()).add(str(r, "role"));
        for (String missionary : List.of("Kim Jung-wook", "Kim Kook-ki", "Choe Chun-gil"))
            assertFalse(rolesOf.containsKey(missionary), missionary + " did not take part");
        assertTrue(rolesOf.getOrDefault("Kim Eun-joo", Set.of()).contains("testifier"), rolesOf.toString());
        assertTrue(rolesOf.getOrDefault("Kang Gyuri", Set.of()).contains("testifier"), rolesOf.toString());
        assertTrue(rolesOf.getOrDefault("Dennis Francis", Set.of()).contains("chair"));
        assertTrue(rolesOf.getOrDefault("Hwang Joon-kook", Set.of()).contains("delegation head"));
        assertTrue(rolesOf.getOrDefault("Hwang Joon-kook", Set.of()).contains("speaker"));
        assertTrue(rows.stream().anyMatch(r -> "Greg Scarlatoiu".equals(str(r, "name"))
                && "Committee for Human Rights in North Korea".equals(str(r, "organizationName"))));
    }

    @Test
    void eachSourceLivesInItsOwnNamedGraphAndTheBuildRecordsItsInputs() {
        String q = """
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?g (COUNT(?st) AS ?n) WHERE { GRAPH ?g { ?st a pl:Statement } } GROUP BY ?g""";
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(seeds.sparql()).query(q).build()) {
            var rows = ResultSetFormatter.toList(qe.execSelect());
            assertEquals(2, rows.size());
            for (var r : rows) assertTrue(r.getResource("g").getURI().startsWith(seeds.iris.base() + "graph/source/"));
        }
        String b = """
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?file ?sha ?version WHERE { ?b a pl:Build ; pl:softwareVersion ?version ; prov:startedAtTime ?t ;
                   prov:used ?s . ?s pl:fileName ?file ; pl:sha256 ?sha }""";
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(seeds.sparql()).query(b).build()) {
            var rows = ResultSetFormatter.toList(qe.execSelect());
            assertEquals(2, rows.stream().map(r -> r.getLiteral("file").getString()).distinct().count());
            for (var r : rows) {
                byte[] bytes = readAll(SeedCorpus.ARTICLES.resolve(r.getLiteral("file").getString()));
                assertEquals(org.plenary.ingest.ArticleReader.sha256(bytes), r.getLiteral("sha").getString());
            }
        }
    }

    @Test
    void theEndpointIsReadOnly() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(seeds.sparql()))
                .header("Content-Type", "application/sparql-update")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build();
        int status = client.send(req, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        assertNotEquals(200, status);
        assertTrue(status >= 400 && status < 500, "update refused with a 4xx, got " + status);
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
