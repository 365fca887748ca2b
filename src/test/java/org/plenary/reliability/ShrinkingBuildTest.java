package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.cli.PlenaryCommand;
import org.plenary.extract.ArticleExtraction;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleReader;
import org.plenary.build.CorpusBuild;
import org.plenary.store.PlenaryDatabase;
import org.plenary.build.PlenaryException;
import picocli.CommandLine;

/**
 * A build that would publish no article, or lose more than half of the published ones, is refused before anything is
 * written: the published generation, {@code ids.tsv} and the extraction cache stay byte for byte as they were, unless
 * {@code --allow-shrink} says otherwise.
 */
class ShrinkingBuildTest {
    @TempDir Path tmp;
    Path articles;
    PlenaryDatabase db;
    final NameExtractor names = new NameExtractor();

    @BeforeEach
    void publishFourArticles() throws Exception {
        articles = Files.createDirectories(tmp.resolve("articles"));
        write("alpha.txt", "Council meets\n\nAda Lovelace said that the council must hear the witnesses.\n");
        write("bravo.txt", "Budget hearing\n\nGrace Hopper said that the budget was late.\n");
        write("charlie.txt", "Water board\n\nAlan Turing said that the reservoir is full.\n");
        write("delta.txt", "School board\n\nMary Somerville said that the schools need teachers.\n");
        db = PlenaryDatabase.at(tmp.resolve("db"));
        build(names, false);
        assertEquals(4, Files.list(db.extractionCache()).count(), "one cache entry per article");
    }

    @AfterEach
    void release() {
        db.currentGeneration().ifPresent(db::release);
    }

    void write(String name, String text) throws IOException { Files.writeString(articles.resolve(name), text); }

    CorpusBuild.Result build(Function<Article, ArticleExtraction> extractor, boolean allowShrink) {
        return build("names/1", extractor, allowShrink);
    }

    CorpusBuild.Result build(String extractorId, Function<Article, ArticleExtraction> extractor, boolean allowShrink) {
        return CorpusBuild.create().articles(articles).progress(new PrintStream(PrintStream.nullOutputStream()))
                .extractor(extractorId, extractor).allowShrink(allowShrink).build().buildInto(db);
    }

    /** What must survive a refused or failed build: the current link, the id table and every cache entry, by content. */
    Map<String, String> state() throws IOException {
        Map<String, String> out = new TreeMap<>();
        out.put("current", Files.readSymbolicLink(db.location().resolve("current")).toString());
        try (Stream<Path> files = Files.walk(db.location())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = db.location().relativize(f).toString();
                if (f.equals(db.entityIds()) || f.startsWith(db.extractionCache()))
                    out.put(rel, ArticleReader.sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    @Test
    void anEmptyArticlesFolderIsRefusedAndChangesNothing() throws Exception {
        Map<String, String> before = state();
        try (Stream<Path> s = Files.list(articles)) {
            for (Path p : s.toList()) Files.delete(p);
        }
        PlenaryException e = assertThrows(PlenaryException.class, () -> build(names, false));
        assertTrue(e.getMessage().contains("no article") && e.getMessage().contains(articles.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--allow-shrink"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertEquals(before, state());
    }

    @Test
    void aBuildWhereEveryArticleFailsIsRefusedNamingWhy() throws Exception {
        Map<String, String> before = state();
        // As a catalogue with an ill-typed pl:published does to CoreNLP: every extraction throws (another extractor id,
        // so that nothing comes from the cache).
        Function<Article, ArticleExtraction> failing = a -> { throw new IllegalArgumentException("bad date 2025-13-45"); };
        PlenaryException e = assertThrows(PlenaryException.class, () -> build("failing/1", failing, false));
        assertTrue(e.getMessage().contains("no article: all 4 files were refused"), e.getMessage());
        assertTrue(e.getMessage().contains("bad date 2025-13-45"), "names the first failure: " + e.getMessage());
        assertEquals(before, state(), "not even the failed articles' cache entries are dropped");
    }

    @Test
    void losingMoreThanHalfIsRefusedAndAllowShrinkPublishesIt() throws Exception {
        Files.delete(articles.resolve("alpha.txt"));
        Files.delete(articles.resolve("bravo.txt"));
        assertEquals(2, build(names, false).articles().size(), "losing exactly half is not refused");

        write("alpha.txt", "Council meets\n\nAda Lovelace said that the council must hear the witnesses.\n");
        write("bravo.txt", "Budget hearing\n\nGrace Hopper said that the budget was late.\n");
        build(names, false);
        Files.delete(articles.resolve("alpha.txt"));
        Files.delete(articles.resolve("bravo.txt"));
        Files.delete(articles.resolve("charlie.txt"));
        Map<String, String> before = state();
        PlenaryException e = assertThrows(PlenaryException.class, () -> build(names, false));
        assertTrue(e.getMessage().contains("lose 3 of the 4 published articles (alpha, bravo, charlie)"), e.getMessage());
        assertEquals(before, state());

        CorpusBuild.Result r = build(names, true);
        assertEquals(1, r.articles().size());
        assertNotEquals(before.get("current"), state().get("current"), "published");
        assertEquals(1, Files.list(db.extractionCache()).count(), "the cache follows the corpus once published");
    }

    @Test
    void theCommandExitsTwoWithOneLineAndAllowShrinkPublishesAnEmptyFirstBuild() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path fresh = tmp.resolve("fresh-db");
        StringWriter err = new StringWriter();
        int code = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err))
                .execute("build", "--articles", empty.toString(), "--db", fresh.toString());
        assertEquals(2, code, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("plenary build: refusing to publish"), err.toString());
        assertFalse(PlenaryDatabase.at(fresh).exists(), "nothing published");

        code = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err))
                .execute("build", "--articles", empty.toString(), "--db", fresh.toString(), "--allow-shrink");
        PlenaryDatabase allowed = PlenaryDatabase.at(fresh);
        try {
            assertEquals(0, code, err.toString());
            assertTrue(allowed.exists());
        } finally {
            allowed.currentGeneration().ifPresent(allowed::release);
        }
    }
}
