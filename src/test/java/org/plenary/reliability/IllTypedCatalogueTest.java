package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.cli.PlenaryCommand;
import org.plenary.ingest.ArticleReader;
import org.plenary.store.PlenaryDatabase;
import picocli.CommandLine;

/**
 * Issue 15, item 4, as a user met it: a catalogue whose {@code pl:published} is ill-typed ("2025-13-45"^^xsd:date)
 * used to make every article fail and the build exit 0 with a generation of no article, an empty {@code ids.tsv}
 * and a cleared extraction cache. Now {@code plenary build} stops with exit 2 and one line naming the catalogue, the
 * entry and the value, and the published generation, the id table and the cache stay byte for byte as they were.
 */
class IllTypedCatalogueTest {
    @TempDir Path tmp;

    @Test
    void anIllTypedPublishedDateStopsTheBuildAndChangesNothing() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path articles = Files.createDirectories(data.resolve("articles"));
        Files.writeString(articles.resolve("council.txt"), "Council meets on water\n\n"
                + "The city council met on Tuesday. Councillor Ada Lovelace said that the reservoir is full.\n");
        Files.writeString(articles.resolve("board.txt"), "School board hearing\n\n"
                + "The school board held a hearing on Monday. Trustee Grace Hopper said that the schools need teachers.\n");
        catalogue(data, "\"2025-05-20\"^^xsd:date");
        Path db = tmp.resolve("db");

        Run first = build(articles, db);
        assertEquals(0, first.exit(), first.err());
        PlenaryDatabase database = PlenaryDatabase.at(db);
        Map<String, String> before = state(database);
        assertTrue(before.keySet().stream().anyMatch(k -> k.startsWith(db.relativize(database.extractionCache()).toString())),
                "the first build filled the cache: " + before.keySet());

        catalogue(data, "\"2025-13-45\"^^xsd:date");
        Run second = build(articles, db);
        assertEquals(2, second.exit(), second.err());
        assertEquals(1, second.err().lines().count(), "one line: " + second.err());
        String line = second.err().strip();
        assertTrue(line.startsWith("plenary build: " + data.resolve("sources.ttl")), "names the file to fix: " + line);
        assertTrue(line.contains("council.txt") || line.contains("board.txt"), "names the entry: " + line);
        assertTrue(line.contains("pl:published") && line.contains("2025-13-45") && line.contains("xsd:date"),
                "names the property, the value and its datatype: " + line);
        assertEquals(before, state(database), "the published generation, ids.tsv and the cache are unchanged");
    }

    private static void catalogue(Path data, String published) throws IOException {
        StringBuilder ttl = new StringBuilder("""
                @prefix pl:  <https://w3id.org/plenary/ontology#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                """);
        for (String file : new String[] {"council.txt", "board.txt"})
            ttl.append("<urn:catalogue:").append(file).append("> pl:fileName \"").append(file)
                    .append("\" ; pl:publisher \"The Ledger\" ; pl:published ").append(published).append(" .\n");
        Files.writeString(data.resolve("sources.ttl"), ttl);
    }

    record Run(int exit, String err) {}

    private static Run build(Path articles, Path db) {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err, true))
                .execute("build", "--articles", articles.toString(), "--db", db.toString(), "--quiet");
        PlenaryDatabase d = PlenaryDatabase.at(db);
        d.currentGeneration().ifPresent(d::release);
        return new Run(exit, err.toString());
    }

    /** The current link, and the id table and every cache entry by content. */
    private static Map<String, String> state(PlenaryDatabase db) throws IOException {
        Map<String, String> out = new TreeMap<>();
        out.put("current", Files.readSymbolicLink(db.location().resolve("current")).toString());
        try (Stream<Path> files = Files.walk(db.location())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.equals(db.entityIds()) || f.startsWith(db.extractionCache()))
                    out.put(db.location().relativize(f).toString(), ArticleReader.sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }
}
