package org.plenary.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --verbose} option of the commands for which it also says more (build stage timings, the server's
 * request log, every hit of an evaluation); as everywhere, it adds stack traces to error messages.
 */
final class VerboseOption {
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    @Option(names = "--verbose", description = "Say more; print stack traces of errors.")
    boolean verbose;

    Failures failures() { return new Failures(command, verbose); }
}
