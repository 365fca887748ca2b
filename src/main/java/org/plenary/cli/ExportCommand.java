package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.publish.DumpWriter;
import org.plenary.publish.PlenaryDatabase;
import org.plenary.publish.PlenaryException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the dumps of a Plenary database (Turtle, TriG, N-Quads, gzipped, with SHA-256 sums).")
public class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The Plenary database directory.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the dump files into.")
    Path out;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    public ExportCommand() {}

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            PlenaryDatabase database = PlenaryDatabase.existing(db);
            if (Files.exists(out) && !Files.isDirectory(out))
                throw new PlenaryException("Cannot export to " + out.toAbsolutePath() + ": not a directory");
            List<DumpWriter.DumpFile> files = DumpWriter.create().write(database.open(), out);
            PrintWriter w = spec.commandLine().getOut();
            for (DumpWriter.DumpFile f : files)
                w.printf("%12d  %s%n", f.size(), f.path());
            w.flush();
            return 0;
        } catch (PlenaryException e) {
            err.println("plenary export: " + e.getMessage());
            if (verbose) e.printStackTrace(err);
            err.flush();
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("plenary export: " + e);
            if (verbose) e.printStackTrace(err);
            err.flush();
            return 1;
        }
    }
}
