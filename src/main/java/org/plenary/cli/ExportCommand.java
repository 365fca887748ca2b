package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.store.DumpWriter;
import org.plenary.store.NQuadsShards;
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

    @Option(names = "--shards", paramLabel = "N", description = "Write gzipped N-Quads shards of N named graphs each (for plenary load or tdb2.xloader) instead of the dumps.")
    Integer graphsPerShard;

    @Mixin StackTraceOption stackTraces;

    public ExportCommand() {}

    @Override
    public Integer call() {
        try {
            PlenaryDatabase db = PlenaryDatabase.existing(database.dir);
            if (Files.exists(out) && !Files.isDirectory(out))
                throw new PlenaryException("Cannot export to " + out.toAbsolutePath() + ": not a directory");
            PrintWriter w = spec.commandLine().getOut();
            if (graphsPerShard != null) {
                if (graphsPerShard < 1)
                    throw new PlenaryException("--shards must be at least 1 (graphs per shard), not " + graphsPerShard);
                for (Path shard : NQuadsShards.write(db.open().asDatasetGraph(), out, graphsPerShard))
                    w.printf("%12d  %s%n", Files.size(shard), shard);
                w.flush();
                return 0;
            }
            List<DumpWriter.DumpFile> files = DumpWriter.create().write(db.open(), out);
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
