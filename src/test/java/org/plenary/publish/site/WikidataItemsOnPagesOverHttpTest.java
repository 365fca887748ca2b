package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.extract.EntityKind;
import org.plenary.graph.IriScheme;
import org.plenary.link.EntityDataCache;
import org.plenary.link.Link;
import org.plenary.link.LinkTable;
import org.plenary.link.LinkableEntity;
import org.plenary.link.LinkedItemLabels;
import org.plenary.link.WikidataLinker;
import org.plenary.publish.PlenaryServer;
import org.plenary.store.PlenaryDatabase;

/**
 * A linked Wikidata item shows on the entity's page by the label and description of its cached entity data, over
 * HTTP from a real TDB2 database and server. The tiny corpus's Eve Example is linked, through a test link table, to
 * Q42, whose cache file is a real Special:EntityData response (Douglas Adams): the table says "Eve Example", so a
 * page showing "Douglas Adams" and his description read them from the cache.
 */
class WikidataItemsOnPagesOverHttpTest {
    @TempDir static Path tmp;
    static PlenaryDatabase db;
    static PlenaryServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Path table = tmp.resolve("links.tsv");
        Files.writeString(table, String.join("\t", LinkTable.HEADER) + "\n"
                + "Q42\tEve Example\t\thuman\ttest row: links the tiny corpus's person to a cached item\thttps://www.wikidata.org/wiki/Q42\n"
                + "Q7\tSpringfield\t\tcity\ttest row: links the tiny corpus's place to an item with no cache file\thttps://www.wikidata.org/wiki/Q7\n",
                StandardCharsets.UTF_8);
        IriScheme iris = new IriScheme(TinyCorpus.BASE);
        LinkTable links = LinkTable.read(table);
        List<Link> found = WikidataLinker.create().table(links).build()
                .link(List.of(new LinkableEntity(TinyCorpus.PERSON, EntityKind.PERSON, "Eve Example", List.of()),
                        new LinkableEntity(TinyCorpus.PLACE, EntityKind.PLACE, "Springfield", List.of())));
        assertTrue(found.stream().anyMatch(Link::accepted), found.toString());
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(out -> {
            TinyCorpus.write(out);
            WikidataLinker.writeTo(out, iris, found);
            LinkedItemLabels.writeTo(out, iris, found, links, EntityDataCache.at(Path.of("src/test/resources/org/plenary/link/entitydata")));
        });
        server = PlenaryServer.create().database(db).port(0).loopback(true).base(TinyCorpus.BASE).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        db.currentGeneration().ifPresent(db::release);
    }

    static String page(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void thePersonPageShowsTheItemsLabelIdAndDescriptionFromTheCache() throws Exception {
        String html = page("/page/person/eve-example");
        int at = html.indexOf("class=\"wikidata-item\"");
        assertTrue(at > 0, "no Wikidata item on the page");
        String item = html.substring(at, html.indexOf("</dd>", at));
        assertTrue(item.contains("href=\"http://www.wikidata.org/entity/Q42\">Douglas Adams</a>"), item);
        assertTrue(item.contains("(Q42)"), item);
        assertTrue(item.contains("— English author and humourist (1952–2001)"), item);
        assertFalse(item.contains("Eve Example"), "the label is the cache's, not the table row's: " + item);
    }

    @Test
    void anItemWithoutEntityDataIsShownByItsTableLabelAndIdOnThePlacePage() throws Exception {
        String html = page("/page/place/springfield");
        int at = html.indexOf("class=\"wikidata-item\"");
        assertTrue(at > 0, "no Wikidata item on the place page");
        String item = html.substring(at, html.indexOf("</p>", at));
        assertTrue(item.contains("href=\"http://www.wikidata.org/entity/Q7\">Springfield</a> <span class=\"qid\">(Q7)</span>"), item);
        assertFalse(item.contains("wikidata-description"), "no description without entity data: " + item);
    }

    @Test
    void theLabelAndItsSourceArePublishedInTheWikidataGraph() throws Exception {
        String q = "SELECT ?label ?source WHERE { GRAPH <" + TinyCorpus.BASE + "graph/wikidata> { "
                + "<http://www.wikidata.org/entity/Q42> <http://www.w3.org/2000/01/rdf-schema#label> ?label ; "
                + "<http://www.w3.org/ns/prov#wasDerivedFrom> ?source } }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Douglas Adams,https://www.wikidata.org/wiki/Special:EntityData/Q42.json?revision=2073845978"), r.body());
    }
}
