package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.PL;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;

/**
 * Pages built from data a hostile article or catalogue could carry: a {@code javascript:} URL is shown, not linked;
 * a right-to-left override in a name stays inside the name; search input is words, never syntax that fails.
 */
class UntrustedDataInPagesTest {
    @TempDir static Path tmp;
    static PlenaryDatabase db;
    static PlenaryServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final String SCRIPT_URL = "javascript:alert(document.domain)";
    static final String MALLORY = TinyCorpus.BASE + "id/person/mallory";
    /** Shown as is, the override would make the rest of the line read backwards ("exe.gnp" for "png.exe"). */
    static final String OVERRIDDEN_NAME = "Mallory \u202Egnp.exe";

    @BeforeAll
    static void start() {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(out -> {
            TinyCorpus.write(out);
            Node g = NodeFactory.createURI(TinyCorpus.BASE + "graph/source/tiny-2024-01");
            out.quad(Quad.create(g, NodeFactory.createURI(TinyCorpus.SOURCE), PL.url.asNode(), NodeFactory.createURI(SCRIPT_URL)));
            Node r = NodeFactory.createURI(TinyCorpus.BASE + "graph/resolution");
            Node mallory = NodeFactory.createURI(MALLORY);
            out.quad(Quad.create(r, mallory, org.apache.jena.vocabulary.RDF.type.asNode(), PL.Person.asNode()));
            out.quad(Quad.create(r, mallory, PL.name.asNode(), NodeFactory.createLiteralString(OVERRIDDEN_NAME)));
        });
        server = PlenaryServer.create().database(db).port(0).base(TinyCorpus.BASE).warm(false).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        db.currentGeneration().ifPresent(db::release);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aJavascriptUrlInTheCatalogueIsShownButNeverLinked() throws Exception {
        HttpResponse<String> page = get("/page/source/tiny-2024-01");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(SCRIPT_URL), "the URL is shown as text");
        assertFalse(page.body().contains("href=\"javascript:"), "no javascript: link");
        assertFalse(page.body().toLowerCase().contains("href=\"javascript"), page.body());
    }

    @Test
    void aRightToLeftOverrideInANameStaysInsideTheName() throws Exception {
        HttpResponse<String> page = get("/page/person/mallory");
        assertEquals(200, page.statusCode());
        String body = page.body();
        // Every occurrence of the name is wrapped in an isolate and its override closed within it.
        String isolated = "\u2068" + OVERRIDDEN_NAME + "\u202C\u2069";
        assertTrue(body.contains(isolated), "the name is isolated");
        assertEquals(body.split("\u202E", -1).length - 1, body.split(java.util.regex.Pattern.quote(isolated), -1).length - 1,
                "an override outside an isolate");
        // Ordinary text is printed as it was.
        assertTrue(get("/page/person/bob-builder").body().contains(">Bob Builder<"));
    }

    @Test
    void searchOperatorsAndStrayBackslashesAreSearchedAsWords() throws Exception {
        for (String q : List.of("AND", "OR", "NOT", "Eve AND", "\\", "Eve\\", "\"Eve", "Eve)", "title:(", "*", "?", "~", "Eve^", "[a TO", "/re/")) {
            HttpResponse<String> r = get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), q + ": " + r.body());
            assertFalse(r.body().contains("Exception") || r.body().contains("org.apache"), q + ": " + r.body());
        }
        HttpResponse<String> words = get("/search?q=" + URLEncoder.encode("Eve AND Example", StandardCharsets.UTF_8));
        assertTrue(words.body().contains("/page/person/eve-example"), "the words still find the person");
    }

    @Test
    void errorPagesNameNoJavaClass() throws Exception {
        for (String path : List.of("/page/person/%", "/search?q=%ZZ", "/sparql?query=SELECT", "/data/person/eve-example?format=nope",
                "/dumps/nope.nq", "/id/", "/page/", "/static/../x")) {
            HttpResponse<String> r;
            try {
                r = get(path);
            } catch (IllegalArgumentException notSendable) {
                continue; // HttpClient refuses to send it: AbusiveClientsTest sends such requests raw
            }
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " " + r.statusCode());
            assertFalse(r.body().matches("(?s).*\\b(java|javax|jakarta|org\\.apache|org\\.eclipse)\\.[a-z]+.*"), path + ": " + r.body());
            assertFalse(r.body().contains("Exception"), path + ": " + r.body());
        }
    }
}
