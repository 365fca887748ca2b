package org.plenary.publish;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.PlenaryException;
import org.plenary.store.PlenaryDatabase;
import org.plenary.store.SampleData;

/** The server over a database that changes under it, and a query that runs too long. */
class PlenaryServerLifecycleTest {
    @TempDir Path tmp;
    PlenaryDatabase db;
    PlenaryServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        if (db != null) db.currentGeneration().ifPresent(db::release);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    List<String> names() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + URLEncoder.encode(SampleData.JOIN_QUERY, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    @Test
    void failedReplaceKeepsServingTheOldDataAndASecondReplaceIsServed() throws Exception {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        server = PlenaryServer.create().database(db).port(0).build().start();
        assertEquals(List.of(SampleData.NAME), names());

        assertThrows(IllegalStateException.class, () -> db.replace(out -> {
            SampleData.write(out, "Half Written");
            throw new IllegalStateException("build failed");
        }));
        assertEquals(List.of(SampleData.NAME), names());

        db.replace(out -> SampleData.write(out, "Ada Renamed"));
        assertEquals(List.of("Ada Renamed"), names());
        String dumps = get("/dumps/plenary.trig").body();
        assertTrue(dumps.contains("Ada Renamed"), "dumps of the new generation");
        assertFalse(dumps.contains(SampleData.NAME + "\""), "no dump of the old generation");
    }

    @Test
    void cartesianProductIsStoppedByTheTimeoutWhilePingAnswers() throws Exception {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(out -> {
            for (int i = 0; i < 3000; i++)
                out.quad(Quad.create(SampleData.iri("urn:graph:" + (i % 3)), SampleData.iri("urn:s:" + i),
                        SampleData.iri("urn:p"), NodeFactory.createLiteralString("o" + i)));
        });
        server = PlenaryServer.create().database(db).port(0).queryTimeout(Duration.ofSeconds(2)).build().start();
        // 3000^3 solutions: hours of work without the timeout.
        String cartesian = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sparql?query="
                        + URLEncoder.encode(cartesian, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        assertFalse(slow.isDone(), "the query is still running");
        assertEquals(200, get("/$/ping").statusCode());
        HttpResponse<String> r = slow.get(60, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        assertTrue(r.statusCode() >= 500, "timed-out query answered " + r.statusCode() + ": " + r.body());
        assertTrue(seconds < 30, "stopped after " + seconds + "s");
        assertEquals(200, get("/$/ping").statusCode());
    }

    @Test
    void resultsAreCappedUnlessTheQueryAsksForFewer() throws Exception {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(out -> {
            for (int i = 0; i < 50; i++)
                out.quad(Quad.create(SampleData.iri("urn:graph"), SampleData.iri("urn:s:" + i), SampleData.iri("urn:p"), SampleData.iri("urn:o")));
        });
        server = PlenaryServer.create().database(db).port(0).maxResults(20).build().start();
        String all = URLEncoder.encode("SELECT ?s { ?s ?p ?o }", StandardCharsets.UTF_8);
        assertEquals(20, get("/sparql?query=" + all).body().lines().skip(1).count());
        String five = URLEncoder.encode("SELECT ?s { ?s ?p ?o } LIMIT 5", StandardCharsets.UTF_8);
        assertEquals(5, get("/sparql?query=" + five).body().lines().skip(1).count());
    }

    @Test
    void startingOnAnEmptyDatabaseNamesThePath() {
        db = PlenaryDatabase.at(tmp.resolve("empty"));
        PlenaryException e = assertThrows(PlenaryException.class, () -> PlenaryServer.create().database(db).build().start());
        assertTrue(e.getMessage().contains(tmp.resolve("empty").toString()));
    }
}
