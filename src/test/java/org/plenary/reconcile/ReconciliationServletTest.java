package org.plenary.reconcile;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;

/** The reconciliation service on a real Fuseki server over loopback, answers checked against the protocol's schemas. */
class ReconciliationServletTest {
    static final IriScheme IRIS = IriScheme.defaults();
    static final String NATIONALITY = "https://schema.org/nationality";
    static FusekiServer server;
    static String service;
    static final HttpClient http = HttpClient.newHttpClient();

    static String person(String slug) { return IRIS.base() + "id/person/" + slug; }
    static String org(String slug) { return IRIS.base() + "id/organization/" + slug; }
    static String place(String slug) { return IRIS.base() + "id/place/" + slug; }

    @BeforeAll
    static void start() {
        Dataset ds = DatasetFactory.createTxnMem();
        ds.executeWrite(() -> {
            Model res = ds.getNamedModel(IRIS.resolutionGraph());
            entity(res, person("amina-dlamini"), PL.Person, "Amina Dlamini", "A. Dlamini");
            entity(res, org("united-nations-general-assembly"), PL.Organization, "United Nations General Assembly", "UNGA", "General Assembly");
            entity(res, org("united-nations-security-council"), PL.Organization, "United Nations Security Council", "UNSC");
            entity(res, place("geneva"), PL.Place, "Geneva");
            entity(res, place("nowhere-land"), PL.Place, "Nowhereland");
            entity(res, person("lee-min"), PL.Person, "Lee Min").addProperty(res.createProperty(NATIONALITY), res.createResource(place("geneva")));
            entity(res, person("lee-min-2"), PL.Person, "Lee Min").addProperty(res.createProperty(NATIONALITY), res.createResource(place("nowhere-land")));
            entity(res, person("x-script"), PL.Person, "Eve <script>alert(1)</script> & Co");
            Model src = ds.getNamedModel(IRIS.sourceGraph("s1"));
            entity(src, IRIS.meeting("high-level-meeting-2025"), PL.Meeting, "High-level meeting on human rights");
        });
        server = FusekiServer.create().port(0).loopback(true).add("/ds", ds)
                .addServlet("/reconcile/*", ReconciliationServlet.create().dataset(ds).iris(IRIS).build())
                .build().start();
        service = "http://localhost:" + server.getHttpPort() + "/reconcile";
    }

    static Resource entity(Model m, String iri, Resource type, String name, String... alts) {
        Resource r = m.createResource(iri).addProperty(RDF.type, type).addProperty(PL.name, name);
        for (String a : alts) r.addProperty(PL.altName, a);
        return r;
    }

    @AfterAll
    static void stop() { server.stop(); }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject getJson(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(r.body());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    // ---- Schema checks (the required members and their JSON types, per the protocol's JSON schemas) ----

    static String string(JsonObject o, String key) {
        assertTrue(o.hasKey(key), "missing '" + key + "' in " + o);
        assertTrue(o.get(key).isString(), "'" + key + "' must be a string in " + o);
        return o.get(key).getAsString().value();
    }

    static void assertManifest(JsonObject m) {
        JsonArray versions = m.get("versions").getAsArray();
        assertTrue(versions.stream().allMatch(JsonValue::isString));
        assertTrue(versions.contains(new org.apache.jena.atlas.json.JsonString("0.2")));
        string(m, "name");
        string(m, "identifierSpace");
        string(m, "schemaSpace");
        for (JsonValue t : m.get("defaultTypes").getAsArray()) { string(t.getAsObject(), "id"); string(t.getAsObject(), "name"); }
        assertTrue(string(m.getObj("view"), "url").contains("{{id}}"));
        JsonObject preview = m.getObj("preview");
        assertTrue(string(preview, "url").contains("{{id}}"));
        assertTrue(preview.get("width").isNumber() && preview.get("height").isNumber());
        for (String kind : List.of("entity", "type", "property")) {
            JsonObject s = m.getObj("suggest").getObj(kind);
            string(s, "service_url");
            assertTrue(string(s, "service_path").startsWith("/"));
        }
    }

    static void assertBatch(JsonObject batch, List<String> keys) {
        assertEquals(keys.size(), batch.size());
        for (String k : keys) {
            JsonArray result = batch.getObj(k).get("result").getAsArray();
            for (JsonValue v : result) {
                JsonObject c = v.getAsObject();
                string(c, "id");
                string(c, "name");
                assertTrue(c.get("score").isNumber(), "score must be a number: " + c);
                assertTrue(c.get("match").isBoolean(), "match must be a boolean: " + c);
                for (JsonValue t : c.get("type").getAsArray()) { string(t.getAsObject(), "id"); string(t.getAsObject(), "name"); }
            }
        }
    }

    static void assertSuggest(JsonObject s) {
        for (JsonValue v : s.get("result").getAsArray()) { string(v.getAsObject(), "id"); string(v.getAsObject(), "name"); }
    }

    static List<String> ids(JsonObject batchEntry) {
        List<String> ids = new ArrayList<>();
        for (JsonValue v : batchEntry.get("result").getAsArray()) ids.add(v.getAsObject().getString("id"));
        return ids;
    }

    static JsonObject first(JsonObject batchEntry) { return batchEntry.get("result").getAsArray().get(0).getAsObject(); }

    // ---- Behaviour ----

    @Test
    void manifestDescribesTheService() throws Exception {
        JsonObject m = getJson("");
        assertManifest(m);
        assertEquals("http://localhost:3030/id/", m.getString("identifierSpace"));
        assertEquals(PL.NS, m.getString("schemaSpace"));
        assertEquals(List.of("Person", "Organization", "Place", "Meeting"),
                m.get("defaultTypes").getAsArray().stream().map(t -> t.getAsObject().getString("name")).toList());
        assertEquals(service, m.getObj("suggest").getObj("entity").getString("service_url"));
    }

    @Test
    void batchByFormPostFindsByNameAndAltNameWithTypes() throws Exception {
        String queries = """
                {"q0":{"query":"UNGA","type":"https://w3id.org/plenary/ontology#Organization"},
                 "q1":{"query":"Amina Dlamini","limit":3},
                 "q2":{"query":"Geneva","type":"Person"},
                 "q3":{"query":"high-level meeting on human rights"}}""";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(service))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("queries=" + enc(queries))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject batch = JSON.parse(r.body());
        assertBatch(batch, List.of("q0", "q1", "q2", "q3"));

        JsonObject ga = first(batch.getObj("q0"));
        assertEquals(org("united-nations-general-assembly"), ga.getString("id"));
        assertEquals("United Nations General Assembly", ga.getString("name"));
        assertTrue(ga.getBoolean("match"));
        assertEquals(100.0, ga.get("score").getAsNumber().value().doubleValue());
        assertEquals(PL.Organization.getURI(), ga.get("type").getAsArray().get(0).getAsObject().getString("id"));
        assertFalse(ids(batch.getObj("q0")).contains(org("united-nations-security-council")), "no shared word with UNGA");

        assertEquals(person("amina-dlamini"), first(batch.getObj("q1")).getString("id"));
        assertTrue(ids(batch.getObj("q2")).isEmpty(), "Geneva is a place, not a person");
        assertEquals(IRIS.meeting("high-level-meeting-2025"), first(batch.getObj("q3")).getString("id"));
    }

    @Test
    void batchByGetRanksPartialMatchesBelowAndDoesNotCallThemCertain() throws Exception {
        JsonObject batch = getJson("?queries=" + enc("{\"q0\":{\"query\":\"Dlamini\"},\"q1\":{\"query\":\"United Nations\",\"type\":\"Organization\"}}"));
        assertBatch(batch, List.of("q0", "q1"));
        JsonObject d = first(batch.getObj("q0"));
        assertEquals(person("amina-dlamini"), d.getString("id"));
        assertFalse(d.getBoolean("match"));
        assertTrue(d.get("score").getAsNumber().value().doubleValue() < 90);
        JsonArray un = batch.getObj("q1").get("result").getAsArray();
        assertEquals(2, un.size());
        assertTrue(un.stream().noneMatch(c -> c.getAsObject().getBoolean("match")));
    }

    @Test
    void propertiesTellApartEquallyNamedCandidates() throws Exception {
        String q = "{\"q0\":{\"query\":\"Lee Min\",\"type\":\"Person\",\"properties\":[{\"pid\":\"" + NATIONALITY
                + "\",\"v\":{\"id\":\"" + place("nowhere-land") + "\"}}]},\"q1\":{\"query\":\"Lee Min\"}}";
        JsonObject batch = getJson("?queries=" + enc(q));
        assertBatch(batch, List.of("q0", "q1"));
        JsonObject best = first(batch.getObj("q0"));
        assertEquals(person("lee-min-2"), best.getString("id"));
        assertTrue(best.getBoolean("match"));
        assertFalse(first(batch.getObj("q1")).getBoolean("match"), "two people share the name: not certain without properties");
    }

    @Test
    void limitCapsCandidates() throws Exception {
        JsonObject batch = getJson("?queries=" + enc("{\"q0\":{\"query\":\"United Nations\",\"limit\":1}}"));
        assertEquals(1, batch.getObj("q0").get("result").getAsArray().size());
    }

    @Test
    void suggestEntityTypeAndProperty() throws Exception {
        JsonObject e = getJson("/suggest/entity?prefix=" + enc("gene"));
        assertSuggest(e);
        List<String> ids = e.get("result").getAsArray().stream().map(v -> v.getAsObject().getString("id")).toList();
        assertTrue(ids.contains(place("geneva")) && ids.contains(org("united-nations-general-assembly")), ids.toString());
        JsonObject t = getJson("/suggest/type?prefix=org");
        assertSuggest(t);
        assertEquals(PL.Organization.getURI(), t.get("result").getAsArray().get(0).getAsObject().getString("id"));
        JsonObject p = getJson("/suggest/property?prefix=tit");
        assertSuggest(p);
        assertEquals(PL.title.getURI(), p.get("result").getAsArray().get(0).getAsObject().getString("id"));
    }

    @Test
    void previewIsEscapedHtml() throws Exception {
        HttpResponse<String> r = get("/preview?id=" + enc(person("x-script")));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("Eve &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"), r.body());
        assertFalse(r.body().contains("<script>"));
        assertEquals(404, get("/preview?id=" + enc("http://example.org/not-ours")).statusCode());
    }

    @Test
    void jsonpWrapsWhenACallbackIsGiven() throws Exception {
        HttpResponse<String> r = get("?callback=jsonp123");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"));
        String body = r.body();
        assertTrue(body.startsWith("jsonp123(") && body.endsWith(");"), body);
        assertManifest(JSON.parse(body.substring("jsonp123(".length(), body.length() - 2)));
        // A callback that is not an identifier is ignored rather than echoed into script.
        assertTrue(get("?callback=" + enc("alert(1)//")).headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void malformedQueriesAreABadRequest() throws Exception {
        assertEquals(400, get("?queries=" + enc("{not json")).statusCode());
        assertEquals(400, get("/suggest/entity").statusCode());
    }
}
