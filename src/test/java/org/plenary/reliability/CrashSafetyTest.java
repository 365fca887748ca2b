package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.it.SeedCorpus;
import org.plenary.build.CorpusBuild;
import org.plenary.build.ExtractionCache;
import org.plenary.store.PlenaryDatabase;

/**
 * A real {@code plenary build} process killed with SIGKILL while it writes a new generation leaves the published
 * database exactly as it was, and the next build completes. The child finds every extraction in the cache, so it
 * never loads CoreNLP and reaches the database write in a few seconds.
 */
class CrashSafetyTest {
    @TempDir Path tmp;
    PlenaryDatabase db;
    final List<Process> children = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        children.forEach(Process::destroyForcibly);
        if (db != null) db.currentGeneration().ifPresent(db::release);
    }

    Process build(Path articles, Path dbDir, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.plenary.cli.PlenaryCommand", "build", "--articles", articles.toString(), "--db", dbDir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        children.add(p);
        return p;
    }

    Set<String> statements(Dataset ds) {
        Set<String> rows = new TreeSet<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(SeedCorpus.query("statements.rq")).build()) {
                qe.execSelect().forEachRemaining(s -> rows.add(s.toString()));
            }
        });
        return rows;
    }

    @Test
    void killMinus9DuringTheDatabaseWriteLeavesThePublishedGenerationAndTheNextBuildCompletes() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("corpus/articles"));
        Files.copy(Path.of("data/sources.ttl"), tmp.resolve("corpus/sources.ttl"));
        try (Stream<Path> s = Files.list(SeedCorpus.ARTICLES)) {
            for (Path p : s.toList()) Files.copy(p, articles.resolve(p.getFileName()));
        }
        Path dbDir = tmp.resolve("db");
        // The seed fixture's extractions, stored under the keys the child computes for the same files and code.
        db = PlenaryDatabase.at(dbDir);
        ExtractionCache.standard(PlenaryDatabase.at(dbDir).extractionCache()).store(SeedCorpus.get().result.extractions());
        CorpusBuild.create().articles(articles).progress(new PrintStream(PrintStream.nullOutputStream()))
                .reference(Path.of("data/reference")).links(Path.of("data/wikidata/links.tsv")).build().buildInto(db);
        Path link = dbDir.resolve("current");
        Path before = Files.readSymbolicLink(link);
        Set<String> published = statements(db.open());
        assertFalse(published.isEmpty());

        Process child = build(articles, dbDir, tmp.resolve("killed.log"));
        Path next = dbDir.resolve("gen-" + (generationNumber(before) + 1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(next.resolve("tdb2")) && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(1);
        assertTrue(child.isAlive(), "the child was still building when the new generation appeared: " + Files.readString(tmp.resolve("killed.log")));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(next, LinkOption.NOFOLLOW_LINKS), "the kill landed while the new generation was being written");

        assertEquals(before, Files.readSymbolicLink(link), "current still points at the published generation");
        assertEquals(published, statements(PlenaryDatabase.at(dbDir).open()));

        Process again = build(articles, dbDir, tmp.resolve("again.log"));
        assertTrue(again.waitFor(180, TimeUnit.SECONDS), "the next build finishes");
        String log = Files.readString(tmp.resolve("again.log"));
        assertEquals(0, again.exitValue(), log);
        assertTrue(log.contains("(cached)"), "the child used the cache and never loaded CoreNLP: " + log);
        Path after = Files.readSymbolicLink(link);
        assertTrue(generationNumber(after) > generationNumber(next.getFileName()), after.toString());
        assertFalse(Files.exists(next), "the half-written generation of the killed build is removed");
        assertEquals(published, statements(PlenaryDatabase.at(dbDir).open()), "same inputs, same answers");
    }

    static int generationNumber(Path gen) {
        return Integer.parseInt(gen.getFileName().toString().substring("gen-".length()));
    }
}
