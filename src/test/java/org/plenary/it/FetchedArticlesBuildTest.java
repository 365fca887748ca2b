package org.plenary.it;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plenary.build.CorpusBuild;
import org.plenary.cli.PlenaryCommand;
import org.plenary.fetch.LocalSite;
import org.plenary.graph.IriScheme;
import org.plenary.graph.Prefixes;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.PdfFiles;
import org.plenary.ingest.SavedPages;
import org.plenary.store.PlenaryDatabase;

/**
 * Issue 19's "done when": a folder mixing a text file, a Markdown file, a saved page and a PDF of real articles, plus
 * a --urls list of two more real articles served as web pages by a local HTTP server, builds (with CoreNLP, into a
 * real TDB2 database) into one graph: every source with its file, its hashes, and for the fetched ones where and when
 * they were retrieved; every span exactly the characters of the text it counts in. Then the server is stopped and the
 * same folder builds again, offline, into the same source graphs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FetchedArticlesBuildTest {
    static final Path IRAQ = Path.of("data/eval/articles/wikinews-2020-01-iraqi-parliament-votes-expel-us-troops.txt");
    static final Path LEGCO = Path.of("data/eval/articles/wikinews-2019-10-hong-kong-legco-policy-address.txt");
    static final String CANONICAL = "https://news.example.org/2020/01/cairo-summit";
    final IriScheme iris = IriScheme.defaults();
    Path tmp, articles;
    LocalSite site;
    URI iraqUrl, legcoUrl;
    int fetchExit;
    String fetchErr;
    PlenaryDatabase online, offline;
    Dataset onlineDs, offlineDs;

    @BeforeAll
    void fetchAndBuild() throws Exception {
        tmp = Files.createTempDirectory("plenary-fetched");
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.copy(Path.of("data/eval/articles/wikinews-2020-06-shapps-coronavirus-briefing-face-coverings.txt"),
                articles.resolve("shapps-face-coverings.txt"));
        Files.writeString(articles.resolve("g7-amazon.md"), MixedFormatsBuildTest.markdown(
                Path.of("data/eval/articles/wikinews-2019-08-g7-amazon-fires.txt")));
        Files.writeString(articles.resolve("cairo-summit.html"), SavedPages.page(SavedPages.CAIRO));
        List<String> niamey = SavedPages.paragraphs(SavedPages.NIAMEY);
        PdfFiles.write(articles.resolve("niamey-summit.pdf"), niamey.get(0), "Wikinews", niamey, null);

        site = new LocalSite();
        site.at("/robots.txt", "text/plain", "User-agent: *\nDisallow: /drafts/\n".getBytes(StandardCharsets.UTF_8));
        iraqUrl = site.url("/world/iraq-parliament-vote.html");
        legcoUrl = site.url("/asia/legco-policy-address");
        // one page states its own canonical address, the other none: it is published at the address it came from
        site.at(iraqUrl.getPath(), "text/html; charset=utf-8", SavedPages.page(IRAQ)
                .replace(CANONICAL, "https://news.example.org/2020/01/iraq-parliament").getBytes(StandardCharsets.UTF_8));
        site.at(legcoUrl.getPath(), "text/html; charset=utf-8", SavedPages.page(LEGCO)
                .replaceAll("\\s*<meta property=\"og:url\"[^>]*>", "").replaceAll("\\s*<link rel=\"canonical\"[^>]*>", "")
                .getBytes(StandardCharsets.UTF_8));
        Path list = tmp.resolve("urls.txt");
        Files.writeString(list, "# reports to add\n" + iraqUrl + "\n" + legcoUrl + "  # no canonical address\n");

        StringWriter err = new StringWriter();
        fetchExit = PlenaryCommand.commandLine().setErr(new PrintWriter(err, true)).execute("fetch", "--articles", articles.toString(),
                "--urls", list.toString(), "--delay", "0", "--allow-host", "127.0.0.1", "--quiet");
        fetchErr = err.toString();

        online = PlenaryDatabase.at(tmp.resolve("db-online"));
        CorpusBuild.create().articles(articles).iris(iris).progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .build().buildInto(online);
        onlineDs = online.open();

        site.close(); // from here on there is no network
        site = null;
        offline = PlenaryDatabase.at(tmp.resolve("db-offline"));
        CorpusBuild.create().articles(articles).iris(iris).progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .build().buildInto(offline);
        offlineDs = offline.open();
    }

    @AfterAll
    void release() {
        if (site != null) site.close();
        if (online != null) online.currentGeneration().ifPresent(online::release);
        if (offline != null) offline.currentGeneration().ifPresent(offline::release);
    }

    List<QuerySolution> select(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Prefixes.sparql("pl", "oa", "prov") + query).build()) {
                return ResultSetFormatter.toList(qe.execSelect());
            }
        });
    }

    @Test
    void theListIsFetchedIntoTheFolder() {
        assertEquals(0, fetchExit, fetchErr);
        assertEquals("", fetchErr.strip());
    }

    @Test
    void theSixArticlesAreOneGraphAndTheFetchedOnesSayWhereAndWhenTheyCameFrom() throws Exception {
        List<QuerySolution> rows = select(onlineDs, """
                SELECT ?file ?sha ?type ?url ?from ?when ?record WHERE { GRAPH ?g {
                  ?s a pl:Source ; pl:fileName ?file ; pl:sha256 ?sha ; pl:mediaType ?type
                  OPTIONAL { ?s pl:url ?url } OPTIONAL { ?s pl:retrievedFrom ?from ; pl:retrieved ?when ; pl:warcRecord ?record } } }
                ORDER BY ?file""");
        assertEquals(6, rows.size(), rows.toString());
        Map<String, QuerySolution> byFrom = new HashMap<>();
        for (QuerySolution r : rows) {
            String file = r.getLiteral("file").getString();
            assertEquals(ArticleReader.sha256(Files.readAllBytes(articles.resolve(file))), r.getLiteral("sha").getString(), file);
            if (r.contains("from")) byFrom.put(r.getResource("from").getURI(), r);
        }
        assertEquals(java.util.Set.of(iraqUrl.toString(), legcoUrl.toString()), byFrom.keySet());
        QuerySolution iraq = byFrom.get(iraqUrl.toString()), legco = byFrom.get(legcoUrl.toString());
        assertEquals("https://news.example.org/2020/01/iraq-parliament", iraq.getResource("url").getURI(), "the page's own canonical address");
        assertEquals(legcoUrl.toString(), legco.getResource("url").getURI(), "no canonical address: where it was fetched");
        for (QuerySolution r : List.of(iraq, legco)) {
            assertEquals("text/html", r.getLiteral("type").getString());
            assertEquals("http://www.w3.org/2001/XMLSchema#dateTime", r.getLiteral("when").getDatatypeURI());
            assertTrue(r.getResource("record").getURI().startsWith("urn:uuid:"));
        }
        long unfetched = rows.stream().filter(r -> !r.contains("from")).count();
        assertEquals(4, unfetched, "the four files of the folder were not fetched");
    }

    @Test
    void everySpanIsExactlyTheCharactersOfThePublishedTextItCountsIn() {
        Map<String, int[]> bodies = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        for (QuerySolution r : select(onlineDs, "SELECT ?s ?body ?file WHERE { GRAPH ?g { ?s a pl:Source ; pl:articleBody ?body ; pl:fileName ?file } }")) {
            bodies.put(r.getResource("s").getURI(), r.getLiteral("body").getString().codePoints().toArray());
            files.put(r.getResource("s").getURI(), r.getLiteral("file").getString());
        }
        Map<String, Integer> perFile = new HashMap<>();
        for (QuerySolution s : select(onlineDs, """
                SELECT DISTINCT ?src ?start ?end ?exact WHERE { GRAPH ?g {
                  ?span oa:hasSource ?src ; oa:start ?start ; oa:end ?end ; oa:exact ?exact } }""")) {
            int[] body = bodies.get(s.getResource("src").getURI());
            int start = s.getLiteral("start").getInt(), end = s.getLiteral("end").getInt();
            assertEquals(s.getLiteral("exact").getString(), new String(body, start, end - start));
            perFile.merge(files.get(s.getResource("src").getURI()), 1, Integer::sum);
        }
        assertEquals(6, perFile.size(), "spans in every article: " + perFile);
        for (var e : perFile.entrySet()) assertTrue(e.getValue() > 3, e.toString());
        // the fetched pages' statements come from their text, as a saved page's do
        List<QuerySolution> said = select(onlineDs, """
                SELECT ?exact WHERE { GRAPH ?g { ?src pl:retrievedFrom ?from . ?st a pl:Statement ; prov:wasDerivedFrom ?src ;
                  pl:span ?span . ?span oa:exact ?exact } }""");
        assertFalse(said.isEmpty(), "statements from the fetched pages");
        for (QuerySolution r : said) {
            String t = r.getLiteral("exact").getString();
            for (String never : List.of(SavedPages.CAPTION, SavedPages.COMMENT, SavedPages.NAV, SavedPages.SHARE))
                assertFalse(t.contains(never), t);
        }
    }

    @Test
    void theSameFolderBuildsOfflineIntoTheSameSourceGraphs() {
        Map<String, Graph> before = sourceGraphs(onlineDs), after = sourceGraphs(offlineDs);
        assertEquals(6, before.size());
        assertEquals(before.keySet(), after.keySet());
        for (String g : before.keySet())
            assertTrue(before.get(g).isIsomorphicWith(after.get(g)), "source graph " + g + " differs offline");
    }

    private Map<String, Graph> sourceGraphs(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Map<String, Graph> out = new HashMap<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                if (!n.getURI().startsWith(iris.sourceGraph(""))) return;
                Graph copy = GraphFactory.createDefaultGraph();
                ds.asDatasetGraph().getGraph(n).find().forEachRemaining(copy::add);
                out.put(n.getURI(), copy);
            });
            return out;
        });
    }

}
