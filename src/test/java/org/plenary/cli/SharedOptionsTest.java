package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options every command shares behave alike in each: the commands that read a database take {@code --db} from
 * the one shared option and report a missing database the same way; every command accepts {@code --verbose} and
 * {@code --help}; an option two commands share reads the same in both. Commands are compared with each other, found
 * by walking the command tree, so a command added later is checked too.
 */
class SharedOptionsTest {
    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = new CommandLine(new PlenaryCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Every command line of the program: the top-level command and each subcommand, by name. */
    static Map<String, CommandLine> commands() {
        Map<String, CommandLine> all = new LinkedHashMap<>();
        Deque<CommandLine> todo = new ArrayDeque<>(List.of(new CommandLine(new PlenaryCommand())));
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            all.put(c.getCommandSpec().qualifiedName(" "), c);
            todo.addAll(c.getSubcommands().values());
        }
        return all;
    }

    /** The arguments after the command name that make each one stop at its (missing) database. */
    private List<String> upToTheDatabase(String command, Path missing) throws Exception {
        List<String> args = new ArrayList<>(List.of(command, "--db", missing.toString()));
        switch (command) {
            case "query" -> args.add(Files.writeString(dir.resolve("all.rq"), "SELECT * WHERE { ?s ?p ?o }").toString());
            case "export" -> args.addAll(List.of("--out", dir.resolve("out").toString()));
            case "serve" -> args.addAll(List.of("--port", "0"));
            default -> { }
        }
        return args;
    }

    /** The commands that read an existing database: those whose {@code --db} has no default, but build and load, which create it. */
    static List<String> databaseReaders() {
        return commands().values().stream()
                .filter(c -> c.getCommandSpec().findOption("--db") != null && c.getCommandSpec().findOption("--db").defaultValue() == null
                        && !Set.of("build", "load").contains(c.getCommandName()))
                .map(CommandLine::getCommandName).toList();
    }

    @Test
    void theCommandsReadingADatabaseAreFound() {
        // Guards the discovery above: if it found nothing, the tests below would pass vacuously.
        assertTrue(databaseReaders().containsAll(List.of("query", "candidates", "export", "serve", "link")), databaseReaders().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "candidates", "export", "serve", "build", "load"})
    void dbComesFromTheSharedDatabaseOption(String command) {
        OptionSpec db = commands().get("plenary " + command).getCommandSpec().findOption("--db");
        assertInstanceOf(Field.class, db.userObject(), command);
        assertEquals(DatabaseOption.class, ((Field) db.userObject()).getDeclaringClass(), command);
    }

    @Test
    void aMissingDatabaseIsOneLineNamingItWithExitTwoInEveryCommandThatReadsOne() throws Exception {
        Path missing = dir.resolve("no-db");
        Map<String, String> messages = new LinkedHashMap<>();
        for (String command : databaseReaders()) {
            List<String> args = upToTheDatabase(command, missing);
            Run quiet = run(args.toArray(String[]::new));
            assertEquals(2, quiet.exit(), command + ": " + quiet.err());
            assertEquals(1, quiet.err().lines().count(), command + ": " + quiet.err());
            assertTrue(quiet.err().startsWith("plenary " + command + ": "), quiet.err());
            assertTrue(quiet.err().contains(missing.toString()), quiet.err());
            messages.put(command, quiet.err().strip().substring(("plenary " + command + ": ").length()));

            args.add(1, "--verbose");
            Run verbose = run(args.toArray(String[]::new));
            assertEquals(2, verbose.exit(), verbose.err());
            assertEquals(quiet.err().lines().findFirst(), verbose.err().lines().findFirst(), command);
            assertTrue(verbose.err().contains("\tat "), command + " --verbose gives no stack trace: " + verbose.err());
        }
        // The same fault reads the same whichever command met it.
        assertEquals(1, Set.copyOf(messages.values()).size(), messages.toString());
    }

    @Test
    void everyCommandAcceptsVerboseAndHelp() {
        for (var e : commands().entrySet()) {
            List<String> path = new ArrayList<>(List.of(e.getKey().split(" ")));
            path.remove(0); // the program's own name
            path.addAll(List.of("--verbose", "--help"));
            Run r = run(path.toArray(String[]::new));
            assertEquals(0, r.exit(), e.getKey() + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: " + e.getKey() + " "), e.getKey() + ": " + r.out());
            assertTrue(r.out().contains("--verbose") && r.out().contains("--help"), e.getKey() + ": " + r.out());
        }
    }

    @Test
    void anOptionSharedByCommandsReadsTheSameInEach() {
        // Options with one meaning everywhere; --base, --articles, --port and the like differ on purpose per command.
        Map<String, Map<String, String>> texts = new TreeMap<>();
        for (var e : commands().entrySet()) {
            String name = e.getValue().getCommandName();
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                boolean shared = Set.of("--help", "--version").contains(o.longestName())
                        || o.longestName().equals("--db") && (databaseReaders().contains(name) || Set.of("build", "load").contains(name));
                if (shared)
                    texts.computeIfAbsent(o.longestName(), k -> new TreeMap<>()).put(e.getKey(), String.join(" ", o.description()));
            }
        }
        assertEquals(Set.of("--db", "--help", "--version"), texts.keySet());
        texts.forEach((option, byCommand) ->
                assertEquals(1, Set.copyOf(byCommand.values()).size(), option + " reads differently across commands: " + byCommand));
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
