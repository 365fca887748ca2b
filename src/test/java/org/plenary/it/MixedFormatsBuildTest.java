package org.plenary.it;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plenary.build.CorpusBuild;
import org.plenary.graph.IriScheme;
import org.plenary.graph.Prefixes;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.PdfFiles;
import org.plenary.ingest.SavedPages;
import org.plenary.store.PlenaryDatabase;

/**
 * A folder as a user has it: a text file, a Markdown file, a saved web page and a PDF of real articles, beside files
 * that are no article (a Word file, a folder) or cannot be read (a truncated page, garbage under a PDF name, an
 * encrypted PDF). It builds with CoreNLP into a real TDB2 database as one graph: every source with its file's and its
 * text's SHA-256 and media type, every span exactly the characters of the published text it counts in, no caption or
 * byline read as prose; every file left out is named in one line with its reason, and the rest is built.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MixedFormatsBuildTest {
    Path tmp, articles;
    PlenaryDatabase db;
    Dataset ds;
    CorpusBuild.Result result;
    final IriScheme iris = IriScheme.defaults();
    final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    static final String MD_CAPTION = "Smoke rises over the rainforest in the state of Rondonia in August 2019.";

    @BeforeAll
    void build() throws Exception {
        tmp = Files.createTempDirectory("plenary-mixed");
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.copy(Path.of("data/eval/articles/wikinews-2020-06-shapps-coronavirus-briefing-face-coverings.txt"),
                articles.resolve("shapps-face-coverings.txt"));
        Files.writeString(articles.resolve("g7-amazon.md"), markdown(
                Path.of("data/eval/articles/wikinews-2019-08-g7-amazon-fires.txt")));
        Files.writeString(articles.resolve("cairo-summit.html"), SavedPages.page(SavedPages.CAIRO));
        List<String> niamey = SavedPages.paragraphs(SavedPages.NIAMEY);
        PdfFiles.write(articles.resolve("niamey-summit.pdf"), niamey.get(0), "Wikinews", niamey, null);
        Files.writeString(articles.resolve("sources.ttl"), """
                @prefix pl: <https://w3id.org/plenary/ontology#> .
                [] pl:fileName "cairo-summit.html" ; pl:headline "Ministers in Cairo reject Turkish-Libyan deal" .
                """);
        // what is left out
        byte[] page = SavedPages.page(SavedPages.CAIRO).getBytes(StandardCharsets.UTF_8);
        Files.write(articles.resolve("broken.html"), java.util.Arrays.copyOf(page, page.length / 2));
        byte[] noise = new byte[3000];
        new Random(11).nextBytes(noise);
        Files.write(articles.resolve("garbage.pdf"), noise);
        PdfFiles.write(articles.resolve("locked.pdf"), "Locked", "Nobody", niamey, "secret");
        Files.write(articles.resolve("minutes.docx"), noise);
        Files.createDirectories(articles.resolve("images"));

        db = PlenaryDatabase.at(tmp.resolve("db"));
        result = CorpusBuild.create().articles(articles).iris(iris)
                .progress(new PrintStream(progress, true, StandardCharsets.UTF_8)).build().buildInto(db);
        ds = db.open();
    }

    @AfterAll
    void release() {
        db.currentGeneration().ifPresent(db::release);
    }

    /** The article as Markdown: a heading, a byline, a photo with its caption, a link on a name. */
    static String markdown(Path txt) throws Exception {
        List<String> ps = SavedPages.paragraphs(txt);
        StringBuilder b = new StringBuilder("# ").append(ps.get(0)).append("\n\nBy Wikinews staff\n\n")
                .append("![Smoke over the Amazon](https://example.org/amazon.jpg)\n\n*").append(MD_CAPTION).append("*\n\n");
        for (int i = 1; i < ps.size(); i++)
            b.append(ps.get(i).replaceFirst("Emmanuel Macron", "[Emmanuel Macron](https://en.wikipedia.org/wiki/Emmanuel_Macron)")).append("\n\n");
        return b.toString();
    }

    List<QuerySolution> select(String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Prefixes.sparql("pl", "oa", "prov") + query).build()) {
                return ResultSetFormatter.toList(qe.execSelect());
            }
        });
    }

    @Test
    void theFourFormatsAreOneGraphWithTheirHashesAndMediaTypes() throws Exception {
        List<QuerySolution> rows = select("""
                SELECT ?file ?sha ?bodySha ?type ?body WHERE { GRAPH ?g {
                  ?s a pl:Source ; pl:fileName ?file ; pl:sha256 ?sha ; pl:articleBodySha256 ?bodySha ; pl:mediaType ?type ;
                     pl:articleBody ?body } } ORDER BY ?file""");
        Map<String, String> types = new HashMap<>();
        for (QuerySolution r : rows) {
            String file = r.getLiteral("file").getString();
            types.put(file, r.getLiteral("type").getString());
            assertEquals(ArticleReader.sha256(Files.readAllBytes(articles.resolve(file))), r.getLiteral("sha").getString(), file);
            assertEquals(ArticleReader.sha256(r.getLiteral("body").getString().getBytes(StandardCharsets.UTF_8)),
                    r.getLiteral("bodySha").getString(), file);
        }
        assertEquals(Map.of("shapps-face-coverings.txt", "text/plain", "g7-amazon.md", "text/plain",
                "cairo-summit.html", "text/html", "niamey-summit.pdf", "application/pdf"), types);
        assertEquals(4, result.articles().size());
    }

    @Test
    void everySpanIsExactlyTheCharactersOfThePublishedTextItCountsIn() {
        Map<String, int[]> bodies = new HashMap<>();
        for (QuerySolution r : select("SELECT ?s ?body WHERE { GRAPH ?g { ?s a pl:Source ; pl:articleBody ?body } }"))
            bodies.put(r.getResource("s").getURI(), r.getLiteral("body").getString().codePoints().toArray());
        List<QuerySolution> spans = select("""
                SELECT DISTINCT ?src ?start ?end ?exact WHERE { GRAPH ?g {
                  ?span oa:hasSource ?src ; oa:start ?start ; oa:end ?end ; oa:exact ?exact } }""");
        Map<String, Integer> perSource = new HashMap<>();
        for (QuerySolution s : spans) {
            int[] body = bodies.get(s.getResource("src").getURI());
            int start = s.getLiteral("start").getInt(), end = s.getLiteral("end").getInt();
            assertEquals(s.getLiteral("exact").getString(), new String(body, start, end - start));
            perSource.merge(s.getResource("src").getURI(), 1, Integer::sum);
        }
        for (String id : List.of("shapps-face-coverings", "g7-amazon", "cairo-summit", "niamey-summit"))
            assertTrue(perSource.getOrDefault(iris.source(id), 0) > 3, "spans in " + id + ": " + perSource);
    }

    @Test
    void statementsComeFromThePageAndTheMarkdownFileButNeverFromACaptionBylineOrLink() {
        List<QuerySolution> rows = select("""
                SELECT ?src ?exact WHERE { GRAPH ?g { ?st a pl:Statement ; prov:wasDerivedFrom ?src ; pl:span ?span .
                  ?span oa:exact ?exact } }""");
        Map<String, List<String>> bySource = new HashMap<>();
        for (QuerySolution r : rows)
            bySource.computeIfAbsent(r.getResource("src").getURI(), k -> new ArrayList<>()).add(r.getLiteral("exact").getString());
        assertTrue(bySource.containsKey(iris.source("cairo-summit")), "the saved page has statements: " + bySource.keySet());
        assertTrue(bySource.containsKey(iris.source("g7-amazon")), "the Markdown file has statements: " + bySource.keySet());
        for (List<String> texts : bySource.values())
            for (String t : texts) {
                for (String never : List.of(SavedPages.CAPTION, SavedPages.CREDIT, MD_CAPTION, "By Wikinews staff",
                        SavedPages.COMMENT, SavedPages.NAV, "https://en.wikipedia.org"))
                    assertFalse(t.contains(never) || never.contains(t), "statement '" + t + "' vs '" + never + "'");
            }
        List<QuerySolution> mentions = select("""
                SELECT ?exact WHERE { GRAPH ?g { ?m a pl:Mention ; pl:span ?span . ?span oa:exact ?exact ;
                  oa:hasSource <%s> } }""".formatted(iris.source("g7-amazon")));
        assertTrue(mentions.stream().anyMatch(m -> m.getLiteral("exact").getString().equals("Emmanuel Macron")),
                "the words of a Markdown link are read: " + mentions);
        assertTrue(mentions.stream().noneMatch(m -> m.getLiteral("exact").getString().contains("](")), "its notation is not");
    }

    @Test
    void thePageSaysWhatTheCatalogueDoesNot() throws Exception {
        List<QuerySolution> rows = select("""
                SELECT ?headline ?url ?published ?language WHERE { GRAPH ?g { ?s pl:fileName "cairo-summit.html" ;
                  pl:headline ?headline ; pl:url ?url ; pl:published ?published ; pl:language ?language } }""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Ministers in Cairo reject Turkish-Libyan deal", rows.get(0).getLiteral("headline").getString());
        assertEquals("https://news.example.org/2020/01/cairo-summit", rows.get(0).getResource("url").getURI());
        assertEquals("2020-01-11", rows.get(0).getLiteral("published").getLexicalForm());
        assertEquals("en-GB", rows.get(0).getLiteral("language").getString());
        assertEquals(1, select("""
                SELECT * WHERE { GRAPH ?g { ?s pl:fileName "niamey-summit.pdf" ; pl:headline "%s" } }"""
                .formatted(SavedPages.paragraphs(SavedPages.NIAMEY).get(0))).size(), "a PDF's title is its headline");
    }

    @Test
    void everyFileLeftOutIsNamedInOneLineWithItsReason() {
        String out = progress.toString(StandardCharsets.UTF_8);
        Map<String, String> expected = Map.of("broken.html", "truncated", "garbage.pdf", "not a readable PDF",
                "locked.pdf", "encrypted", "minutes.docx", "unsupported format (.docx)", "images", "folder");
        for (var e : expected.entrySet()) {
            List<String> lines = out.lines().filter(l -> l.startsWith("skipped ") && l.contains(articles.resolve(e.getKey()) + ": ")).toList();
            assertEquals(1, lines.size(), e.getKey() + " in:\n" + out);
            assertTrue(lines.get(0).contains(e.getValue()), lines.get(0));
        }
        assertFalse(out.contains("Exception") || out.contains("\tat "), "no stack trace:\n" + out);
        assertFalse(out.contains("sources.ttl"), "the catalogue is not a skipped file:\n" + out);
    }
}
