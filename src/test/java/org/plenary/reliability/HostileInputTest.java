package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.extract.ArticleExtraction;
import org.plenary.graph.ShapesValidator;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleException;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;
import org.plenary.it.SeedCorpus;
import org.plenary.build.CorpusBuild;
import org.plenary.store.PlenaryDatabase;

/**
 * Files that are not articles, or are articles built to hurt: each is refused with a message naming the file, or
 * built into a graph that conforms; the other articles of the same folder build either way.
 */
class HostileInputTest {
    @TempDir Path tmp;
    PlenaryDatabase db;

    @AfterEach
    void release() {
        if (db != null) db.currentGeneration().ifPresent(db::release);
    }

    static final String HTML = """
            <!DOCTYPE html>
            <html><head><title>Council meets</title><script>var x = "<b>" + '"' + 1;</script>
            <style>p { content: "\\201C"; }</style></head>
            <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
            <h1>Council meets on budget</h1>
            <p>The city council met on Tuesday. &ldquo;We must act,&rdquo; said Mayor Jane Fixture.</p>
            <p>&lt;p&gt; &amp;amp; <img src="x.png" alt="A &quot;photo&quot;"></p>
            </body></html>
            """;

    /** Brackets and quotes nested hundreds deep, runs of marks, and no sentence end for a long stretch. */
    static String punctuated() {
        StringBuilder sb = new StringBuilder("Council minutes\n\n");
        sb.append("(".repeat(300)).append("[\"'«“").append("Jane Fixture said").append("”»'\"]").append(")".repeat(300)).append('\n');
        for (int i = 0; i < 200; i++) sb.append("!?…—;:,.-*&^%$#@~`|\\/<>{}[]()\"'“”‘’«» ");
        sb.append('\n');
        sb.append("\"".repeat(501)).append(" unclosed quote ").append("“".repeat(77)).append('\n');
        sb.append("Mr. A. B. C. D. E. F. G. (H.) [I.] {J.} said: \"\"\"\"\n");
        return sb.toString();
    }

    static void write(Path dir, String name, byte[] bytes) throws Exception { Files.write(dir.resolve(name), bytes); }

    static Path hostileFolder(Path dir) throws Exception {
        Files.createDirectories(dir);
        write(dir, "empty.txt", new byte[0]);
        write(dir, "blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
        write(dir, "binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 'x', 'y', 0, 10, 'z'});
        write(dir, "latin1.txt", "Caf\u00e9 council met.".getBytes(StandardCharsets.ISO_8859_1));
        write(dir, "truncated-utf8.txt", new byte[] {'O', 'k', ' ', (byte) 0xE2, (byte) 0x80});
        byte[] big = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        for (int i = 80; i < big.length; i += 81) big[i] = '\n';
        write(dir, "huge.txt", big);
        return dir;
    }

    static final List<String> REFUSED = List.of("empty.txt", "blank.txt", "binary.txt", "latin1.txt", "truncated-utf8.txt", "huge.txt");

    static void assertRefusedByName(List<String> refused, Path dir) {
        for (String name : REFUSED)
            assertEquals(1, refused.stream().filter(m -> m.contains(dir.resolve(name).toString())).count(),
                    name + " refused once, by path: " + refused);
    }

    @Test
    void eachRefusalNamesTheFileAndSaysWhy() throws Exception {
        Path dir = hostileFolder(tmp.resolve("in"));
        ArticleReader reader = new ArticleReader(SourceCatalogue.forDirectory(dir));
        for (var e : java.util.Map.of("empty.txt", "empty", "blank.txt", "empty", "binary.txt", "NUL",
                "latin1.txt", "UTF-8", "truncated-utf8.txt", "UTF-8", "huge.txt", "limit").entrySet()) {
            ArticleException x = assertThrows(ArticleException.class, () -> reader.read(dir.resolve(e.getKey())));
            assertTrue(x.getMessage().startsWith(dir.resolve(e.getKey()).toString()), x.getMessage());
            assertTrue(x.getMessage().contains(e.getValue()), x.getMessage());
        }
        ArticleException latin = assertThrows(ArticleException.class, () -> reader.read(dir.resolve("latin1.txt")));
        assertTrue(latin.getMessage().contains("byte 3"), "the offending byte is located: " + latin.getMessage());
    }

    @Test
    void refusedFilesAndAFailingExtractionLeaveTheOtherArticlesBuilding() throws Exception {
        Path dir = hostileFolder(tmp.resolve("in"));
        Files.writeString(dir.resolve("good.txt"), "Council\n\nAda Lovelace said that the council met.\n");
        Files.writeString(dir.resolve("poison.txt"), "Council\n\nGrace Hopper said that this one breaks the extractor.\n");
        NameExtractor names = new NameExtractor();
        Function<Article, ArticleExtraction> failing = a -> {
            if (a.fileName().equals("poison.txt")) throw new StackOverflowError("deep parse");
            return names.apply(a);
        };
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        db = PlenaryDatabase.at(tmp.resolve("db"));
        CorpusBuild.Result r = CorpusBuild.create().articles(dir).progress(new PrintStream(progress, true, StandardCharsets.UTF_8))
                .extractor("failing", failing).build().buildInto(db);
        assertEquals(List.of("good"), r.articles().stream().map(Article::id).toList());
        assertRefusedByName(r.refused(), dir);
        assertTrue(r.refused().stream().anyMatch(m -> m.startsWith("poison.txt: extraction failed") && m.contains("deep parse")), r.refused().toString());
        String said = progress.toString(StandardCharsets.UTF_8);
        for (String name : REFUSED) assertTrue(said.contains("skipped " + dir.resolve(name)), said);
        assertTrue(db.exists());
    }

    /** One small real build (CoreNLP shared with the seed fixture): hostile but readable text is handled. */
    @Test
    void htmlPunctuationAndScriptMixturesBuildIntoAConformingGraphBesideARealArticle() throws Exception {
        SeedCorpus.get(); // CoreNLP loads once per JVM; share it with the seed fixture.
        Path dir = hostileFolder(tmp.resolve("in"));
        Files.writeString(dir.resolve("page.txt"), HTML);
        Files.writeString(dir.resolve("punctuated.txt"), punctuated());
        Files.writeString(dir.resolve("mixed.txt"), "Council meets\n\n\u202EMayor Jane Fixture\u202C said \"\uD83D\uDE00 we \u200Fmet\u200E\" "
                + "in \u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD and \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \uFEFF today.\n");
        Path seed;
        try (var s = Files.list(SeedCorpus.ARTICLES)) {
            seed = s.filter(ArticleReader::isArticleFile).sorted().findFirst().orElseThrow();
        }
        Files.copy(seed, dir.resolve(seed.getFileName()));
        db = PlenaryDatabase.at(tmp.resolve("db"));
        CorpusBuild.Result r = CorpusBuild.create().articles(dir).progress(new PrintStream(PrintStream.nullOutputStream()))
                .build().buildInto(db);
        assertRefusedByName(r.refused(), dir);
        assertEquals(REFUSED.size(), r.refused().size(), r.refused().toString());
        List<String> ids = r.articles().stream().map(Article::id).toList();
        assertTrue(ids.containsAll(List.of("page", "punctuated", "mixed", ArticleReader.idOf(seed.getFileName().toString()))), ids.toString());
        var seedX = r.extractions().stream().filter(x -> x.article().fileName().equals(seed.getFileName().toString())).findFirst().orElseThrow();
        assertFalse(seedX.statements().isEmpty(), "the real article still yields statements");
        var ds = db.open();
        assertTrue(Txn.calculateRead(ds, () -> ShapesValidator.plenary().validate(ds.asDatasetGraph())).conforms());
    }
}
