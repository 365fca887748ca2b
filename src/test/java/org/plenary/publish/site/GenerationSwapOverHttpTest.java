package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.PL;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;

/**
 * Pages and descriptions are kept per published generation: after a new generation is published under the running
 * server, the same URLs answer the new content with new validators, an old ETag gets the new content (not a 304),
 * and the new ETag gets a 304.
 */
class GenerationSwapOverHttpTest {
    static final String NEW_SPELLING = "Evelyn Newname";
    @TempDir Path tmp;
    PlenaryDatabase db;
    PlenaryServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(TinyCorpus::write);
        server = PlenaryServer.create().database(db).port(0).loopback(true).base(TinyCorpus.BASE).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        db.currentGeneration().ifPresent(db::release);
    }

    HttpResponse<String> get(String path, String accept, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(30));
        if (ifNoneMatch != null) b.header("If-None-Match", ifNoneMatch);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String etag(HttpResponse<?> r) { return r.headers().firstValue("ETag").orElseThrow(); }

    /** The same corpus plus one more spelling of the person. */
    void publishWithANewSpelling() {
        db.replace(out -> {
            TinyCorpus.write(out);
            out.quad(Quad.create(NodeFactory.createURI(TinyCorpus.BASE + "graph/resolution"), NodeFactory.createURI(TinyCorpus.PERSON),
                    PL.altName.asNode(), NodeFactory.createLiteralString(NEW_SPELLING)));
        });
    }

    @Test
    void aPageKeptForOneGenerationIsRemadeForTheNext() throws Exception {
        String page = "/page/person/eve-example";
        HttpResponse<String> before = get(page, "text/html", null);
        assertEquals(200, before.statusCode());
        assertFalse(before.body().contains(NEW_SPELLING));
        assertEquals(304, get(page, "text/html", etag(before)).statusCode(), "kept and still current");
        publishWithANewSpelling();
        HttpResponse<String> after = get(page, "text/html", etag(before));
        assertEquals(200, after.statusCode(), "the old ETag is stale after the swap");
        assertTrue(after.body().contains(NEW_SPELLING), "the page is made from the new generation");
        assertNotEquals(etag(before), etag(after));
        assertEquals(304, get(page, "text/html", etag(after)).statusCode());
    }

    @Test
    void aDescriptionKeptForOneGenerationIsRemadeForTheNext() throws Exception {
        String data = "/data/person/eve-example";
        HttpResponse<String> before = get(data, "text/turtle", null);
        assertFalse(before.body().contains(NEW_SPELLING));
        assertEquals(before.body(), get(data, "text/turtle", null).body(), "the same generation, the same bytes");
        publishWithANewSpelling();
        HttpResponse<String> after = get(data, "text/turtle", etag(before));
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains(NEW_SPELLING));
        assertNotEquals(etag(before), etag(after));
        assertEquals(304, get(data, "text/turtle", etag(after)).statusCode());
    }
}
