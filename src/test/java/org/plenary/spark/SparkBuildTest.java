package org.plenary.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.build.CorpusBuild;
import org.plenary.extract.ArticleExtraction;
import org.plenary.store.PlenaryDatabase;
import picocli.CommandLine;

/**
 * The Spark mode on a real local Spark (local[2], two executor threads sharing one CoreNLP) against the single-machine
 * build of the same folder: the seed articles and six evaluation articles with their catalogue. Both publish into real
 * TDB2 databases; their N-Quads must be the same, but for the build's own start and end times.
 */
class SparkBuildTest {
    private static final Path REFERENCE = Path.of("data/reference");
    private static final Path LINKS = Path.of("data/wikidata/links.tsv");
    private static Path work;
    private static Path articles;
    private static int articleCount;

    @BeforeAll
    static void corpus() throws IOException {
        System.setProperty("spark.ui.enabled", "false"); // no web UI on a port in CI
        System.setProperty("spark.driver.host", "127.0.0.1"); // the driver's own ports on the loopback only
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        work = Files.createTempDirectory("plenary-spark");
        articles = Files.createDirectories(work.resolve("articles"));
        List<Path> inputs = new ArrayList<>(listed(Path.of("data/articles")));
        inputs.addAll(listed(Path.of("data/eval/articles")).subList(0, 6));
        for (Path p : inputs) Files.copy(p, articles.resolve(p.getFileName()));
        Files.copy(Path.of("data/eval/sources.ttl"), articles.resolve("sources.ttl"));
        Files.writeString(articles.resolve("notes.csv"), "not an article\n"); // skipped by both, named by both
        articleCount = inputs.size();
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(p);
        }
    }

    private static List<Path> listed(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void sparkModeInLocalModePublishesTheSameQuadsAsTheSingleMachineBuild() throws IOException {
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        Path single = work.resolve("single-db");
        CorpusBuild.create().articles(articles).progress(quiet).reference(REFERENCE).links(LINKS).threads(2).noCache()
                .build().buildInto(PlenaryDatabase.at(single));

        Path spark = work.resolve("spark-db");
        SparkBuild job = new SparkBuild();
        int exit = new CommandLine(job).execute("--master", "local[2]", "--articles", articles.toString(), "--db", spark.toString(),
                "--reference", REFERENCE.toString(), "--links", LINKS.toString(), "--partitions", "3", "--quiet");
        assertEquals(0, exit);

        // every article was extracted on Spark, none found cached, each into its own cache entry
        assertEquals(articleCount, job.outcomes.size(), "one outcome per article file: " + job.outcomes);
        for (SparkExtraction.Outcome o : job.outcomes) {
            assertNull(o.refused(), o.file());
            assertFalse(o.cached(), o.file());
            assertTrue(o.cpuNanos() > 0, "extraction cost measured for " + o.file());
        }
        try (Stream<Path> s = Files.list(spark.resolve("cache"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(job.outcomes.stream().map(SparkExtraction.Outcome::entry).sorted().toList(), names,
                    "the cache holds the executors' entries and nothing half-written");
        }

        List<String> expected = quads(single), actual = quads(spark);
        assertTrue(expected.size() > 1000, "a real graph: " + expected.size() + " quads");
        assertEquals(expected.size(), actual.size());
        assertEquals(expected, actual);

        // the single-machine build reads the entries the executors wrote as its own: no model loads, every article a hit
        AtomicInteger hits = new AtomicInteger();
        AtomicInteger loads = new AtomicInteger();
        CorpusBuild.create().articles(articles).progress(quiet).reference(REFERENCE).links(LINKS).reporter(new CorpusBuild.Progress() {
            @Override public void loadingModels() { loads.incrementAndGet(); }
            @Override public void modelsLoaded(long nanos) {}
            @Override public void extracted(int done, int total, ArticleExtraction x, boolean cached) { if (cached) hits.incrementAndGet(); }
        }).build().buildInto(PlenaryDatabase.at(spark));
        assertEquals(0, loads.get());
        assertEquals(articleCount, hits.get());
    }

    @Test
    void aMissingArticlesFolderIsOneLineNamingIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = new CommandLine(new SparkBuild()).execute("--master", "local[1]", "--articles", work.resolve("no-such").toString(),
                    "--db", work.resolve("never-db").toString(), "--quiet");
        } finally {
            System.setErr(saved);
        }
        String said = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(2, exit, said);
        assertEquals("plenary-spark: --articles " + work.resolve("no-such") + ": not a directory", said);
        assertFalse(Files.exists(work.resolve("never-db")), "nothing created for a failed build");
    }

    /** The quads of the published generation as sorted N-Quads lines, less the build's start and end times. */
    private static List<String> quads(Path db) {
        Dataset ds = PlenaryDatabase.at(db).open();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(ds, () -> RDFDataMgr.write(out, ds.asDatasetGraph(), Lang.NQUADS));
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(l -> !l.contains("http://www.w3.org/ns/prov#startedAtTime") && !l.contains("http://www.w3.org/ns/prov#endedAtTime"))
                .sorted().toList();
    }
}
