package org.plenary.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.store.PlenaryDatabase;
import org.plenary.store.SampleData;

/** A real Fuseki on a free loopback port over a real TDB2 database, spoken to over HTTP. */
class PlenaryServerTest {
    @TempDir static Path tmp;
    static PlenaryDatabase db;
    static PlenaryServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        server = PlenaryServer.create().database(db).port(0).loopback(true)
                .queryTimeout(Duration.ofSeconds(10)).base("https://example.org/").build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        db.currentGeneration().ifPresent(db::release);
    }

    static String url(String path) { return "http://localhost:" + server.port() + path; }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        // A refused write may be answered before its body is read, and the server then closes the connection;
        // a fresh client per write keeps the next request from racing that close on a pooled connection.
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static String contentType(HttpResponse<?> r) { return r.headers().firstValue("Content-Type").orElse(""); }

    static List<String> names(ResultSet rs) {
        List<String> names = new java.util.ArrayList<>();
        rs.forEachRemaining(s -> names.add(s.getLiteral("name").getString()));
        return names;
    }

    @Test
    void getWithJsonAcceptJoinsAcrossGraphsThroughTheUnionDefaultGraph() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc(SampleData.JOIN_QUERY), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/sparql-results+json"), contentType(r));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(List.of(SampleData.NAME), names(rs));
    }

    @Test
    void getWithXmlAccept() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc(SampleData.JOIN_QUERY), "application/sparql-results+xml");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/sparql-results+xml"), contentType(r));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML);
        assertEquals(List.of(SampleData.NAME), names(rs));
    }

    @Test
    void getWithCsvAndTsvAccept() throws Exception {
        HttpResponse<String> csv = get("/sparql?query=" + enc(SampleData.JOIN_QUERY), "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(contentType(csv).startsWith("text/csv"), contentType(csv));
        assertEquals(List.of("name,text", SampleData.NAME + "," + SampleData.TEXT), csv.body().lines().toList());

        HttpResponse<String> tsv = get("/sparql?query=" + enc(SampleData.JOIN_QUERY), "text/tab-separated-values");
        assertEquals(200, tsv.statusCode());
        assertTrue(contentType(tsv).startsWith("text/tab-separated-values"), contentType(tsv));
        assertEquals(List.of("?name\t?text", "\"" + SampleData.NAME + "\"\t\"" + SampleData.TEXT + "\""), tsv.body().lines().toList());
    }

    @Test
    void postOfSparqlQueryBodyAndOfForm() throws Exception {
        HttpRequest direct = HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(SampleData.JOIN_QUERY)).build();
        HttpResponse<String> r1 = http.send(direct, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r1.statusCode(), r1.body());
        assertTrue(r1.body().contains(SampleData.NAME));

        HttpRequest form = HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(SampleData.JOIN_QUERY))).build();
        HttpResponse<String> r2 = http.send(form, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r2.statusCode(), r2.body());
        assertTrue(r2.body().contains(SampleData.NAME));
    }

    @Test
    void corsHeadersOnSparql() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url("/sparql?query=" + enc("ASK {}"))))
                .header("Origin", "https://other.example").build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
    }

    private long tripleCount() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), "text/csv");
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    @Test
    void updateIsRefused() throws Exception {
        long before = tripleCount();
        String update = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> <urn:o> } }";
        int viaForm = send("POST", "/sparql", "application/x-www-form-urlencoded", "update=" + enc(update)).statusCode();
        int viaBody = send("POST", "/sparql", "application/sparql-update", update).statusCode();
        int viaUpdateEndpoint = send("POST", "/update", "application/sparql-update", update).statusCode();
        int viaDsUpdate = send("POST", "/ds/update", "application/sparql-update", update).statusCode();
        for (int status : List.of(viaForm, viaBody, viaUpdateEndpoint, viaDsUpdate))
            assertTrue(status >= 400 && status < 500, "update answered " + status);
        assertEquals(before, tripleCount());
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        long before = tripleCount();
        String turtle = "<urn:s> <urn:p> <urn:o> .";
        List<Integer> statuses = List.of(
                send("PUT", "/sparql?default", "text/turtle", turtle).statusCode(),
                send("PUT", "/?graph=urn:g", "text/turtle", turtle).statusCode(),
                send("POST", "/?graph=urn:g", "text/turtle", turtle).statusCode(),
                send("PUT", "/data?graph=urn:g", "text/turtle", turtle).statusCode(),
                send("PUT", "/ds/data?default", "text/turtle", turtle).statusCode(),
                send("DELETE", "/?graph=" + enc(SampleData.SOURCE_GRAPH.getURI()), "text/plain", "").statusCode());
        for (int status : statuses)
            assertTrue(status >= 400 && status < 500, "graph store write answered " + statuses);
        assertEquals(before, tripleCount());
    }

    @Test
    void pingAndHomePage() throws Exception {
        assertEquals(200, get("/$/ping", null).statusCode());
        HttpResponse<String> home = get("/", null);
        assertEquals(200, home.statusCode());
        assertTrue(contentType(home).startsWith("text/plain"));
        assertTrue(home.body().contains("/sparql"));
    }

    @Test
    void dumpsListingNamesEveryFile() throws Exception {
        HttpResponse<String> r = get("/dumps/", null);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"));
        for (String name : List.of("plenary.ttl", "plenary.ttl.gz", "plenary.trig", "plenary.trig.gz", "plenary.nq",
                "plenary.nq.gz", "SHA256SUMS", "plenary.ttl.sha256", "plenary.nq.gz.sha256"))
            assertTrue(r.body().contains("href=\"" + name + "\""), name + " not listed");
    }

    @Test
    void dumpsAreServedWithTheirContentTypes() throws Exception {
        assertTrue(contentType(getBytes("/dumps/plenary.ttl")).startsWith("text/turtle"));
        assertTrue(contentType(getBytes("/dumps/plenary.trig")).startsWith("application/trig"));
        assertTrue(contentType(getBytes("/dumps/plenary.nq")).startsWith("application/n-quads"));
        assertEquals("application/gzip", contentType(getBytes("/dumps/plenary.nq.gz")));
        assertTrue(contentType(getBytes("/dumps/plenary.ttl.sha256")).startsWith("text/plain"));
        assertTrue(contentType(getBytes("/dumps/SHA256SUMS")).startsWith("text/plain"));
    }

    @Test
    void checksumFilesMatchTheServedBytes() throws Exception {
        String sums = get("/dumps/SHA256SUMS", null).body();
        List<String> lines = sums.lines().toList();
        assertEquals(6, lines.size());
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            byte[] bytes = getBytes("/dumps/" + parts[1]).body();
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(actual, parts[0], parts[1]);
            assertEquals(line + "\n", get("/dumps/" + parts[1] + ".sha256", null).body());
        }
    }

    @Test
    void trigDumpParsesBackToTheSameQuadsAndGzipHoldsTheSameBytes() throws Exception {
        byte[] trig = getBytes("/dumps/plenary.trig").body();
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(trig)).lang(Lang.TRIG).parse(parsed);
        assertEquals(SampleData.QUADS, parsed.stream().count());
        assertTrue(parsed.contains(SampleData.RESOLUTION_GRAPH, SampleData.PERSON, SampleData.n(org.plenary.graph.PL.name),
                org.apache.jena.graph.NodeFactory.createLiteralString(SampleData.NAME)));

        byte[] gz = getBytes("/dumps/plenary.trig.gz").body();
        assertArrayEquals(trig, new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes());

        Graph ttl = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(getBytes("/dumps/plenary.ttl").body())).lang(Lang.TURTLE).parse(ttl);
        assertEquals(SampleData.UNION_TRIPLES, ttl.size());
        assertEquals("https://w3id.org/plenary/ontology#", ttl.getPrefixMapping().getNsPrefixURI("pl"));
    }

    @Test
    void traversalAndUnknownDumpNamesAre404() throws Exception {
        for (String path : List.of("/dumps/../pom.xml", "/dumps/%2e%2e/pom.xml", "/dumps/..%2f..%2fetc%2fpasswd",
                "/dumps/%2e%2e%2ftdb2%2ftdb.lock", "/dumps/..%5ctdb2", "/dumps/.hidden", "/dumps/nope.ttl",
                "/dumps/plenary.ttl/x"))
            assertEquals(404, getBytes(path).statusCode(), path);
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertEquals(404, get("/nothing/here", null).statusCode());
    }

}
