package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.it.SeedCorpus;

/**
 * Pages of the seed articles name things in words, over real HTTP on the seed server: sources by headline (or
 * outlet and date), links read backwards in the ontology's words, aliases by their spelling, each meeting once,
 * image lines as captions. The expected words come from the seed articles, data/sources.ttl and the ontology.
 */
class SeedLabelsOverHttpTest {
    static SeedCorpus seeds;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final String PL = "PREFIX pl: <https://w3id.org/plenary/ontology#>\n";

    @BeforeAll
    static void build() { seeds = SeedCorpus.get(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + seeds.server.port() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String page(String iri) throws Exception {
        HttpResponse<String> r = get("/page" + iri.substring(seeds.iris.base().length() - 1 + "/id".length()), "text/html");
        assertEquals(200, r.statusCode(), iri);
        return r.body();
    }

    static String one(String query, String var) {
        List<Map<String, RDFNode>> rows = seeds.select(PL + query);
        assertFalse(rows.isEmpty(), query);
        return rows.get(0).get(var).asResource().getURI();
    }

    static String section(String html, String heading) {
        int at = html.indexOf("<h2>" + heading + "</h2>");
        assertTrue(at >= 0, "no section " + heading);
        int end = html.indexOf("<h2", at + 4);
        return html.substring(at, end < 0 ? html.length() : end);
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    @Test
    void theMeetingPageNamesItsSourcesByHeadlineOrByOutletAndDate() throws Exception {
        String meeting = one("SELECT ?m WHERE { ?m a pl:Meeting ; pl:date ?d FILTER (STR(?d) = \"2025-05-20\") }", "m");
        String html = page(meeting);
        // christiandaily has a headline in data/sources.ttl; koreadaily has none, only its publisher and month
        assertTrue(html.contains(">UN General Assembly holds first-ever high-level meeting on North Korean human rights"), "headline");
        assertTrue(html.contains(">Korea Daily (US edition), 2025-05<"), "outlet and date");
        assertFalse(html.contains(">koreadaily-2025-05-un-defectors<"), "a file slug shown as a source's name");
        assertFalse(html.contains(">christiandaily-2025-05-unga-high-level-meeting<"), "a file slug shown as a source's name");
    }

    @Test
    void whoConvenedTheMeetingSaysSoInWordsOnTheirPage() throws Exception {
        String francis = one("SELECT ?p WHERE { ?p a pl:Person ; pl:name \"Dennis Francis\" }", "p");
        String html = page(francis);
        // koreadaily: "The meeting, convened by UN General Assembly President Dennis Francis"
        assertTrue(html.contains(">convened</a>"), "pl:convenedBy read backwards is 'convened' (pl:inverseLabel)");
        assertFalse(html.contains("is convened by of"), html.contains("convenedBy of") ? "local name" : "label with 'is ... of'");
        assertFalse(html.contains("convenedBy of"));
        String meetings = section(html, "Meetings");
        assertTrue(meetings.contains("convened"), meetings);
    }

    @Test
    void anAliasIsShownByTheSpellingItCameFrom() throws Exception {
        // "Kim Eun-joo" in koreadaily (twice), "Kim Eun-ju" in christiandaily: one person, the other spelling an alias
        String kim = one("SELECT ?p WHERE { ?p a pl:Person ; pl:name ?n FILTER (STRSTARTS(?n, \"Kim Eun-j\")) }", "p");
        String html = page(kim);
        Matcher same = Pattern.compile("<dt>Same as</dt><dd>(.*?)</dd>").matcher(html);
        assertTrue(same.find(), "a Same as row");
        assertTrue(same.group(1).contains(">Kim Eun-ju</a>") || same.group(1).contains(">Kim Eun-joo</a>"), same.group(1));
        assertFalse(same.group(1).matches(".*>kim-eun-j[a-z]*</a>.*"), "an alias shown by its slug: " + same.group(1));
    }

    @Test
    void eachMeetingIsListedOnceOnAPersonPage() throws Exception {
        String kim = one("SELECT ?p WHERE { ?p a pl:Person ; pl:name ?n FILTER (STRSTARTS(?n, \"Kim Eun-j\")) }", "p");
        String meeting = one("SELECT ?m WHERE { ?m a pl:Meeting ; pl:date ?d FILTER (STR(?d) = \"2025-05-20\") }", "m");
        String meetings = section(page(kim), "Meetings");
        String href = "/page" + meeting.substring(seeds.iris.base().length() - 1 + "/id".length());
        assertEquals(1, count(meetings, "href=\"" + href + "\""), meetings);
    }

    @Test
    void anOrganizationPageHasAMeetingsSection() throws Exception {
        String body = one("SELECT ?o WHERE { ?m a pl:Meeting ; pl:heldBy ?o ; pl:date ?d FILTER (STR(?d) = \"2025-05-20\") }", "o");
        String meeting = one("SELECT ?m WHERE { ?m a pl:Meeting ; pl:date ?d FILTER (STR(?d) = \"2025-05-20\") }", "m");
        String meetings = section(page(body), "Meetings");
        assertTrue(meetings.contains(meeting.substring(seeds.iris.base().length() - 1 + "/id".length())), meetings);
        assertTrue(meetings.contains("held"), meetings);
    }

    @Test
    void imageLinesOfAnArticleShowAsCaptions() throws Exception {
        String source = one("SELECT ?s WHERE { ?s a pl:Source ; pl:fileName \"koreadaily-2025-05-un-defectors.txt\" }", "s");
        String html = page(source);
        int article = html.indexOf("<div class=\"article\">");
        String text = html.substring(article, html.indexOf("</div>", article));
        assertFalse(text.contains("!["), "markdown of an image line");
        assertFalse(text.contains(".jpg)"), "markdown of an image line");
        assertTrue(text.contains("<span class=\"caption\">"), "captions marked as such");
        assertTrue(text.replaceAll("<[^>]+>", "").contains("testifies to the horrors of human rights abuses in North Korea"), "the caption's words stay");
    }

    @Test
    void theDumpsAndTheDatasetDescriptionReadInABrowser() throws Exception {
        HttpResponse<String> dumps = get("/dumps/", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, dumps.statusCode());
        assertTrue(dumps.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(dumps.body().contains("href=\"/static/site.css\""), "the site's style");
        assertTrue(dumps.body().contains("href=\"/\""), "a way back to the site");
        assertTrue(dumps.body().contains("SHA256SUMS"), dumps.body());
        HttpResponse<String> voidPage = get("/.well-known/void", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, voidPage.statusCode());
        assertTrue(voidPage.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        HttpResponse<String> voidData = get("/.well-known/void", "text/turtle");
        assertTrue(voidData.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), "data for an RDF client");
    }

    @Test
    void aLinkedWikidataItemIsShownByItsLabelBesideItsId() throws Exception {
        // the seeds' links have no cached entity data (data/wikidata/cache is empty): the label is the link table row's
        String org = one("SELECT ?o WHERE { ?o a pl:Organization ; <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1065> }", "o");
        String label = java.nio.file.Files.readAllLines(java.nio.file.Path.of("data/wikidata/links.tsv")).stream()
                .filter(l -> l.startsWith("Q1065\t")).findFirst().orElseThrow().split("\t")[1];
        String html = page(org);
        assertTrue(html.contains("<a class=\"wikidata\" href=\"http://www.wikidata.org/entity/Q1065\">" + label + "</a> <span class=\"qid\">(Q1065)</span>"), html);
    }
}
