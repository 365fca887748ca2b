package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
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
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.graph.OA;
import org.plenary.graph.PL;
import org.plenary.graph.PROV;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;

/**
 * The linked-data site of a real server on a free loopback port over a real TDB2 database holding {@link TinyCorpus},
 * with the public base {@code https://example.org/} (not the server's address), spoken to over HTTP.
 */
class LinkedDataHttpTest {
    @TempDir static Path tmp;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    static TinySite site;

    @BeforeAll
    static void start() {
        site = TinySite.start(tmp);
    }

    @AfterAll
    static void stop() { site.close(); }

    static String local(String iri) { return iri.substring(TinyCorpus.BASE.length() - 1); }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + site.server().port() + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(null); }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    // --- 303 from /id/ ---

    @Test
    void anIdAnswers303ToItsPageForBrowsersAndForClientsWithNoPreference() throws Exception {
        String id = local(TinyCorpus.PERSON); // /id/person/eve-example
        for (String[] h : List.of(new String[] {"Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}, new String[0])) {
            HttpResponse<String> r = get(id, h);
            assertEquals(303, r.statusCode());
            assertTrue(header(r, "Location").endsWith("/page/person/eve-example"), header(r, "Location"));
            assertEquals("Accept", header(r, "Vary"));
            assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml", "application/trig"})
    void anIdAnswers303ToItsDataForRdfClients(String type) throws Exception {
        HttpResponse<String> r = get(local(TinyCorpus.PERSON), "Accept", type);
        assertEquals(303, r.statusCode());
        assertTrue(header(r, "Location").endsWith("/data/person/eve-example"), header(r, "Location"));
    }

    @Test
    void unknownResourcesAre404AndUnacceptableTypes406() throws Exception {
        assertEquals(404, get("/id/person/nobody-at-all").statusCode());
        assertEquals(404, get("/data/person/nobody-at-all", "Accept", "text/turtle").statusCode());
        assertEquals(404, get("/page/person/nobody-at-all").statusCode());
        assertEquals(404, get("/id/person/..%2F..%2Fetc").statusCode());
        assertEquals(406, get(local(TinyCorpus.PERSON), "Accept", "image/png").statusCode());
        assertEquals(303, get("/data/person/eve-example", "Accept", "text/html").statusCode(), "a reader is sent to the page");
        assertEquals(406, get("/data/person/eve-example?format=xlsx").statusCode());
    }

    // --- /data/ ---

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "JSONLD", "NTRIPLES", "RDFXML", "TRIG"})
    void theDescriptionIsServedInEachSyntaxAndParsesToTheSameGraph(RdfFormat format) throws Exception {
        HttpResponse<String> r = get("/data/statement/" + TinyCorpus.statement().substring(TinyCorpus.BASE.length() + "id/statement/".length()),
                "Accept", format.mediaType);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(header(r, "Content-Type").startsWith(format.mediaType), header(r, "Content-Type"));
        assertEquals("Accept", header(r, "Vary"));
        assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        assertNotNull(header(r, "ETag"));
        assertNotNull(header(r, "Last-Modified"));
        Graph g = parse(r.body(), format.lang);
        Graph turtle = parse(get("/data" + local(TinyCorpus.statement()).substring(3) + "?format=ttl").body(), Lang.TURTLE);
        assertTrue(g.isIsomorphicWith(turtle), "the " + format + " description is the Turtle one");
        Node st = NodeFactory.createURI(TinyCorpus.statement());
        assertTrue(g.contains(st, PL.text.asNode(), NodeFactory.createLiteralString(TinyCorpus.QUOTE)));
        // Round trip: written again by Jena in this syntax, the graph reads back the same.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (format.lang.equals(Lang.TRIG)) RDFDataMgr.write(out, DatasetGraphFactory.wrap(g), format.lang);
        else RDFDataMgr.write(out, g, format.lang);
        assertTrue(parse(out.toString(StandardCharsets.UTF_8), format.lang).isIsomorphicWith(g));
    }

    static Graph parse(String body, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(body, lang).base("http://invalid.example/").parse(dsg);
        Graph g = GraphFactory.createDefaultGraph();
        dsg.getDefaultGraph().find().forEachRemaining(g::add);
        dsg.listGraphNodes().forEachRemaining(n -> dsg.getGraph(n).find().forEachRemaining(g::add));
        return g;
    }

    @Test
    void dataWithNoAcceptIsTurtleAndFormatOverridesAccept() throws Exception {
        HttpResponse<String> r = get("/data/person/eve-example");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"));
        HttpResponse<String> j = get("/data/person/eve-example?format=jsonld", "Accept", "text/turtle");
        assertTrue(header(j, "Content-Type").startsWith("application/ld+json"));
        HttpResponse<String> h = get("/data/person/eve-example?format=html");
        assertEquals(303, h.statusCode());
        assertTrue(header(h, "Location").endsWith("/page/person/eve-example"));
    }

    @Test
    void theDescriptionHasTheLabelsOfWhatItLinksToAndTheProvenanceOfEachFact() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(get("/data/person/eve-example", "Accept", "text/turtle").body(), Lang.TURTLE).parse(m);
        var person = m.createResource(TinyCorpus.PERSON);
        var st = m.createResource(TinyCorpus.statement());
        var mention = m.createResource(TinyCorpus.mention());
        var source = m.createResource(TinyCorpus.SOURCE);
        assertTrue(person.hasProperty(PL.name, TinyCorpus.EVIL_NAME), "own triples, from the resolution graph");
        assertTrue(person.hasProperty(RDF.type, PL.Person));
        assertTrue(st.hasProperty(PL.speaker, person), "the statement pointing at the person");
        assertTrue(st.hasProperty(PROV.wasDerivedFrom, source));
        assertTrue(mention.hasProperty(PL.mentionOf, person));
        var span = st.getPropertyResourceValue(PL.span);
        assertNotNull(span, "the statement's span");
        assertEquals(TinyCorpus.quoteStart(), span.getProperty(OA.start).getInt());
        assertTrue(m.createResource(TinyCorpus.MEETING).hasProperty(PL.name, "Tiny forum"), "label of a linked meeting");
        assertTrue(source.hasProperty(PL.headline, "Tiny forum report"), "label of the source");
        assertFalse(source.hasProperty(PL.articleBody), "not the whole source");
        assertFalse(m.contains(null, PL.name, "Springfield"), "nothing unrelated");
    }

    @Test
    void theBaseIsTheConfiguredOneNotTheRequestHost() throws Exception {
        Graph g = parse(get("/data/place/springfield").body(), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(TinyCorpus.PLACE), Node.ANY, Node.ANY));
        assertFalse(g.find().toList().stream().anyMatch(t -> t.getSubject().isURI() && t.getSubject().getURI().contains("localhost")));
    }

    // --- Conditional GET ---

    @Test
    void aCurrentEtagOrDateGives304AndAnOtherEtag200() throws Exception {
        HttpResponse<String> first = get("/data/person/eve-example", "Accept", "text/turtle");
        String etag = header(first, "ETag"), modified = header(first, "Last-Modified");
        HttpResponse<String> again = get("/data/person/eve-example", "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));
        assertEquals(304, get("/data/person/eve-example", "Accept", "text/turtle", "If-Modified-Since", modified).statusCode());
        assertEquals(200, get("/data/person/eve-example", "Accept", "text/turtle", "If-None-Match", "\"other\"").statusCode());
        assertEquals(200, get("/data/person/eve-example", "Accept", "text/turtle", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());
        String jsonTag = header(get("/data/person/eve-example", "Accept", "application/ld+json"), "ETag");
        assertNotEquals(etag, jsonTag, "each representation has its own ETag");
        assertNotEquals(etag, header(get("/data/person/bob-builder", "Accept", "text/turtle"), "ETag"));
        HttpResponse<String> page = get("/page/person/eve-example");
        assertEquals(304, get("/page/person/eve-example", "If-None-Match", header(page, "ETag")).statusCode());
    }

    // --- Pages ---

    @Test
    void textFromTheDataIsEscapedOnEveryPage() throws Exception {
        for (String path : List.of("/page/person/eve-example", local(TinyCorpus.statement()).replace("/id/", "/page/"),
                "/page/source/tiny-2024-01", "/page/meeting/2024-01-10-forum", "/search?q=" + enc("Eve"), "/")) {
            HttpResponse<String> r = get(path, "Accept", "text/html");
            assertEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains("<script>alert"), path + " has the raw script element");
            assertTrue(r.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || path.startsWith("/page/source") || path.equals("/"),
                    path + " shows the name escaped");
        }
    }

    @Test
    void theSourcePageLinksEachSpanAtItsCodePointOffsets() throws Exception {
        String html = get("/page/source/tiny-2024-01").body();
        String stId = "span-" + TinyCorpus.quoteStart() + "-" + TinyCorpus.quoteEnd();
        String stLink = "id=\"" + stId + "\" class=\"statement\" href=\"" + local(TinyCorpus.statement()).replace("/id/", "/page/") + "\"";
        assertTrue(html.contains(stLink), "the statement's text links to its page: " + stLink);
        int at = html.indexOf(stLink);
        assertEquals(TinyCorpus.QUOTE, html.substring(html.indexOf('>', at) + 1, html.indexOf("</a>", at)),
                "code-point offsets cut the exact quotation after the emoji");
        String nameId = "span-" + TinyCorpus.nameStart() + "-" + TinyCorpus.nameEnd();
        assertTrue(html.contains("id=\"" + nameId + "\" class=\"mention\" href=\"/page/person/eve-example\""), "the mention links to the person");
        assertTrue(html.contains("Tiny forum report"));
    }

    @Test
    void personPageShowsSpellingsStatementsWithTheirSentenceAndAWikidataSearch() throws Exception {
        String html = get("/page/person/eve-example").body();
        assertTrue(html.contains("Eve Exemplar"));
        assertTrue(html.contains("href=\"/page/source/tiny-2024-01#span-" + TinyCorpus.quoteStart() + "-" + TinyCorpus.quoteEnd() + "\""));
        assertTrue(html.contains("https://www.wikidata.org/w/index.php?search=Eve+%3Cscript%3E"), "no sameAs: a search link");
        assertTrue(html.contains("href=\"/query?query=DESCRIBE+%3Chttps%3A%2F%2Fexample.org%2Fid%2Fperson%2Feve-example%3E\""));
        String bob = get("/page/person/bob-builder").body();
        assertTrue(bob.contains("href=\"http://www.wikidata.org/entity/Q42\""), "sameAs to Wikidata: the entity link");
    }

    @Test
    void meetingPageShowsDatePlaceChairParticipantsAndStatementsBySpeaker() throws Exception {
        String html = get("/page/meeting/2024-01-10-forum").body();
        assertTrue(html.contains("2024-01-10"));
        assertTrue(html.contains("<a href=\"/page/place/springfield\">Springfield</a>"));
        assertTrue(html.contains("<a href=\"/page/person/bob-builder\">Bob Builder</a></td><td>speaker</td>"), html);
        assertTrue(html.contains("href=\"" + local(TinyCorpus.statement()).replace("/id/", "/page/") + "\""));
        assertTrue(html.contains("<a href=\"/page/source/tiny-2024-01\">Tiny forum report</a>"));
    }

    @Test
    void otherResourcesGetTheGenericTriplesPage() throws Exception {
        HttpResponse<String> r = get("/page/build/latest");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<table class=\"triples\">"));
        assertTrue(r.body().contains("test"));
    }

    // --- Search ---

    @Test
    void searchFindsNamesSpellingsAndStatementsFoldingAccentsAndCase() throws Exception {
        assertTrue(get("/search?q=exemplar").body().contains("href=\"/page/person/eve-example\""), "an other spelling");
        assertTrue(get("/search?q=BUILDER").body().contains("href=\"/page/person/bob-builder\""));
        assertTrue(get("/search?q=" + enc("retürn")).body().contains(local(TinyCorpus.statement()).replace("/id/", "/page/")),
                "statement text, accent folded");
        assertFalse(get("/search?q=zebra").body().contains("/page/person/"));
        assertEquals(200, get("/search?q=" + enc("\"unbalanced (")).statusCode(), "Lucene syntax in the input is taken literally");
    }

    @Test
    void theTextIndexLivesInTheGenerationAndAnswersTextQueryThroughTheEndpoint() throws Exception {
        assertTrue(Files.isDirectory(site.db().currentGeneration().orElseThrow().resolve("text")));
        String q = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                SELECT ?s ?name WHERE { ?s text:query (pl:name "bob") ; pl:name ?name }""";
        HttpResponse<String> r = get("/sparql?query=" + enc(q), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        var rows = ResultSetFormatter.toList(rs);
        assertEquals(1, rows.size());
        assertEquals(TinyCorpus.OTHER, rows.get(0).getResource("s").getURI());
    }

    // --- Dataset description, service description, home, query page ---

    @Test
    void voidDescribesSizeClassesLinksDumpsAndEndpoint() throws Exception {
        HttpResponse<String> r = get("/.well-known/void");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        String v = DatasetDescription.VOID;
        var ds = m.createResource(TinyCorpus.BASE + ".well-known/void#dataset");
        long triples = site.db().open().calculateRead(() -> (long) site.db().open().asDatasetGraph().getUnionGraph().size());
        assertEquals(triples, ds.getProperty(m.createProperty(v, "triples")).getLong());
        assertEquals(TinyCorpus.BASE + "sparql", ds.getPropertyResourceValue(m.createProperty(v, "sparqlEndpoint")).getURI());
        long persons = m.listObjectsOfProperty(ds, m.createProperty(v, "classPartition")).toList().stream()
                .map(n -> n.asResource()).filter(p -> p.hasProperty(m.createProperty(v, "class"), PL.Person))
                .mapToLong(p -> p.getProperty(m.createProperty(v, "entities")).getLong()).sum();
        assertEquals(2, persons);
        var linkset = m.listObjectsOfProperty(ds, m.createProperty(v, "subset")).next().asResource();
        assertEquals(1, linkset.getProperty(m.createProperty(v, "triples")).getLong(), "one owl:sameAs to Wikidata");
        assertTrue(linkset.hasProperty(m.createProperty(v, "linkPredicate"), OWL.sameAs));
        assertTrue(ds.hasProperty(org.apache.jena.vocabulary.DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/")));
        // Each dump: its URL, byte size and SHA-256 as the dumps directory has them.
        Path dumps = site.db().currentDumps().orElseThrow();
        var dists = m.listObjectsOfProperty(ds, DCAT.distribution).toList();
        assertFalse(dists.isEmpty());
        for (var d : dists) {
            var dist = d.asResource();
            String url = dist.getPropertyResourceValue(DCAT.downloadURL).getURI();
            Path file = dumps.resolve(url.substring(url.lastIndexOf('/') + 1));
            assertEquals(Files.size(file), dist.getProperty(DCAT.byteSize).getLong());
            String sha = dist.getPropertyResourceValue(m.createProperty(DatasetDescription.SPDX, "checksum"))
                    .getProperty(m.createProperty(DatasetDescription.SPDX, "checksumValue")).getString();
            assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))), sha);
            assertNotNull(dist.getPropertyResourceValue(DCAT.mediaType));
        }
        HttpResponse<String> html = get("/.well-known/void", "Accept", "text/html");
        assertTrue(header(html, "Content-Type").startsWith("text/html"));
    }

    @Test
    void getSparqlWithoutAQueryIsTheServiceDescription() throws Exception {
        HttpResponse<String> r = get("/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        String sd = ServiceDescription.SD;
        assertTrue(m.contains(null, m.createProperty(sd, "endpoint"), m.createResource(TinyCorpus.BASE + "sparql")));
        assertTrue(m.contains(null, m.createProperty(sd, "supportedLanguage"), m.createResource(sd + "SPARQL11Query")));
        HttpResponse<String> q = get("/sparql?query=" + enc("ASK {}"), "Accept", "application/sparql-results+json");
        assertTrue(q.body().contains("true"), "queries still go to the endpoint");
    }

    @Test
    void homePageCountsAndListsTheMeetingsAndTheQueryPageShipsTheExampleQueries() throws Exception {
        HttpResponse<String> home = get("/", "Accept", "text/html");
        assertTrue(header(home, "Content-Type").startsWith("text/html"));
        assertTrue(home.body().contains("<strong>2</strong> people"), home.body());
        assertTrue(home.body().contains("<strong>1</strong> meetings"));
        assertTrue(home.body().contains("<a href=\"/page/meeting/2024-01-10-forum\">Tiny forum</a>"));
        assertTrue(home.body().contains("href=\"/dumps/\"") && home.body().contains("href=\"/.well-known/void\""));
        String query = get("/query").body();
        for (String name : List.of("meetings", "people", "statements", "provenance"))
            assertTrue(query.contains("data-name=\"" + name + "\""), name);
        assertTrue(query.contains("/static/yasgui/yasgui.min.js"));
        assertEquals(200, get("/static/yasgui/yasgui.min.js").statusCode());
        assertEquals(200, get("/static/site.css").statusCode());
        assertEquals(404, get("/static/../templates/layout.peb").statusCode());
    }

    @Test
    void aNewGenerationIsServedWithNewEtagsAndItsOwnTextIndex() throws Exception {
        String before = header(get("/data/person/eve-example"), "ETag");
        PlenaryDatabase other = PlenaryDatabase.at(tmp.resolve("db2"));
        other.replace(TinyCorpus::write);
        PlenaryServer s2 = PlenaryServer.create().database(other).port(0).loopback(true).base(TinyCorpus.BASE).build().start();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + s2.port() + "/data/person/eve-example")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertNotEquals(before, header(r, "ETag"), "another database, another ETag");
        } finally {
            s2.stop();
            other.currentGeneration().ifPresent(other::release);
        }
    }
}
