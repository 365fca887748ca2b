package org.plenary.cli;

import picocli.CommandLine.Option;

/** The {@code --quiet} option of the commands that build: no progress, no statement of the inputs, only errors. */
final class QuietOption {
    @Option(names = "--quiet", description = "Print only errors and warnings: no progress, no list of the inputs used.")
    boolean quiet;
}
