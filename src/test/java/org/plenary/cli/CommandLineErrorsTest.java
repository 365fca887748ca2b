package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a new user makes on the command line get one clear line naming the cause, never a stack trace. */
class CommandLineErrorsTest {
    @TempDir Path dir;

    @Test
    void aMistypedOptionIsReportedAsUnknownWithTheOptionMeant() {
        Cli.Run r = Cli.run("build", "--article", dir.toString(), "--db", dir.resolve("db").toString());
        assertEquals(2, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("Unknown option") && lines.get(0).contains("'--article'"), r.err());
        assertTrue(r.err().contains("--articles"), "picocli's suggestion: " + r.err());
        assertFalse(r.err().contains("Missing required option"), r.err());
    }

    @Test
    void aMissingRequiredOptionAloneIsStillReportedAsMissing() {
        Cli.Run r = Cli.run("build", "--db", dir.resolve("db").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("Missing required option: '--articles=DIR'"), r.err());
    }

    @Test
    void theTopLevelCommandOutsideTheRepositoryNamesTheMissingArticlesFolder() throws Exception {
        Cli.Run r = Cli.runAsProcess(dir, "256m", 60);
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("plenary: --articles " + dir.toRealPath().resolve("data/articles")), r.err());
        assertFalse(Files.exists(dir.resolve("db")), "nothing is created");
    }

    @Test
    void goldFilesAreCheckedBeforeTheBuildAndTheErrorNamesFileAndField() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("one.txt"), "Ana Ortiz chaired the council meeting on Monday.");
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("one.json"), "{\"article\": \"one.txt\", \"persons\": [{\"name\": \"Ana Ortiz\"}, {\"spellings\": [\"A. Ortiz\"]}]}");
        Cli.Run r = Cli.run("eval", "--articles", articles.toString(), "--gold", gold.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("plenary eval: bad gold file " + gold.resolve("one.json") + ": persons[1]: missing \"name\"", r.err().strip());
    }

    @Test
    void aSyntaxErrorNamesOnePositionThatOfTheOffendingToken() throws Exception {
        Path db = Cli.emptyDatabase(dir, "http://localhost:3030/");
        // The stray "}" on line 4 is the error; the parser's exception points at the last good token (3:6).
        Path q = Files.writeString(dir.resolve("bad.rq"), "PREFIX x: <http://example.org/>\nSELECT ?a WHERE {\n  ?a x:b\n}}\n");
        Cli.Run r = Cli.run("query", "--db", db.toString(), q.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("plenary query: " + q + ":4:1: SPARQL syntax error"), r.err());
        Matcher positions = Pattern.compile("\\d+:\\d+|line \\d+").matcher(r.err());
        int count = 0;
        while (positions.find()) count++;
        assertEquals(1, count, "one position: " + r.err());
    }
}
