package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.IriScheme;
import org.plenary.build.CorpusBuild;
import org.plenary.store.PlenaryDatabase;

/** Rebuilds extract only the articles that changed; everything else comes from the cache and keeps its IRIs. */
class IncrementalBuildTest {
    @TempDir Path tmp;
    Path articles;
    PlenaryDatabase db;
    final NameExtractor names = new NameExtractor();
    final IriScheme iris = IriScheme.defaults();

    @BeforeEach
    void articles() throws Exception {
        articles = Files.createDirectories(tmp.resolve("articles"));
        write("alpha.txt", "Council meets\n\nAda Lovelace said that the council must hear the witnesses.\n");
        write("bravo.txt", "Budget hearing\n\nGrace Hopper said that the budget was late.\n");
        write("charlie.txt", "Water board\n\nAlan Turing said that the reservoir is full.\n");
        db = PlenaryDatabase.at(tmp.resolve("db"));
    }

    @AfterEach
    void release() {
        db.currentGeneration().ifPresent(db::release);
    }

    void write(String name, String text) throws Exception { Files.writeString(articles.resolve(name), text); }

    CorpusBuild.Result build(String extractorId) {
        return CorpusBuild.create().articles(articles).iris(iris).progress(new PrintStream(PrintStream.nullOutputStream()))
                .extractor(extractorId, names).build().buildInto(db);
    }

    CorpusBuild.Result build() { return build("names/1"); }

    /** The published quads of one source's graph, as N-Triples-like lines. */
    Set<String> sourceGraph(String id) {
        Dataset ds = db.open();
        Set<String> quads = new TreeSet<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().getGraph(NodeFactory.createURI(iris.sourceGraph(id)))
                .find().forEachRemaining(t -> quads.add(t.toString())));
        return quads;
    }

    long cacheEntries() throws Exception {
        try (Stream<Path> s = Files.list(db.extractionCache())) {
            return s.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    void anUnchangedCorpusIsNotExtractedAgain() throws Exception {
        build();
        assertEquals(List.of("alpha.txt", "bravo.txt", "charlie.txt"), names.drain());
        Set<String> alpha = sourceGraph("alpha");
        assertFalse(alpha.isEmpty());

        CorpusBuild.Result again = build();
        assertEquals(List.of(), names.drain());
        assertEquals(3, again.articles().size());
        assertEquals(alpha, sourceGraph("alpha"));
        assertEquals(3, cacheEntries());
    }

    @Test
    void oneChangedArticleIsTheOnlyOneExtractedAndTheOthersKeepTheirQuads() throws Exception {
        build();
        names.drain();
        Set<String> alpha = sourceGraph("alpha"), charlie = sourceGraph("charlie");

        write("bravo.txt", "Budget hearing\n\nGrace Hopper said that the budget was passed after all.\n");
        build();
        assertEquals(List.of("bravo.txt"), names.drain());
        assertEquals(alpha, sourceGraph("alpha"));
        assertEquals(charlie, sourceGraph("charlie"));
        assertTrue(sourceGraph("bravo").stream().anyMatch(q -> q.contains("passed after all")));
        assertTrue(sourceGraph("bravo").stream().noneMatch(q -> q.contains("was late")));
    }

    @Test
    void anAddedArticleIsExtractedAndARemovedOneLeavesGraphAndCache() throws Exception {
        build();
        names.drain();
        write("delta.txt", "Harbour board\n\nKaren Jones said that the harbour needs dredging.\n");
        Files.delete(articles.resolve("charlie.txt"));
        CorpusBuild.Result r = build();
        assertEquals(List.of("delta.txt"), names.drain());
        assertEquals(List.of("alpha", "bravo", "delta"), r.articles().stream().map(a -> a.id()).toList());
        assertTrue(sourceGraph("charlie").isEmpty(), "removed article's graph is gone");
        assertFalse(sourceGraph("delta").isEmpty());
        assertEquals(3, cacheEntries(), "the cache holds the current corpus only");
    }

    @Test
    void aTornOrForeignCacheEntryIsAMissNotAnError() throws Exception {
        build();
        names.drain();
        try (Stream<Path> s = Files.list(db.extractionCache())) {
            for (Path p : s.toList()) Files.writeString(p, "{ \"entities\": [ {\"key\": 1} ");
        }
        build();
        assertEquals(List.of("alpha.txt", "bravo.txt", "charlie.txt"), names.drain());
    }

    @Test
    void anotherExtractorDoesNotReuseTheCache() {
        build("names/1");
        names.drain();
        build("names/2");
        assertEquals(List.of("alpha.txt", "bravo.txt", "charlie.txt"), names.drain());
    }

    @Test
    void noCacheExtractsEverythingAndLeavesNoCacheDirectory() {
        CorpusBuild.create().articles(articles).progress(new PrintStream(PrintStream.nullOutputStream()))
                .extractor("names/1", names).noCache().build().buildInto(db);
        CorpusBuild.create().articles(articles).progress(new PrintStream(PrintStream.nullOutputStream()))
                .extractor("names/1", names).noCache().build().buildInto(db);
        assertEquals(6, names.drain().size());
        assertFalse(Files.exists(db.extractionCache()));
    }
}
