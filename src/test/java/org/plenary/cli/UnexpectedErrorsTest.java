package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** A failure no command foresaw reaches the user as one line, with the stack trace only on request. */
class UnexpectedErrorsTest {
    /** A command of the program's own command line that fails as no input should make it fail. */
    @Command(name = "explode")
    static final class Exploding implements Callable<Integer> {
        @Mixin VerboseOption verbose;

        @Override public Integer call() { throw new IllegalStateException("index 7 out of bounds"); }
    }

    private record Run(int exit, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine program = PlenaryCommand.commandLine().addSubcommand("explode", new Exploding());
        int exit = program.setErr(new PrintWriter(err, true)).setOut(new PrintWriter(new StringWriter())).execute(args);
        return new Run(exit, err.toString());
    }

    @Test
    void anUnforeseenFailureIsOneLineNamingCommandAndErrorWithExitOne() {
        Run r = run("explode");
        assertEquals(Failures.FAILED, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("plenary explode: unexpected error: "), r.err());
        assertTrue(r.err().contains("index 7 out of bounds") && r.err().contains("--verbose"), r.err());
    }

    @Test
    void withVerboseTheStackTraceFollowsTheLine() {
        Run r = run("explode", "--verbose");
        assertEquals(Failures.FAILED, r.exit());
        assertTrue(r.err().lines().count() > 3, r.err());
        assertTrue(r.err().contains("at org.plenary.cli.UnexpectedErrorsTest$Exploding.call"), r.err());
    }
}
