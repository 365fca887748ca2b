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
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.graph.PL;

/**
 * The requests real RDF and SPARQL clients send, replayed byte for byte against a real server over a real TDB2
 * database ({@link TinyCorpus}): rdflib's {@code Graph.parse(url, format="nt")} Accept header, SPARQLWrapper's
 * {@code format}/{@code output}/{@code results} parameters with the Accept header it sends beside them, HEAD, a
 * browser on a {@code /data} link, named graph IRIs, TriG and JSON-LD descriptions, VoID, the service description,
 * search as a reader types, and dump downloads that resume.
 */
class ClientRequestsOverHttpTest {
    @TempDir static Path tmp;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** rdflib's URLInputSource for format "nt". */
    static final String RDFLIB_NT = "text/plain, */*;q=0.1";
    static final String SPARQLWRAPPER_AGENT = "sparqlwrapper 2.0.0 (rdflib.github.io/sparqlwrapper)";
    static final String SELECT = "SELECT ?s ?name WHERE { ?s <https://w3id.org/plenary/ontology#name> ?name } ORDER BY ?s";
    static final String CONSTRUCT = "CONSTRUCT { ?s <https://w3id.org/plenary/ontology#name> ?name } WHERE { ?s <https://w3id.org/plenary/ontology#name> ?name }";

    static TinySite site;

    @BeforeAll
    static void start() { site = TinySite.start(tmp); }

    @AfterAll
    static void stop() { site.close(); }

    static String url(String path) { return "http://localhost:" + site.server().port() + path; }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(null); }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static Graph parse(String body, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(body, lang).base("http://invalid.example/").parse(dsg);
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    // --- rdflib and browsers on resource IRIs ---

    @Test
    void rdflibsTextPlainAcceptGetsNTriplesNotThePage() throws Exception {
        HttpResponse<String> id = get("/id/person/eve-example", "Accept", RDFLIB_NT);
        assertEquals(303, id.statusCode());
        assertTrue(header(id, "Location").endsWith("/data/person/eve-example"), header(id, "Location"));
        HttpResponse<String> data = get("/data/person/eve-example", "Accept", RDFLIB_NT);
        assertEquals(200, data.statusCode(), data.body());
        assertTrue(header(data, "Content-Type").startsWith("application/n-triples"), header(data, "Content-Type"));
        Graph g = parse(data.body(), Lang.NTRIPLES);
        assertTrue(g.contains(NodeFactory.createURI(TinyCorpus.PERSON), PL.altName.asNode(), NodeFactory.createLiteralString("Eve Exemplar")));
    }

    @Test
    void aBrowserOnADataLinkIsSentToThePageAndAnythingElseUnacceptableIs406WithVary() throws Exception {
        for (String accept : List.of("text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")) {
            HttpResponse<String> r = get("/data/person/eve-example", "Accept", accept);
            assertEquals(303, r.statusCode(), accept);
            assertTrue(header(r, "Location").endsWith("/page/person/eve-example"));
            assertEquals("Accept", header(r, "Vary"));
        }
        assertTrue(header(get("/data/person/eve-example", "Accept", "*/*"), "Content-Type").startsWith("text/turtle"));
        for (String path : List.of("/data/person/eve-example", "/id/person/eve-example", "/.well-known/void", "/graph/resolution")) {
            HttpResponse<String> r = get(path, "Accept", "image/png");
            assertEquals(406, r.statusCode(), path);
            assertEquals("Accept", header(r, "Vary"), path);
        }
        // Fuseki answers a SELECT in its default format whatever is asked; that answer varies by Accept too.
        HttpResponse<String> sparql = get("/sparql?query=" + enc(SELECT), "Accept", "image/png");
        assertTrue(header(sparql, "Vary").contains("Accept"), sparql.statusCode() + " " + header(sparql, "Vary"));
    }

    // --- SPARQLWrapper ---

    /** The query string SPARQLWrapper 2.0 builds: query, then format, output and results, each with its value(s). */
    static String sparqlWrapperParameters(String query, String returnFormat, String acceptHeader) {
        StringBuilder b = new StringBuilder("query=").append(enc(query));
        for (String f : List.of("format", "output", "results")) {
            b.append('&').append(f).append('=').append(enc(returnFormat));
            // For tsv, rdf+xml and json-ld it repeats the parameter with the media type (or empty for */*).
            if (List.of("tsv", "rdf+xml", "json-ld").contains(returnFormat))
                b.append('&').append(f).append('=').append(acceptHeader.contains("*/*") ? "" : enc(acceptHeader).replace("%2F", "/"));
        }
        return b.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT|json|application/sparql-results+json,application/json,text/javascript,application/javascript|application/sparql-results+json",
            "SELECT|xml|application/sparql-results+xml|application/sparql-results+xml",
            "SELECT|csv|text/csv|text/csv",
            "SELECT|tsv|text/tab-separated-values|text/tab-separated-values",
            "CONSTRUCT|n3|application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3|text/turtle",
            "CONSTRUCT|turtle|application/turtle,text/turtle|text/turtle",
            "CONSTRUCT|rdf+xml|application/rdf+xml|application/rdf+xml",
            "CONSTRUCT|xml|application/rdf+xml|application/rdf+xml",
            "CONSTRUCT|json-ld|application/ld+json,application/x-json+ld|application/ld+json",
    })
    void sparqlWrapperFormatParametersAreHonouredByGetAndPost(String form, String returnFormat, String accept, String expected) throws Exception {
        String query = form.equals("SELECT") ? SELECT : CONSTRUCT;
        String params = sparqlWrapperParameters(query, returnFormat, accept);
        HttpResponse<String> g = http.send(HttpRequest.newBuilder(URI.create(url("/sparql?" + params)))
                .header("User-Agent", SPARQLWRAPPER_AGENT).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> p = http.send(HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("User-Agent", SPARQLWRAPPER_AGENT).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(params)).build(), HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> r : List.of(g, p)) {
            assertEquals(200, r.statusCode(), returnFormat + ": " + r.body());
            assertTrue(header(r, "Content-Type").startsWith(expected), returnFormat + " gave " + header(r, "Content-Type"));
            assertTrue(header(r, "Vary").contains("Accept"), r.request().method() + " " + header(r, "Vary"));
        }
        if (form.equals("SELECT")) {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(g.body().getBytes(StandardCharsets.UTF_8)),
                    switch (returnFormat) {
                        case "json" -> ResultSetLang.RS_JSON;
                        case "xml" -> ResultSetLang.RS_XML;
                        case "csv" -> ResultSetLang.RS_CSV;
                        default -> ResultSetLang.RS_TSV;
                    });
            assertEquals(4, ResultSetFormatter.consume(rs), "the four named resources of the tiny corpus");
        } else {
            Lang lang = expected.equals("text/turtle") ? Lang.TURTLE : expected.equals("application/rdf+xml") ? Lang.RDFXML : Lang.JSONLD;
            Graph graph = parse(g.body(), lang);
            assertTrue(graph.contains(NodeFactory.createURI(TinyCorpus.OTHER), PL.name.asNode(), NodeFactory.createLiteralString("Bob Builder")));
        }
    }

    @Test
    void anUnknownFormatValueIsA400NamingTheParameter() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc(SELECT) + "&output=xlsx");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("'output'") && r.body().contains("xlsx"), r.body());
    }

    @Test
    void headOnAQueryAnswersTheHeadersOfTheGetWithoutABody() throws Exception {
        String path = "/sparql?query=" + enc(SELECT);
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "application/sparql-results+json").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertTrue(header(head, "Content-Type").startsWith("application/sparql-results+json"));
        assertTrue(header(head, "Vary").contains("Accept"));
        assertEquals(0, head.body().length);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(SELECT)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, post.statusCode());
        assertTrue(header(post, "Vary").contains("Accept"), "a POST answer varies by Accept too");
    }

    // --- Named graphs, TriG, JSON-LD ---

    @Test
    void aNamedGraphIriAnswersWithAPageOrItsTriples() throws Exception {
        String graph = TinyCorpus.BASE + "graph/source/tiny-2024-01";
        HttpResponse<String> page = get("/graph/source/tiny-2024-01", "Accept", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(header(page, "Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("Tiny forum report") && page.body().contains("href=\"/page/person/eve-example\""), page.body());
        HttpResponse<String> ttl = get("/graph/source/tiny-2024-01", "Accept", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertEquals("Accept", header(ttl, "Vary"));
        Graph g = parse(ttl.body(), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(TinyCorpus.statement()), PL.text.asNode(), NodeFactory.createLiteralString(TinyCorpus.QUOTE)));
        assertFalse(g.contains(NodeFactory.createURI(TinyCorpus.OTHER), PL.name.asNode(), NodeFactory.createLiteralString("Bob Builder")),
                "the name is in graph/resolution, not in the source's graph");
        DatasetGraph trig = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(get("/graph/resolution?format=trig").body(), Lang.TRIG).parse(trig);
        assertTrue(trig.contains(NodeFactory.createURI(TinyCorpus.BASE + "graph/resolution"), NodeFactory.createURI(TinyCorpus.OTHER),
                PL.name.asNode(), NodeFactory.createLiteralString("Bob Builder")));
        assertEquals(404, get("/graph/source/no-such-source", "Accept", "text/turtle").statusCode());
        // The service description names every graph; each name answers.
        Model sd = ModelFactory.createDefaultModel();
        RDFParser.fromString(get("/sparql", "Accept", "text/turtle").body(), Lang.TURTLE).parse(sd);
        List<String> names = new ArrayList<>();
        sd.listObjectsOfProperty(sd.createProperty(ServiceDescription.SD, "name")).forEachRemaining(n -> names.add(n.asResource().getURI()));
        assertTrue(names.contains(graph) && names.contains(TinyCorpus.BASE + "graph/resolution"), names.toString());
        for (String n : names) assertEquals(200, get(n.substring(TinyCorpus.BASE.length() - 1), "Accept", "text/turtle").statusCode(), n);
    }

    @Test
    void trigDescriptionsKeepEachQuadInTheGraphThatStatesIt() throws Exception {
        HttpResponse<String> r = get("/data/person/eve-example?format=trig");
        assertEquals(200, r.statusCode());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(r.body(), Lang.TRIG).parse(dsg);
        var eve = NodeFactory.createURI(TinyCorpus.PERSON);
        assertTrue(dsg.contains(NodeFactory.createURI(TinyCorpus.BASE + "graph/resolution"), eve, PL.altName.asNode(),
                NodeFactory.createLiteralString("Eve Exemplar")));
        assertTrue(dsg.contains(NodeFactory.createURI(TinyCorpus.BASE + "graph/source/tiny-2024-01"), NodeFactory.createURI(TinyCorpus.statement()),
                PL.speaker.asNode(), eve), "the source's claim stays in the source's graph");
        assertTrue(dsg.getDefaultGraph().isEmpty(), "nothing lands in the default graph");
    }

    @Test
    void jsonLdHasARealContextSoKeysArePlainTerms() throws Exception {
        HttpResponse<String> r = get("/data/meeting/2024-01-10-forum", "Accept", "application/ld+json");
        assertEquals(200, r.statusCode());
        JsonObject doc = JSON.parse(r.body());
        JsonObject context = doc.get("@context").getAsObject();
        assertEquals("https://w3id.org/plenary/ontology#name", context.get("name").getAsObject().get("@id").getAsString().value());
        assertEquals("@id", context.get("place").getAsObject().get("@type").getAsString().value());
        for (String key : doc.keys()) assertFalse(key.startsWith("pl:"), key);
        assertFalse(r.body().contains("\"pl:"), "no prefixed keys or values");
        assertTrue(r.body().contains("\"name\""));
        if (context.hasKey("org")) assertEquals("http://www.w3.org/ns/org#", context.get("org").getAsString().value());
        // A JSON-LD processor reads the same triples as the Turtle description.
        Graph jsonld = parse(r.body(), Lang.JSONLD);
        Graph turtle = parse(get("/data/meeting/2024-01-10-forum", "Accept", "text/turtle").body(), Lang.TURTLE);
        assertTrue(jsonld.isIsomorphicWith(turtle));
        // Turtle's prefixes: org: is W3C ORG; Plenary's organizations have their own prefix.
        String ttl = get("/data/person/eve-example", "Accept", "text/turtle").body();
        assertFalse(ttl.contains("PREFIX org: <" + TinyCorpus.BASE) || ttl.contains("@prefix org: <" + TinyCorpus.BASE), ttl);
    }

    // --- VoID, search, dumps ---

    @Test
    void voidStatesWhenTheDataWasModifiedAndItsLicence() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(get("/.well-known/void", "Accept", "text/turtle").body(), Lang.TURTLE).parse(m);
        Resource ds = m.createResource(TinyCorpus.BASE + ".well-known/void#dataset");
        assertTrue(ds.hasProperty(RDF.type, m.createResource(DatasetDescription.VOID + "Dataset")));
        var modified = ds.getProperty(DCTerms.modified);
        assertNotNull(modified, "dcterms:modified");
        long stated = java.time.Instant.parse(modified.getLiteral().getLexicalForm()).toEpochMilli();
        long published = Files.getLastModifiedTime(site.db().currentGeneration().orElseThrow()).toMillis();
        assertTrue(Math.abs(stated - published) < 1000, "the generation's publication time: " + stated + " vs " + published);
        HttpResponse<String> r = get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(java.time.Instant.ofEpochMilli(stated), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .parse(header(r, "Last-Modified"), java.time.Instant::from), "the same time as Last-Modified");
        assertTrue(ds.hasProperty(DCTerms.license, m.createResource(DatasetDescription.DATA_LICENSE)));
        // Its JSON-LD has plain-term keys too, and reads back as the same graph.
        HttpResponse<String> jsonld = get("/.well-known/void", "Accept", "application/ld+json");
        JsonObject context = JSON.parse(jsonld.body()).get("@context").getAsObject();
        assertEquals(DatasetDescription.VOID + "triples", context.get("triples").getAsObject().get("@id").getAsString().value());
        assertFalse(jsonld.body().contains("\"void:"), jsonld.body());
        assertTrue(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(m.getGraph()));
    }

    @Test
    void searchFindsAWordFromItsFirstLettersAndAPersonByTheirSurname() throws Exception {
        assertTrue(get("/search?q=bui").body().contains("href=\"/page/person/bob-builder\""), "a prefix");
        assertTrue(get("/search?q=EXEMP").body().contains("href=\"/page/person/eve-example\""), "a prefix of an other spelling");
        assertTrue(get("/search?q=Builder").body().contains("href=\"/page/person/bob-builder\""), "a surname alone");
        assertTrue(get("/search?q=" + enc("spríng")).body().contains("href=\"/page/place/springfield\""), "an accented prefix");
        assertFalse(get("/search?q=zeb").body().contains("/page/person/"));
    }

    @Test
    void dumpsSendTheirSha256AsETagAndServeRanges() throws Exception {
        Path dumps = site.db().currentDumps().orElseThrow();
        byte[] whole = Files.readAllBytes(dumps.resolve("plenary.nq"));
        String sha = Files.readString(dumps.resolve("plenary.nq.sha256")).split("\\s+")[0];
        HttpResponse<byte[]> full = getBytes("/dumps/plenary.nq");
        assertEquals(200, full.statusCode());
        assertEquals("\"" + sha + "\"", header(full, "ETag"));
        assertEquals("bytes", header(full, "Accept-Ranges"));
        assertArrayEquals(whole, full.body());
        HttpResponse<byte[]> part = getBytes("/dumps/plenary.nq", "Range", "bytes=10-109");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 10-109/" + whole.length, header(part, "Content-Range"));
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 10, 110), part.body());
        HttpResponse<byte[]> tail = getBytes("/dumps/plenary.nq", "Range", "bytes=-20", "If-Range", "\"" + sha + "\"");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, whole.length - 20, whole.length), tail.body());
        assertEquals(200, getBytes("/dumps/plenary.nq", "Range", "bytes=0-9", "If-Range", "\"stale\"").statusCode(),
                "a range of another version gets the whole file");
        assertEquals(416, getBytes("/dumps/plenary.nq", "Range", "bytes=" + (whole.length + 5) + "-").statusCode());
        assertEquals(304, getBytes("/dumps/plenary.nq", "If-None-Match", "\"" + sha + "\"").statusCode());
    }
}
