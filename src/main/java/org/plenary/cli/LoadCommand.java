package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.build.PlenaryException;
import org.plenary.store.NQuadsShards;
import org.plenary.store.PlenaryDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Publish gzipped N-Quads shards (plenary export --shards) with TDB2's bulk loader, or a TDB2 database written elsewhere, as a new generation of the database (created if absent).")
public class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOption database; // created if absent, as by build

    @Option(names = "--shards", paramLabel = "DIR", description = "Folder of *.nq.gz shards, loaded in name order.")
    Path shards;

    @Option(names = "--tdb", paramLabel = "DIR", description = "A closed TDB2 database (e.g. written by tdb2.xloader) to move in as the new generation.")
    Path tdb2;

    @Mixin StackTraceOption stackTraces;

    public LoadCommand() {}

    @Override
    public Integer call() {
        try {
            if ((shards == null) == (tdb2 == null))
                throw new PlenaryException("give exactly one of --shards DIR and --tdb DIR");
            PlenaryDatabase target = PlenaryDatabase.at(database.dir);
            String what;
            if (shards != null) what = NQuadsShards.load(target, shards).size() + " shards";
            else {
                target.adopt(tdb2);
                what = "the TDB2 database " + tdb2;
            }
            PrintWriter w = spec.commandLine().getOut();
            w.printf("loaded %s into %s%n", what, target.currentGeneration().map(Path::toString).orElse(database.dir.toString()));
            w.flush();
            return 0;
        } catch (PlenaryException e) {
            return stackTraces.failures().badInput(e);
        } catch (RuntimeException e) {
            return stackTraces.failures().failed(e);
        }
    }
}
