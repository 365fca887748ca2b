package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.cli.PlenaryCommand;
import org.plenary.store.PlenaryDatabase;

/**
 * {@code plenary build --articles articles}, run as a user would from the folder above the articles (a relative,
 * one-segment path), uses the catalogue, link table and reference facts beside them: the seeds' sources get their
 * publisher and date, and their two reports of one meeting stay one meeting. It says so, and shows its progress.
 */
class RelativeArticlesBuildTest {
    @TempDir Path dir;

    @Test
    void theSeedsBuiltFromARelativePathUseTheirCatalogue() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data")).toRealPath();
        Files.createDirectories(data.resolve("articles"));
        try (var files = Files.list(SeedCorpus.ARTICLES)) {
            for (Path f : files.toList()) Files.copy(f, data.resolve("articles").resolve(f.getFileName()));
        }
        Files.copy(Path.of("data/sources.ttl"), data.resolve("sources.ttl"));
        Files.createDirectories(data.resolve("reference"));
        Files.copy(Path.of("data/reference/reference.ttl"), data.resolve("reference/reference.ttl"));
        Files.createDirectories(data.resolve("wikidata"));
        Files.copy(Path.of("data/wikidata/links.tsv"), data.resolve("wikidata/links.tsv"));

        Path errFile = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-cp", System.getProperty("java.class.path"), PlenaryCommand.class.getName(),
                "build", "--articles", "articles", "--db", "db"))
                .directory(data.toFile()).redirectError(errFile.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "build finished");
        String err = Files.readString(errFile);
        assertEquals(0, p.exitValue(), err);

        List<String> lines = err.lines().toList();
        assertEquals(List.of("catalogue: " + data.resolve("sources.ttl"), "link table: " + data.resolve("wikidata/links.tsv"),
                "reference graph: " + data.resolve("reference"), "Loading language models\u2026"), lines.subList(0, 4), err);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[1/2] christiandaily-2025-05-unga-high-level-meeting.txt: ")), err);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[2/2] koreadaily-2025-05-un-defectors.txt: ")), err);

        Dataset ds = PlenaryDatabase.existing(data.resolve("db")).open();
        List<String> publishers = new ArrayList<>(), meetings = new ArrayList<>();
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                    PREFIX pl: <https://w3id.org/plenary/ontology#>
                    SELECT ?source ?published WHERE { ?source a pl:Source ; pl:published ?published }""").build()) {
                qe.execSelect().forEachRemaining(s -> publishers.add(s.getResource("source").getURI()));
            }
            try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                    PREFIX pl: <https://w3id.org/plenary/ontology#>
                    SELECT DISTINCT ?m WHERE { ?m a pl:Meeting }""").build()) {
                qe.execSelect().forEachRemaining(s -> meetings.add(s.getResource("m").getURI()));
            }
        });
        assertEquals(2, publishers.size(), "both sources dated by the catalogue: " + publishers);
        assertEquals(1, meetings.size(), "one meeting: " + meetings);
    }
}
