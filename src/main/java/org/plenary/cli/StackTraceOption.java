package org.plenary.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --verbose} option of the commands for which it only adds stack traces to error messages. */
final class StackTraceOption {
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    Failures failures() { return new Failures(command, verbose); }
}
