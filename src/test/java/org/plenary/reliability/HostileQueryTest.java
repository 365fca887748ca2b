package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;

/**
 * Queries meant to hurt, over HTTP against a real server: they get a clear status and the server keeps answering
 * everyone else. (Update, Graph Store writes, the result cap and one cartesian product are in publish/ tests.)
 */
class HostileQueryTest {
    @TempDir static Path tmp;
    static PlenaryDatabase db;
    static PlenaryServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int N = 2000;

    @BeforeAll
    static void start() {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        // A chain s0 -> s1 -> ... -> s1999 and a literal per node: paths and products over it are expensive.
        db.replace(out -> {
            Node g = NodeFactory.createURI("urn:graph");
            Node next = NodeFactory.createURI("urn:next"), label = NodeFactory.createURI("urn:label");
            for (int i = 0; i < N; i++) {
                out.quad(Quad.create(g, s(i), next, s((i + 1) % N)));
                out.quad(Quad.create(g, s(i), label, NodeFactory.createLiteralString("node " + i)));
            }
        });
        server = PlenaryServer.create().database(db).port(0).queryTimeout(Duration.ofSeconds(2)).maxResults(500).build().start();
    }

    static Node s(int i) { return NodeFactory.createURI("urn:s:" + i); }

    @AfterAll
    static void stop() {
        server.stop();
        db.currentGeneration().ifPresent(db::release);
    }

    static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(60)).build();
    }

    static HttpResponse<String> query(String q) throws Exception {
        return http.send(get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void malformedQueriesGet400WithTheParsersMessage() throws Exception {
        HttpResponse<String> r = query("SELECT ?s WHERE { ?s ?p }");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1, column"), "the parser says where: " + r.body());
        HttpResponse<String> prefix = query("SELECT * { ?s nope:p ?o }");
        assertEquals(400, prefix.statusCode());
        assertTrue(prefix.body().contains("nope"), prefix.body());
        HttpResponse<String> empty = http.send(get("/sparql?query="), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, empty.statusCode(), empty.body());
        HttpResponse<String> huge = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * {" + "{".repeat(5000))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, huge.statusCode(), "deeply nested groups are a parse error, not a crash");
    }

    @Test
    void unboundedPathsAreStoppedByTheTimeoutWhileCheapQueriesFromOtherClientsAnswer() throws Exception {
        // Every pair of nodes joined by the cycle, counted: N^2 path solutions times a product with the labels.
        List<String> expensive = List.of(
                "SELECT (COUNT(*) AS ?n) { ?a <urn:next>+ ?b . ?b <urn:next>* ?c }",
                "SELECT (COUNT(*) AS ?n) { ?a (<urn:next>|^<urn:next>)* ?b . ?c ?p ?d }",
                "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f FILTER(STR(?b) != STR(?f)) }");
        long t0 = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (String q : expensive)
            slow.add(http.sendAsync(get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString()));
        Thread.sleep(300);
        // Other clients keep being answered quickly while the expensive ones run.
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            HttpResponse<String> cheap = query("SELECT ?l { <urn:s:" + i + "> <urn:label> ?l }");
            assertEquals(200, cheap.statusCode());
            assertEquals("node " + i, cheap.body().lines().skip(1).findFirst().orElseThrow().trim());
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t) < 1500, "cheap query took too long");
        }
        for (CompletableFuture<HttpResponse<String>> f : slow) {
            HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
            assertEquals(503, r.statusCode(), "timed out: " + r.statusCode() + " " + r.body());
            assertTrue(r.body().contains("timed out"), "the status says why: " + r.body());
        }
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0) < 30);
        assertEquals(200, query("ASK {}").statusCode());
    }

    @Test
    void constructAndDescribeResultsAreCappedToo() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sparql?query="
                + URLEncoder.encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        long triples = r.body().lines().filter(l -> !l.isBlank()).count();
        assertTrue(triples <= 500 && triples > 0, triples + " triples");
        HttpResponse<String> select = query("SELECT * { ?s ?p ?o }");
        assertEquals(500, select.body().lines().skip(1).count());
    }

    @Test
    void adminPathsAreNotServed() throws Exception {
        for (String path : List.of("/$/datasets", "/$/server", "/$/stats", "/$/metrics", "/$/backup/ds", "/$/compact/ds",
                "/$/tasks", "/$/logs", "/$/reload", "/$/sleep")) {
            int get = http.send(get(path), HttpResponse.BodyHandlers.discarding()).statusCode();
            int post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                    .POST(HttpRequest.BodyPublishers.ofString("dbName=x&dbType=tdb2"))
                    .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(get >= 400 && get < 500, path + " GET answered " + get);
            assertTrue(post >= 400 && post < 500, path + " POST answered " + post);
        }
    }

    @Test
    void traversalOutsideDumpsAndUnknownPagesIs404() throws Exception {
        for (String path : List.of("/page/../pom.xml", "/page/%2e%2e/pom.xml", "/page/..%2f..%2fpom.xml",
                "/dumps/../current/tdb2/tdb.lock", "/dumps/%2e%2e%2f%2e%2e%2fpom.xml", "/dumps/..../..../pom.xml",
                "/id/../dumps/../pom.xml")) {
            HttpResponse<String> r = http.send(get(path), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("root:") || r.body().contains("<project"), path + " leaked a file");
        }
    }

    /** A path that climbs above the root, or has empty segments, a doubly encoded dot or an encoded NUL finds nothing (404): never a file. */
    @Test
    void pathsClimbingAboveTheRootAreRefused() throws Exception {
        for (String path : List.of("/page/../../../../etc/passwd", "/page/%2e%2e/%2e%2e/pom.xml", "/dumps/../../../../etc/passwd", "/../pom.xml", "/dumps/....//....//pom.xml", "/dumps/%252e%252e/pom.xml", "/dumps/plenary.nq%00.txt")) {
            HttpResponse<String> r = http.send(get(path), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), path + " answered " + r.statusCode());
            assertFalse(r.body().contains("root:") || r.body().contains("<project"), path + " leaked a file");
        }
    }
}
