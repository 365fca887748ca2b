package org.plenary.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line that does not parse. Picocli checks required options before it reports unknown ones, so
 * a mistyped option ({@code --article}) came out as "Missing required option '--articles'"; the unknown option is
 * the cause, so it is reported first, with picocli's suggestion of the option meant. The usage is not printed in
 * full: one line points to {@code --help}.
 */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        List<String> unmatched = cl.getUnmatchedArguments();
        ParameterException reported = e instanceof MissingParameterException && !unmatched.isEmpty()
                ? new UnmatchedArgumentException(cl, unmatched) : e;
        err.println(reported.getMessage());
        if (reported instanceof UnmatchedArgumentException u) UnmatchedArgumentException.printSuggestions(u, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }
}
