package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.extract.ArticleExtraction;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;
import org.plenary.build.CorpusBuild;
import org.plenary.build.ExtractionCache;
import org.plenary.store.PlenaryDatabase;

/**
 * A real {@code plenary build} process on a real, small file system (a tmpfs of a few hundred KB, mounted in a user
 * and mount namespace of its own with {@code unshare}, so no privilege is needed where the kernel allows it): the
 * build ends with one line naming the generation it could not write, exits non-zero in bounded time (it used to hang
 * at 0% CPU when TDB2's loader threads died), leaves no half-written generation, and the published generation,
 * {@code ids.tsv} and the extraction cache are as they were. Skipped where the namespace or mount is refused;
 * {@code publish.BulkLoadTest} covers the same failures at the store's write boundary everywhere.
 */
class FullDiskBuildTest {
    @TempDir Path tmp;
    Path articles;
    final List<Process> children = new ArrayList<>();

    @BeforeEach
    void articlesWithCachedExtractions() throws Exception {
        Assumptions.assumeTrue(canMountTmpfs(), "unshare/mount of a tmpfs refused here");
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("alpha.txt"), "Council meets\n\nAda Lovelace said that the council must hear the witnesses.\n");
        Files.writeString(articles.resolve("bravo.txt"), "Budget hearing\n\nGrace Hopper said that the budget was late.\n");
    }

    @AfterEach
    void stopChildren() {
        children.forEach(Process::destroyForcibly);
    }

    boolean canMountTmpfs() throws Exception {
        Path m = Files.createDirectories(tmp.resolve("probe"));
        try {
            Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$0\"", m.toString())
                    .redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A database directory whose cache holds every article's extraction, as the child's standard extractor keys it. */
    Path databaseWithCache(boolean published) throws Exception {
        Path db = tmp.resolve("db");
        ArticleReader reader = new ArticleReader(SourceCatalogue.forDirectory(articles));
        NameExtractor names = new NameExtractor();
        List<ArticleExtraction> xs = new ArrayList<>();
        for (Path f : CorpusBuild.articleFiles(articles)) xs.add(names.apply(reader.read(f)));
        ExtractionCache.standard(PlenaryDatabase.at(db).extractionCache()).store(xs);
        if (published) {
            PlenaryDatabase database = PlenaryDatabase.at(db);
            CorpusBuild.create().articles(articles).progress(new PrintStream(PrintStream.nullOutputStream())).build().buildInto(database);
            database.currentGeneration().ifPresent(database::release);
            try (Stream<Path> s = Files.walk(db)) { // as after the build's process exited
                for (Path lock : s.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList()) Files.delete(lock);
            }
        }
        return db;
    }

    /**
     * Copies {@code db} onto a tmpfs of {@code sizeKb}, fills it up to {@code leaveKb} free, runs a build of the
     * articles into it and reports what the build printed, its exit and the database afterwards.
     */
    String buildOnSmallDisk(Path db, int sizeKb, int leaveKb) throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("mnt"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String script = String.join("\n",
                "mount -t tmpfs -o size=" + sizeKb + "k tmpfs \"$M\" || exit 90",
                "cp -a --sparse=always \"$DB\" \"$M/db\" || exit 91",
                "free=$(df -k \"$M\" | awk 'NR==2 {print $4}')",
                "[ \"$free\" -gt " + leaveKb + " ] && dd if=/dev/zero of=\"$M/filler\" bs=1k count=$((free - " + leaveKb + ")) status=none",
                "echo \"== before\"; readlink \"$M/db/current\"; (cd \"$M/db\" && find ids.tsv cache -type f 2>/dev/null | sort | xargs -r sha256sum)",
                "echo \"== build\"",
                "\"$JAVA\" -Xmx512m -cp \"$CP\" org.plenary.cli.PlenaryCommand build --articles \"$A\" --db \"$M/db\" 2>&1",
                "echo \"== exit $?\"",
                "echo \"== after\"; readlink \"$M/db/current\"; (cd \"$M/db\" && find ids.tsv cache -type f 2>/dev/null | sort | xargs -r sha256sum)",
                "echo \"== entries\"; ls -A \"$M/db\"");
        ProcessBuilder pb = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).redirectErrorStream(true);
        pb.environment().put("M", mount.toString());
        pb.environment().put("DB", db.toString());
        pb.environment().put("A", articles.toString());
        pb.environment().put("JAVA", java);
        pb.environment().put("CP", System.getProperty("java.class.path"));
        Path log = tmp.resolve("run.log");
        Process p = pb.redirectOutput(log.toFile()).start();
        children.add(p);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the build ends instead of hanging: " + Files.readString(log));
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    static String section(String out, String name) {
        int from = out.indexOf("== " + name + "\n");
        assertTrue(from >= 0, "no section " + name + " in:\n" + out);
        from += name.length() + 4;
        int to = out.indexOf("\n== ", from - 1);
        return out.substring(from, to < 0 ? out.length() : to + 1);
    }

    static void assertOneLineFailure(String out) {
        String build = section(out, "build");
        String last = build.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(out.contains("== exit 2\n"), out);
        assertTrue(last.startsWith("plenary build: cannot write ") && last.contains("/db/gen-"), "one line naming the generation:\n" + out);
        assertFalse(build.contains("\tat ") || build.contains("Exception in thread"), "no stack trace:\n" + out);
    }

    @Test
    void aFirstBuildOnAFullDiskEndsInOneLineAndLeavesNoGeneration() throws Exception {
        Path db = databaseWithCache(false);
        String out = buildOnSmallDisk(db, 2048, 200);
        assertOneLineFailure(out);
        assertTrue(section(out, "entries").lines().noneMatch(l -> l.startsWith("gen-") || l.equals("current")), out);
    }

    @Test
    void aRebuildOnAFullDiskKeepsThePublishedGenerationIdsAndCache() throws Exception {
        Path db = databaseWithCache(true);
        String out = buildOnSmallDisk(db, 8192, 200);
        assertOneLineFailure(out);
        assertEquals(section(out, "before"), section(out, "after"), "current, ids.tsv and cache unchanged:\n" + out);
        assertTrue(section(out, "before").startsWith("gen-1\n"), out);
        assertEquals(List.of("cache", "current", "gen-1", "ids.tsv", "replace.lock"),
                section(out, "entries").lines().sorted().toList(), "no half-written generation:\n" + out);
    }
}
