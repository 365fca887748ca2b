package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.store.DumpWriter;

/**
 * {@code /dumps/} and {@code /.well-known/void} of a real server (tiny corpus, real TDB2 database and its dumps): a
 * page in the site's style for a browser, machine forms for other clients. Expected checksums are read from the
 * published SHA256SUMS, expected counts from the tiny corpus's data.
 */
class DumpsAndVoidInBrowserFormsOverHttpTest {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    @TempDir static Path tmp;
    static TinySite site;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() { site = TinySite.start(tmp); }

    @AfterAll
    static void stop() { site.close(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + site.server().port() + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String type(HttpResponse<?> r) { return r.headers().firstValue("Content-Type").orElse(""); }

    /** name -> SHA-256 as the published SHA256SUMS states them. */
    static List<String[]> sums() throws Exception {
        Path dir = site.db().currentDumps().orElseThrow();
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(DumpWriter.SUMS))) out.add(line.trim().split("\\s+\\*?", 2));
        assertFalse(out.isEmpty());
        return out;
    }

    @Test
    void theDumpsListingIsASitePageWithEachFilesChecksumForABrowser() throws Exception {
        HttpResponse<String> r = get("/dumps/", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("text/html"));
        assertTrue(r.body().contains("<header class=\"site\">"), "the site's header");
        assertTrue(r.body().contains("<h1>Dumps</h1>"), r.body());
        for (String[] s : sums()) {
            assertTrue(r.body().contains("<a href=\"" + s[1] + "\">" + s[1] + "</a>"), s[1]);
            assertTrue(r.body().contains("<code class=\"checksum\">" + s[0] + "</code>"), s[1] + " " + s[0]);
        }
    }

    @Test
    void theDumpsListingIsJsonOrPlainNamesForClientsThatAskForThem() throws Exception {
        HttpResponse<String> json = get("/dumps/", "application/json");
        assertTrue(type(json).startsWith("application/json"), type(json));
        assertEquals("Accept", json.headers().firstValue("Vary").orElse(null));
        JsonObject doc = JSON.parse(json.body());
        List<String[]> sums = sums();
        for (String[] s : sums) {
            JsonObject f = doc.get("files").getAsArray().stream().map(JsonValue::getAsObject)
                    .filter(o -> o.get("name").getAsString().value().equals(s[1])).findFirst().orElseThrow(() -> new AssertionError(s[1]));
            assertEquals(s[0], f.get("sha256").getAsString().value());
            assertEquals(Files.size(site.db().currentDumps().orElseThrow().resolve(s[1])), f.get("bytes").getAsNumber().value().longValue());
        }
        HttpResponse<String> plain = get("/dumps/", "text/plain");
        assertTrue(type(plain).startsWith("text/plain"), type(plain));
        List<String> names = plain.body().lines().toList();
        for (String[] s : sums) assertTrue(names.contains(s[1]), s[1]);
        assertTrue(names.contains(DumpWriter.SUMS));
        // no preference: the page, as before
        assertTrue(type(get("/dumps/", null)).startsWith("text/html"));
    }

    @Test
    void theDatasetDescriptionReadsAsAPageForABrowserAndStaysRdfForOthers() throws Exception {
        HttpResponse<String> r = get("/.well-known/void", BROWSER);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<header class=\"site\">"));
        assertTrue(html.contains("<h2>What it holds</h2>"), html);
        // the tiny corpus holds two people (Eve Example, Bob Builder) and one meeting
        assertTrue(html.replaceAll("\\s+", " ").contains("<abbr title=\"https://w3id.org/plenary/ontology#Person\">Person</abbr></td><td class=\"number\">2</td>"), html);
        assertTrue(html.replaceAll("\\s+", " ").contains("<abbr title=\"https://w3id.org/plenary/ontology#Meeting\">Meeting</abbr></td><td class=\"number\">1</td>"), html);
        for (String[] s : sums()) {
            if (s[1].endsWith(".sha256")) continue;
            assertTrue(html.contains("<a href=\"/dumps/" + s[1] + "\">" + s[1] + "</a>"), s[1]);
        }
        assertTrue(html.contains("<a href=\"" + DatasetDescription.DATA_LICENSE + "\">"), "the dataset's licence");
        assertTrue(html.contains("<details class=\"turtle\">"), "the triples, folded");
        HttpResponse<String> ttl = get("/.well-known/void", "text/turtle");
        assertTrue(type(ttl).startsWith("text/turtle"));
        assertTrue(ttl.body().contains("void:classPartition"), ttl.body());
    }
}
