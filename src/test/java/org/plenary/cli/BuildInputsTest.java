package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build finds its catalogue, link table and reference facts from the articles folder, wherever it is run from,
 * and says which it used; a path given on the command line must exist.
 */
class BuildInputsTest {
    @TempDir Path dir;

    /** A copy of the repository's data layout: data/articles (empty), data/sources.ttl, data/reference/, data/wikidata/links.tsv. */
    private Path dataLayout() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(data.resolve("articles"));
        Files.copy(Path.of("data/sources.ttl"), data.resolve("sources.ttl"));
        Files.createDirectories(data.resolve("reference"));
        Files.copy(Path.of("data/reference/reference.ttl"), data.resolve("reference/reference.ttl"));
        Files.createDirectories(data.resolve("wikidata"));
        Files.copy(Path.of("data/wikidata/links.tsv"), data.resolve("wikidata/links.tsv"));
        return data.toRealPath();
    }

    @Test
    void aRelativeOneSegmentArticlesPathFindsTheCatalogueLinksAndReferenceBesideIt() throws Exception {
        Path data = dataLayout();
        Cli.Run r = Cli.runAsProcess(data, "512m", 120, "build", "--articles", "articles", "--db", "db");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.contains("catalogue: " + data.resolve("sources.ttl")), r.err());
        assertTrue(lines.contains("link table: " + data.resolve("wikidata/links.tsv")), r.err());
        assertTrue(lines.contains("reference graph: " + data.resolve("reference")), r.err());
    }

    @Test
    void aBuildElsewhereFindsTheLinkTableAndReferenceAboveTheArticlesFolder() throws Exception {
        Path data = dataLayout();
        Path corpus = Files.createDirectories(data.resolve("eval/articles"));
        Cli.Run r = Cli.run("build", "--articles", corpus.toString(), "--db", dir.resolve("db").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.contains("link table: " + data.resolve("wikidata/links.tsv")), r.err());
        assertTrue(lines.contains("reference graph: " + data.resolve("reference")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("catalogue: none (no sources.ttl in " + corpus)), r.err());
    }

    @Test
    void whatIsNotFoundIsSaidAndQuietSaysNothing() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("alone/articles"));
        Cli.Run r = Cli.run("build", "--articles", articles.toString(), "--db", dir.resolve("db").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("catalogue: none")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("link table: none")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("reference graph: none")), r.err());

        Cli.Run quiet = Cli.run("build", "--quiet", "--articles", articles.toString(), "--db", dir.resolve("db2").toString());
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.err() + quiet.out());
    }

    @Test
    void anExplicitPathThatIsMissingIsAnErrorNamingIt() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path db = dir.resolve("db");
        Cli.Run links = Cli.run("build", "--articles", articles.toString(), "--db", db.toString(), "--links", dir.resolve("links.tvs").toString());
        assertEquals(2, links.exit(), links.err());
        assertEquals("plenary build: --links " + dir.resolve("links.tvs") + ": no such file", links.err().strip());
        Cli.Run reference = Cli.run("build", "--articles", articles.toString(), "--db", db.toString(), "--reference", dir.resolve("refs").toString());
        assertEquals(2, reference.exit(), reference.err());
        assertEquals("plenary build: --reference " + dir.resolve("refs") + ": no such directory", reference.err().strip());
        assertFalse(Files.exists(db), "nothing built");
    }
}
