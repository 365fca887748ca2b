package org.plenary.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A failure no command foresaw is still reported as {@link Failures} reports any other: one line naming the command
 * and the error, the stack trace only with {@code --verbose}, exit {@link Failures#FAILED}. Without this, picocli
 * prints the whole stack trace, which tells a user nothing and hides the one line that might.
 */
final class UnexpectedErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        boolean verbose = command.getParseResult().hasMatchedOption("--verbose");
        String message = "unexpected error: " + e + (verbose ? "" : " (--verbose prints where it happened)");
        return new Failures(command.getCommandSpec(), verbose).report(Failures.FAILED, message, e);
    }
}
