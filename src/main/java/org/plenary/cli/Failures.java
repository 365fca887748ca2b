package org.plenary.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;

/**
 * How the commands report a failure, which scripts rely on: one line {@code plenary COMMAND: message} on the
 * command's error stream, then the stack trace when asked for, and the exit code.
 */
record Failures(CommandSpec command, boolean stackTraces) {
    /** Bad input (a missing database or file, a syntax error, an unknown format), named in the message. */
    static final int BAD_INPUT = 2;
    /** Anything else. */
    static final int FAILED = 1;

    /** Reports bad input by its message; exit {@link #BAD_INPUT}. */
    int badInput(Exception e) { return report(BAD_INPUT, e.getMessage(), e); }

    /** Reports an unexpected failure with its exception class; exit {@link #FAILED}. */
    int failed(Exception e) { return report(FAILED, e.toString(), e); }

    int report(int exit, String message, Throwable e) {
        PrintWriter err = command.commandLine().getErr();
        err.println(prefix() + ": " + message);
        if (stackTraces && e != null) e.printStackTrace(err);
        err.flush();
        return exit;
    }

    /** "plenary build", or "plenary" for the top-level command (also when a command runs on its own, in tests). */
    private String prefix() {
        String name = command.qualifiedName();
        return name.equals("plenary") || name.startsWith("plenary ") ? name : "plenary " + name;
    }
}
