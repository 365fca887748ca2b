package org.plenary.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --db DIR} option of the commands that read an existing Plenary database. */
final class DatabaseOption {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The Plenary database directory.")
    Path dir;
}
