package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.it.SeedCorpus;

/**
 * {@code /disputes} and the dispute markers of pages, over HTTP on the seed server (no browser): filters by query
 * parameter, CSV, the SPARQL link, a 400 naming a bad parameter, the home page's counts. Expected values are read
 * from the seed articles and data/reference/reference.ttl.
 */
class DisputesOverHttpTest {
    static SeedCorpus seeds;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() { seeds = SeedCorpus.get(); }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + seeds.server.port() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void theCsvHasEachValueOfTheThreeKnownErrorsWithItsSource() throws Exception {
        HttpResponse<String> r = get("/disputes?format=csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertTrue(lines.get(0).startsWith("conflict,kind,subject,subjectName,property,value"), lines.get(0));
        String korea = seeds.iris.source("koreadaily-2025-05-un-defectors"), christian = seeds.iris.source("christiandaily-2025-05-unga-high-level-meeting");
        // the convener: the Korea Daily says Dennis Francis, the Korean foreign ministry's release Philémon Yang
        assertTrue(lines.stream().anyMatch(l -> l.contains("#convenedBy") && l.contains(",Dennis Francis,") && l.contains(korea)), r.body());
        assertTrue(lines.stream().anyMatch(l -> l.contains("#convenedBy") && l.contains(",Philémon Yang,") && l.contains("mofa.go.kr") && l.contains(",reference,")), r.body());
        // Dennis Francis presiding on 20 May 2025 (Christian Daily), his presidency ended in September 2024 (UN press release)
        assertTrue(lines.stream().anyMatch(l -> l.contains("Dennis Francis") && l.contains("#endDate") && l.contains(",2025-05-20,") && l.contains(christian)), r.body());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Dennis Francis") && l.contains("#endDate") && l.contains(",2024-09,") && l.contains("press.un.org")), r.body());
        // Greg Scarlatoiu called Executive Director on 20 May 2025 (Korea Daily); that role ended on 23 October 2024 (HRNK)
        assertTrue(lines.stream().anyMatch(l -> l.contains("Greg Scarlatoiu") && l.contains(",2025-05-20,") && l.contains(korea)), r.body());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Greg Scarlatoiu") && l.contains(",2024-10-23,") && l.contains("hrnk.org")), r.body());
    }

    @Test
    void filteringByKindKeepsOnlyThatKindAndWorksWithoutJavaScript() throws Exception {
        String all = get("/disputes").body();
        String convened = get("/disputes?kind=" + enc("who convened or chaired")).body();
        assertTrue(all.contains("<form class=\"dispute-filter\" action=\"/disputes\" method=\"get\">"));
        assertTrue(convened.contains("convened by"), convened);
        assertTrue(!convened.contains("session number") && all.contains("session number"), "the 79th/78th session dispute is of kind number");
        String csv = get("/disputes?format=csv&kind=" + enc("role at date")).body();
        assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(",role at date,")), csv);
        assertTrue(csv.contains("Greg Scarlatoiu") && !csv.contains("#convenedBy"), csv);
        String meeting = seeds.iris.base() + "id/meeting/2025-05-20-united-nations-general-assembly";
        String forMeeting = get("/disputes?format=csv&meeting=" + enc(meeting)).body();
        assertTrue(forMeeting.contains("#convenedBy") && forMeeting.contains("Greg Scarlatoiu"), forMeeting);
        assertTrue(get("/disputes?format=csv&meeting=" + enc(seeds.iris.base() + "id/meeting/none")).body().lines().count() == 1);
    }

    @Test
    void anUnknownKindOrFormatIsA400NamingTheParameter() throws Exception {
        HttpResponse<String> r = get("/disputes?kind=rumour");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("kind=rumour") && r.body().contains("role at date"), r.body());
        assertEquals(400, get("/disputes?format=xlsx").statusCode());
    }

    @Test
    void theSparqlLinkOpensTheEditorWithTheConflictsQuery() throws Exception {
        String page = get("/disputes").body();
        int at = page.indexOf("class=\"sparql\" href=\"");
        assertTrue(at > 0, page);
        String href = page.substring(at + 21, page.indexOf('"', at + 21)).replace("&amp;", "&");
        assertTrue(href.startsWith("/query?query="), href);
        String query = java.net.URLDecoder.decode(href.substring("/query?query=".length()), StandardCharsets.UTF_8);
        assertTrue(query.contains("?conflict ?subject") && query.contains("pl:disputedValue"), query);
        assertEquals(200, get(href).statusCode());
    }

    @Test
    void theHomePageLinksToTheDisputesWithTheirCount() throws Exception {
        String home = get("/").body();
        int at = home.indexOf("<a href=\"/disputes\"><strong>");
        assertTrue(at > 0, home);
        int n = Integer.parseInt(home.substring(at + 28, home.indexOf('<', at + 28)));
        long records = get("/disputes?format=csv").body().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count();
        assertEquals(records, n);
        assertTrue(n >= 5, "convener, Francis's term and session, the resolution's date, Scarlatoiu's title: " + n);
        assertTrue(home.contains("/disputes?kind=role+at+date"), home);
    }
}
