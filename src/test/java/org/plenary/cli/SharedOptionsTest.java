package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --db} and {@code --verbose} options written once and mixed into several commands keep the public
 * contract of each: the same names, labels, descriptions, required-ness, messages and exit codes.
 */
class SharedOptionsTest {
    @TempDir Path dir;

    record Run(int exit, String err) {}

    static Run run(String... args) {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "candidates", "export", "serve"})
    void dbIsARequiredDirOption(String command) {
        OptionSpec db = new CommandLine(new PlenaryCommand()).getSubcommands().get(command).getCommandSpec().findOption("--db");
        assertTrue(db.required(), command);
        assertEquals("DIR", db.paramLabel(), command);
        assertArrayEquals(new String[] {"The Plenary database directory."}, db.description(), command);
        assertEquals(Path.class, db.type(), command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "candidates", "export", "extract"})
    void verboseOnlyAddsStackTraces(String command) {
        OptionSpec verbose = new CommandLine(new PlenaryCommand()).getSubcommands().get(command).getCommandSpec().findOption("--verbose");
        assertArrayEquals(new String[] {"Print stack traces of errors."}, verbose.description(), command);
        assertEquals(0, verbose.arity().min(), command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"candidates", "export", "serve"})
    void aMissingDatabaseIsBadInputNamedInOneLine(String command) {
        Path missing = dir.resolve("no-db");
        String[] args = switch (command) {
            case "export" -> new String[] {command, "--db", missing.toString(), "--out", dir.resolve("out").toString()};
            case "serve" -> new String[] {command, "--db", missing.toString(), "--port", "0"};
            default -> new String[] {command, "--db", missing.toString()};
        };
        Run quiet = run(args);
        assertEquals(2, quiet.exit(), quiet.err());
        assertTrue(quiet.err().startsWith("plenary " + command + ": "), quiet.err());
        assertTrue(quiet.err().contains(missing.toString()), quiet.err());
        assertEquals(1, quiet.err().lines().count(), quiet.err());

        String[] verboseArgs = new String[args.length + 1];
        verboseArgs[0] = command;
        verboseArgs[1] = "--verbose";
        System.arraycopy(args, 1, verboseArgs, 2, args.length - 1);
        Run verbose = run(verboseArgs);
        assertEquals(2, verbose.exit(), verbose.err());
        assertEquals(quiet.err().lines().findFirst(), verbose.err().lines().findFirst());
        assertTrue(verbose.err().contains("org.plenary.publish.PlenaryException") && verbose.err().contains("\tat "), verbose.err());
    }

    @Test
    void aNegativeResultCacheIsBadInputNamingTheOption() {
        Run quiet = run("serve", "--db", dir.toString(), "--result-cache", "-1");
        Run verbose = run("serve", "--verbose", "--db", dir.toString(), "--result-cache", "-1");
        for (Run r : new Run[] {quiet, verbose}) {
            assertEquals(2, r.exit(), r.err());
            assertEquals("plenary serve: --result-cache -1: must be 0 or more", r.err().strip());
        }
    }

    @Test
    void aMissingQueryFileAndAMissingArticleAreBadInput() {
        Run query = run("query", "--db", dir.resolve("no-db").toString(), dir.resolve("none.rq").toString());
        assertEquals(2, query.exit(), query.err());
        assertTrue(query.err().startsWith("plenary query: No query file "), query.err());

        Run extract = run("extract", "--verbose", dir.resolve("none.txt").toString());
        assertEquals(2, extract.exit(), extract.err());
        assertTrue(extract.err().startsWith("plenary extract: " + dir.resolve("none.txt") + ": no such file"), extract.err());
        assertTrue(extract.err().contains("org.plenary.ingest.ArticleException"), extract.err());
    }

    @Test
    void aMissingDbOptionIsAUsageErrorOfTheCommand() {
        Run r = run("query", dir.resolve("q.rq").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("Missing required option: '--db=DIR'"), r.err());
    }
}
