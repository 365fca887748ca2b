package org.plenary.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.store.PlenaryDatabase;
import org.plenary.store.SampleData;

/**
 * The server keeps slow SELECT answers per published generation: a real server over a real TDB2 database, over
 * HTTP. Answers are kept here whatever their time ({@code keepAnswersAfter(ZERO)}), so the sample data exercises
 * the same path as a slow whole-corpus listing.
 */
class ResultCacheOverHttpTest {
    @TempDir Path tmp;
    PlenaryDatabase db;
    PlenaryServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void start(boolean warm) {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        server = PlenaryServer.create().database(db).port(0).keepAnswersAfter(Duration.ZERO).warm(warm).build().start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        if (db != null) db.currentGeneration().ifPresent(db::release);
    }

    HttpResponse<String> ask(String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheKeptAnswerWithTheSameBytesInEveryFormat() throws Exception {
        start(false);
        HttpResponse<String> first = ask(SampleData.JOIN_QUERY, "application/sparql-results+json");
        assertEquals(200, first.statusCode());
        assertEquals(0, server.answers().hits());
        assertEquals(1, server.answers().size());
        HttpResponse<String> second = ask(SampleData.JOIN_QUERY, "application/sparql-results+json");
        assertEquals(1, server.answers().hits());
        assertEquals(first.body(), second.body());
        assertTrue(second.body().contains(SampleData.NAME), second.body());
        // The same query laid out differently is the same question; the format is chosen per request.
        HttpResponse<String> csv = ask(SampleData.JOIN_QUERY.replace("\n", "\n   "), "text/csv");
        assertEquals(2, server.answers().hits());
        assertEquals(List.of("name,text", SampleData.NAME + "," + SampleData.TEXT), csv.body().lines().toList());
    }

    @Test
    void aNewGenerationIsNeverAnsweredFromThePreviousOnesAnswers() throws Exception {
        start(false);
        assertTrue(ask(SampleData.JOIN_QUERY, "text/csv").body().contains(SampleData.NAME));
        ResultCache before = server.answers();
        db.replace(out -> SampleData.write(out, "Ada Renamed"));
        String after = ask(SampleData.JOIN_QUERY, "text/csv").body();
        assertTrue(after.contains("Ada Renamed"), after);
        assertFalse(after.contains(SampleData.NAME + ","), after);
        assertNotSame(before, server.answers());
    }

    @Test
    void answersThatCanChangeOnTheSameDataAreNeverKept() throws Exception {
        start(false);
        for (String q : List.of(
                "SELECT (NOW() AS ?t) { }",
                "SELECT (RAND() AS ?r) { ?s ?p ?o }",
                "SELECT (STRUUID() AS ?u) { }",
                "SELECT (BNODE() AS ?b) { }",
                "SELECT * FROM <" + SampleData.SOURCE_GRAPH.getURI() + "> { ?s ?p ?o }",
                "SELECT * { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }")) {
            Query parsed = QueryFactory.create(q, Syntax.syntaxARQ);
            parsed.setLimit(10);
            assertFalse(ResultCache.cacheable(parsed), q);
        }
        ask("SELECT (STRUUID() AS ?u) { }", "text/csv");
        HttpResponse<String> a = ask("SELECT (STRUUID() AS ?u) ?s { ?s ?p ?o }", "text/csv");
        HttpResponse<String> b = ask("SELECT (STRUUID() AS ?u) ?s { ?s ?p ?o }", "text/csv");
        assertNotEquals(a.body(), b.body());
        assertEquals(0, server.answers().size());
        assertEquals(0, server.answers().hits());
    }

    @Test
    void theShippedCompetencyQueriesAreAskedInTheBackgroundWhenAGenerationIsServed() throws Exception {
        start(true);
        long shipped;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            shipped = files.filter(p -> p.toString().endsWith(".rq")).filter(p -> {
                try {
                    Query q = QueryFactory.create(Files.readString(p), Syntax.syntaxARQ);
                    q.setLimit(10_000);
                    return ResultCache.cacheable(q);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
        assertTrue(shipped >= 10, "shipped cacheable queries: " + shipped);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.answers().size() < shipped && System.nanoTime() < deadline) Thread.sleep(50);
        assertEquals(shipped, server.answers().size());
        HttpResponse<String> r = ask(Files.readString(Path.of("queries/statements.rq")), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals(1, server.answers().hits());
        assertTrue(r.body().contains(SampleData.TEXT), r.body());
    }
}
