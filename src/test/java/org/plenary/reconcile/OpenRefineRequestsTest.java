package org.plenary.reconcile;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.PL;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;

/**
 * The reconciliation service of a real server over a real TDB2 database, asked exactly as OpenRefine 3 asks (form
 * POSTs of {@code queries=} and {@code extend=}, GETs of suggest, property proposals and previews). The data has the
 * seeds' shapes: a person's title and organization on {@code pl:Role} nodes, the meetings on {@code pl:Participation}
 * nodes, an organization's acronym as an other name and an alias IRI, an accented name, a Wikidata link.
 */
class OpenRefineRequestsTest {
    static final String BASE = "http://localhost:3030/";
    static final String GREG = BASE + "id/person/greg-scarlatoiu";
    static final String GREGORY = BASE + "id/person/gregory-scarlett";
    static final String SALMON = BASE + "id/person/elizabeth-salmon";
    static final String HRNK = BASE + "id/organization/committee-for-human-rights-in-north-korea";
    static final String HRNK_ALIAS = BASE + "id/organization/hrnk";
    static final String UNGA = BASE + "id/organization/united-nations-general-assembly";
    static final String MEETING = BASE + "id/meeting/2025-05-20-united-nations-general-assembly";
    static final String PERSON_TYPE = PL.Person.getURI();

    static final String DATA = """
            PREFIX pl: <https://w3id.org/plenary/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            GRAPH <%1$sgraph/source/a> {
              <%2$s> a pl:Person . <%3$s> a pl:Person . <%4$s> a pl:Person .
              <%5$s> a pl:Organization . <%6$s> a pl:Organization .
              <%7$s> a pl:Meeting ; pl:date "2025-05-20"^^xsd:date ; pl:convenedBy <%6$s> .
              <%1$sid/role/a-1> a pl:Role ; pl:holder <%2$s> ; pl:title "Executive Director" ; pl:organization <%5$s> .
              <%1$sid/role/a-2> a pl:Role ; pl:holder <%4$s> ; pl:title "Special Rapporteur" .
              <%1$sid/role/a-3> a pl:Role ; pl:holder <%3$s> ; pl:title "reporter" .
              <%1$sid/participation/a-1> a pl:Participation ; pl:participant <%2$s> ; pl:meeting <%7$s> ;
                  pl:participationRole pl:Speaker .
            }
            GRAPH <%1$sgraph/resolution> {
              <%2$s> pl:name "Greg Scarlatoiu" .
              <%3$s> pl:name "Gregory Scarlett" .
              <%4$s> pl:name "Elizabeth Salmón" .
              <%5$s> pl:name "Committee for Human Rights in North Korea" ; pl:altName "HRNK" .
              <%8$s> owl:sameAs <%5$s> .
              <%6$s> pl:name "United Nations General Assembly" ; pl:altName "UNGA" .
              <%7$s> pl:name "United Nations General Assembly, 20 May 2025" .
            }
            GRAPH <%1$sgraph/wikidata> { <%6$s> owl:sameAs <http://www.wikidata.org/entity/Q47423> . }
            """.formatted(BASE, GREG, GREGORY, SALMON, HRNK, UNGA, MEETING, HRNK_ALIAS);

    @TempDir static Path tmp;
    static PlenaryDatabase db;
    static PlenaryServer server;
    static String service;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(out -> RDFParser.fromString(DATA, Lang.TRIG).parse(out));
        server = PlenaryServer.create().database(db).port(0).loopback(true).warm(false).build().start();
        service = "http://localhost:" + server.port() + "/reconcile";
    }

    @AfterAll
    static void stop() {
        server.stop();
        db.currentGeneration().ifPresent(db::release);
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** OpenRefine's StandardReconConfig: a form POST of {@code queries=} (or {@code extend=}). */
    static HttpResponse<String> post(String field, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + enc(json))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject postJson(String field, String json) throws Exception {
        HttpResponse<String> r = post(field, json);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(r.body());
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonArray result(JsonObject batch, String key) { return batch.getObj(key).get("result").getAsArray(); }

    static JsonObject candidate(JsonArray result, String id) {
        for (JsonValue v : result) if (v.getAsObject().getString("id").equals(id)) return v.getAsObject();
        return null;
    }

    static double score(JsonObject c) { return c.get("score").getAsNumber().value().doubleValue(); }

    @Test
    void aTitleOrOrganizationTheDataHoldsRaisesTheScoreNotLowersIt() throws Exception {
        String queries = """
                {"q0":{"query":"Greg Scarlatoiu","type":"%1$s","type_strict":"should"},
                 "q1":{"query":"Greg Scarlatoiu","type":"%1$s","type_strict":"should",
                       "properties":[{"pid":"%2$s","v":"Executive Director"}]},
                 "q2":{"query":"Greg Scarlatoiu","type":"%1$s","type_strict":"should",
                       "properties":[{"pid":"%3$s","v":"HRNK"}]},
                 "q3":{"query":"Greg Scarlatoiu","type":"%1$s","type_strict":"should",
                       "properties":[{"pid":"%3$s","v":{"id":"%4$s"}}]},
                 "q4":{"query":"Scarlatoiu","type":"%1$s","type_strict":"should"},
                 "q5":{"query":"Scarlatoiu","type":"%1$s","type_strict":"should",
                       "properties":[{"pid":"%2$s","v":"executive director"},{"pid":"%3$s","v":"HRNK"}]},
                 "q6":{"query":"Greg Scarlatoiu","type":"%1$s","type_strict":"should",
                       "properties":[{"pid":"%2$s","v":"Ambassador"}]}}
                """.formatted(PERSON_TYPE, PL.title.getURI(), PL.organization.getURI(), HRNK_ALIAS);
        JsonObject batch = postJson("queries", queries);
        JsonObject alone = candidate(result(batch, "q0"), GREG);
        assertNotNull(alone);
        for (String q : List.of("q1", "q2", "q3")) {
            JsonObject withProperty = result(batch, q).get(0).getAsObject();
            assertEquals(GREG, withProperty.getString("id"), q);
            assertTrue(score(withProperty) >= score(alone), q + ": " + score(withProperty) + " < " + score(alone));
            assertTrue(withProperty.getBoolean("match"), q + " is a match");
        }
        double surname = score(candidate(result(batch, "q4"), GREG));
        double surnameAndRole = score(candidate(result(batch, "q5"), GREG));
        assertTrue(surnameAndRole > surname, "the surname with title and organization: " + surnameAndRole + " vs " + surname);
        assertTrue(score(candidate(result(batch, "q6"), GREG)) < score(alone), "a title the data does not hold lowers it");
    }

    @Test
    void aQueryOfPropertiesOnlyFindsWhoHasThem() throws Exception {
        JsonObject batch = postJson("queries", """
                {"q0":{"type":"%s","properties":[{"pid":"%s","v":"Special Rapporteur"}]},
                 "q1":{"query":"","properties":[{"pid":"pl:meeting","v":{"id":"%s"}}]}}
                """.formatted(PERSON_TYPE, PL.title.getURI(), MEETING));
        JsonArray r0 = result(batch, "q0");
        assertEquals(1, r0.size(), r0.toString());
        assertEquals(SALMON, r0.get(0).getAsObject().getString("id"));
        assertTrue(r0.get(0).getAsObject().getBoolean("match"));
        assertEquals(GREG, result(batch, "q1").get(0).getAsObject().getString("id"), "the meeting through the participation node");
        HttpResponse<String> empty = post("queries", "{\"q0\":{\"type\":\"" + PERSON_TYPE + "\"}}");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("'query'") && !empty.body().contains("NullPointer"), empty.body());
    }

    @Test
    void accentsAndCaseDoNotMatterInQueriesAndSuggest() throws Exception {
        JsonObject batch = postJson("queries", "{\"q0\":{\"query\":\"Elizabeth Salmon\",\"type\":\"" + PERSON_TYPE + "\"}}");
        JsonObject top = result(batch, "q0").get(0).getAsObject();
        assertEquals(SALMON, top.getString("id"));
        assertTrue(score(top) >= 95 && top.getBoolean("match"), top.toString());
        JsonObject s = JSON.parse(get("/suggest/entity?prefix=salm").body());
        assertEquals(SALMON, s.get("result").getAsArray().get(0).getAsObject().getString("id"));
    }

    @Test
    void suggestTakesAnEntityIriAndHonoursCursorAndType() throws Exception {
        JsonObject byIri = JSON.parse(get("/suggest/entity?prefix=" + enc(GREG)).body());
        assertEquals(GREG, byIri.get("result").getAsArray().get(0).getAsObject().getString("id"));
        assertEquals("Greg Scarlatoiu", byIri.get("result").getAsArray().get(0).getAsObject().getString("name"));
        JsonObject alias = JSON.parse(get("/suggest/entity?prefix=" + enc(HRNK_ALIAS)).body());
        assertEquals(HRNK, alias.get("result").getAsArray().get(0).getAsObject().getString("id"), "an alias IRI gives its entity");
        JsonArray all = JSON.parse(get("/suggest/entity?prefix=united").body()).get("result").getAsArray();
        assertEquals(2, all.size(), all.toString()); // the assembly and its meeting
        JsonArray second = JSON.parse(get("/suggest/entity?prefix=united&cursor=1").body()).get("result").getAsArray();
        assertEquals(1, second.size());
        assertEquals(all.get(1), second.get(0));
        JsonArray meetings = JSON.parse(get("/suggest/entity?prefix=united&type=" + enc(PL.Meeting.getURI())).body()).get("result").getAsArray();
        assertEquals(MEETING, meetings.get(0).getAsObject().getString("id"));
        assertEquals(1, meetings.size());
        assertEquals(400, get("/suggest/entity?prefix=united&cursor=two").statusCode());
    }

    @Test
    void dataExtensionAddsTitlesOrganizationsMeetingsAndWikidataQids() throws Exception {
        JsonObject manifest = JSON.parse(get("").body());
        JsonObject propose = manifest.getObj("extend").getObj("propose_properties");
        assertEquals("/properties", propose.getString("service_path"));
        JsonObject proposals = JSON.parse(get("/properties?type=" + enc(PERSON_TYPE) + "&limit=10").body());
        List<String> ids = proposals.get("properties").getAsArray().stream().map(p -> p.getAsObject().getString("id")).toList();
        assertTrue(ids.containsAll(List.of(PL.title.getURI(), PL.organization.getURI(), PL.meeting.getURI(), "wikidata")), ids.toString());

        JsonObject ext = postJson("extend", """
                {"ids":["%s","%s","%s"],"properties":[{"id":"%s"},{"id":"%s"},{"id":"%s"},{"id":"wikidata"}]}
                """.formatted(GREG, UNGA, HRNK_ALIAS, PL.title.getURI(), PL.organization.getURI(), PL.meeting.getURI()));
        JsonArray meta = ext.get("meta").getAsArray();
        assertEquals(4, meta.size());
        assertEquals("title", meta.get(0).getAsObject().getString("name"));
        assertEquals(PL.Organization.getURI(), meta.get(1).getAsObject().getObj("type").getString("id"));
        JsonObject greg = ext.getObj("rows").getObj(GREG);
        assertEquals("Executive Director", greg.get(PL.title.getURI()).getAsArray().get(0).getAsObject().getString("str"));
        JsonObject org = greg.get(PL.organization.getURI()).getAsArray().get(0).getAsObject();
        assertEquals(HRNK, org.getString("id"));
        assertEquals("Committee for Human Rights in North Korea", org.getString("name"));
        assertEquals(MEETING, greg.get(PL.meeting.getURI()).getAsArray().get(0).getAsObject().getString("id"));
        assertTrue(greg.get("wikidata").getAsArray().isEmpty());
        assertEquals("Q47423", ext.getObj("rows").getObj(UNGA).get("wikidata").getAsArray().get(0).getAsObject().getString("str"));
        assertNotNull(ext.getObj("rows").getObj(HRNK_ALIAS), "a row per id asked, alias IRIs included");
        assertEquals(400, post("extend", "{\"properties\":[]}").statusCode());
    }

    @Test
    void anUnknownPreviewIdIsAJson404() throws Exception {
        HttpResponse<String> r = get("/preview?id=" + enc(BASE + "id/person/nobody"));
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        assertEquals("error", JSON.parse(r.body()).getString("status"));
        HttpResponse<String> known = get("/preview?id=" + enc(GREG));
        assertEquals(200, known.statusCode());
        assertTrue(known.body().contains("Greg Scarlatoiu"));
    }
}
