package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 404 and 406 answers of a real server (tiny corpus in a real TDB2 database): a page in the site's style for a
 * browser, with no Java class or server name in it; the plain and JSON answers other clients had before.
 */
class ErrorPagesOverHttpTest {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    @TempDir static Path tmp;
    static TinySite site;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

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

    static void styled(HttpResponse<String> r, String heading) {
        assertTrue(type(r).startsWith("text/html"), type(r));
        String html = r.body();
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/static/site.css\">"), "the site's stylesheet: " + html);
        assertTrue(html.contains("<header class=\"site\">"), "the site's header");
        assertTrue(html.contains("<h1>" + heading + "</h1>"), html);
        assertFalse(html.matches("(?s).*\\b(org|java|jakarta)\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w*.*"), "a Java class name: " + html);
        assertFalse(html.toLowerCase().contains("jetty"), "the server's name: " + html);
    }

    @Test
    void unknownPathsAnswerABrowserWithTheSitesNotFoundPage() throws Exception {
        for (String path : List.of("/no/such/thing", "/dumps/no-such-dump.ttl", "/data/person/nobody-at-all", "/static/nothing.css")) {
            HttpResponse<String> r = get(path, BROWSER);
            assertEquals(404, r.statusCode(), path);
            styled(r, "Not Found");
            assertTrue(r.body().contains("<code>" + path + "</code>"), path + ": " + r.body());
            assertTrue(r.body().contains("href=\"/search\""), "a way on");
        }
    }

    @Test
    void aPathWithMarkupIsShownEscaped() throws Exception {
        HttpResponse<String> r = get("/no/%3Cscript%3Ealert(1)%3C%2Fscript%3E", BROWSER);
        assertEquals(404, r.statusCode());
        assertFalse(r.body().contains("<script>alert(1)"), r.body());
    }

    @Test
    void apiClientsKeepTheirJsonAndPlainAnswers() throws Exception {
        HttpResponse<String> json = get("/no/such/thing", "application/json");
        assertEquals(404, json.statusCode());
        assertTrue(type(json).startsWith("application/json"), type(json));
        assertEquals("404", JSON.parse(json.body()).get("status").getAsString().value());
        HttpResponse<String> plain = get("/no/such/thing", "text/plain");
        assertEquals(404, plain.statusCode());
        assertTrue(type(plain).startsWith("text/plain"), type(plain));
        assertFalse(plain.body().contains("<"), plain.body());
    }

    @Test
    void anUnacceptableFormatAnswersABrowserWithTheFormatsOnOfferAsLinks() throws Exception {
        HttpResponse<String> r = get("/data/person/eve-example?format=xlsx", BROWSER);
        assertEquals(406, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
        styled(r, "Not Acceptable");
        assertTrue(r.body().contains("<a href=\"?format=ttl\">ttl</a>"), r.body());
        assertTrue(r.body().contains("<code>text/turtle</code>"), r.body());
        // an RDF client keeps the plain list
        HttpResponse<String> plain = get("/data/person/eve-example", "image/png");
        assertEquals(406, plain.statusCode());
        assertTrue(type(plain).startsWith("text/plain"), type(plain));
        assertTrue(plain.body().startsWith("Not acceptable. Offered: text/turtle"), plain.body());
    }
}
