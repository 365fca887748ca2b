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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.store.PlenaryDatabase;

/** The query lane: a bounded number of running queries, some kept for clients that have not used much lately. */
class QueryLaneTest {
    static final Duration NO_WAIT = Duration.ofMillis(1);

    @Test
    void heavyClientsShareOnlyTheirSlotsAndOthersStillGetOne() throws Exception {
        QueryLane lane = new QueryLane(3, 2, Duration.ofMillis(50));
        // Two clients run long queries: once they have spent more than the light budget, they are heavy.
        try (QueryLane.Slot a = lane.enter("a", NO_WAIT); QueryLane.Slot b = lane.enter("b", NO_WAIT)) {
            assertNotNull(a);
            assertNotNull(b);
            Thread.sleep(120);
        }
        assertTrue(lane.isHeavy("a") && lane.isHeavy("b"));
        assertFalse(lane.isHeavy("c"));
        QueryLane.Slot a = lane.enter("a", NO_WAIT), b = lane.enter("b", NO_WAIT);
        assertNotNull(a);
        assertNotNull(b);
        assertNull(lane.enter("a", NO_WAIT), "heavy clients hold at most 2 of the 3 slots");
        QueryLane.Slot c = lane.enter("c", NO_WAIT);
        assertNotNull(c, "a light client gets the kept slot");
        assertNull(lane.enter("d", NO_WAIT), "no slot left at all");
        a.close();
        assertNotNull(lane.enter("d", NO_WAIT), "a freed slot goes to the next");
        b.close();
        c.close();
    }

    @Test
    void aQueryWaitingOnItsClientGivesItsSlotUpAndTakesItBack() throws Exception {
        QueryLane lane = new QueryLane(1, 1, Duration.ofSeconds(10));
        QueryLane.Slot waiting = lane.enter("slow-reader", NO_WAIT);
        assertNull(lane.enter("other", NO_WAIT));
        waiting.yieldWhileBlocked();
        QueryLane.Slot other = lane.enter("other", NO_WAIT);
        assertNotNull(other, "the yielded slot serves another query");
        assertFalse(waiting.resume(), "no slot to go on with while the other runs");
        other.close();
        assertTrue(waiting.resume());
        assertEquals(1, lane.busy());
        waiting.close();
        assertEquals(0, lane.busy());
    }

    /**
     * The wait for a slot counts against the timeout: with one slot held by a query that runs to its 2 s timeout, a
     * query arriving 0.5 s later waits about 1.5 s and then has only what is left of its own 2 s, not 2 s more.
     */
    @Test
    void aQueryThatWaitedForItsSlotRunsOnlyWhatIsLeftOfItsTimeout(@TempDir Path tmp) throws Exception {
        PlenaryDatabase db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(out -> {
            Node g = NodeFactory.createURI("urn:graph");
            // Matching "^(.*a){20}$" against this backtracks until the query's timeout stops it.
            out.quad(Quad.create(g, NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:code"),
                    NodeFactory.createLiteralString("a".repeat(30) + "b")));
        });
        PlenaryServer server = PlenaryServer.create().database(db).port(0).queryTimeout(Duration.ofSeconds(2))
                .warm(false).queryLane(new QueryLane(1, 1, Duration.ofSeconds(60))).build().start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String slow = "SELECT ?s { ?s <urn:code> ?c FILTER REGEX(?c, \"^(.*a){20}$\") }";
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + URLEncoder.encode(slow, StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
            // The engine's classes load on the first query: not what this test times.
            http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
            CompletableFuture<HttpResponse<String>> first = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            long t0 = System.nanoTime();
            HttpResponse<String> waiting = http.send(request, HttpResponse.BodyHandlers.ofString());
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertEquals(503, first.get(10, TimeUnit.SECONDS).statusCode(), "the first query ran to its timeout");
            assertEquals(503, waiting.statusCode(), waiting.body());
            assertFalse(waiting.body().contains("Exception"), waiting.body());
            // 2 s in all, waiting included (before, it could wait 2 s and then run 2 s more); 600 ms for a busy machine.
            assertTrue(ms < 2600, "the waiting query took " + ms + " ms under a 2 s timeout");
        } finally {
            server.stop();
        }
    }
}
