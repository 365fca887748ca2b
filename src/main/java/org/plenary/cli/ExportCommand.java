package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.store.DumpWriter;
import org.plenary.store.PlenaryDatabase;
import org.plenary.build.PlenaryException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the dumps of a Plenary database (Turtle, TriG, N-Quads, gzipped, with SHA-256 sums).")
public class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOption database;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the dump files into.")
    Path out;

    @Mixin StackTraceOption stackTraces;

    public ExportCommand() {}

    @Override
    public Integer call() {
        try {
            PlenaryDatabase db = PlenaryDatabase.existing(database.dir);
            if (Files.exists(out) && !Files.isDirectory(out))
                throw new PlenaryException("Cannot export to " + out.toAbsolutePath() + ": not a directory");
            List<DumpWriter.DumpFile> files = DumpWriter.create().write(db.open(), out);
            PrintWriter w = spec.commandLine().getOut();
            for (DumpWriter.DumpFile f : files)
                w.printf("%12d  %s%n", f.size(), f.path());
            w.flush();
            return 0;
        } catch (PlenaryException e) {
            return stackTraces.failures().badInput(e);
        } catch (IOException | RuntimeException e) {
            return stackTraces.failures().failed(e);
        }
    }
}
