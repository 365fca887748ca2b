package org.plenary.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plenary.graph.IriScheme;
import org.plenary.ingest.ArticleException;
import org.plenary.build.CorpusBuild;
import org.plenary.store.PlenaryDatabase;
import org.plenary.build.PlenaryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build a TDB2 database (created if missing) from a folder of articles.",
                "The catalogue (sources.ttl), reference facts and Wikidata link table are found from the articles folder "
                        + "(see --reference, --links); the build names the ones it uses."})
public class BuildCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of article files (.txt, .md).")
    Path articles;

    @Mixin DatabaseOption database;

    @Option(names = "--base", defaultValue = IriScheme.DEFAULT_BASE, paramLabel = "IRI", description = "Public base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "Reference facts in Turtle (default: the first reference/ folder beside the articles folder or above it).")
    Path reference;

    @Option(names = "--links", paramLabel = "FILE",
            description = "Offline Wikidata link table (default: the first wikidata/links.tsv beside the articles folder or above it).")
    Path links;

    @Option(names = "--threads", paramLabel = "N", description = "Articles extracted at once (default: number of cores).")
    Integer threads;

    @Mixin QuietOption quiet;

    @Mixin VerboseOption verbose;

    @Option(names = "--allow-shrink", description = "Publish even a build with no article, or one that loses more than half of the published articles (refused by default).")
    boolean allowShrink;

    public BuildCommand() {}

    @Override
    public Integer call() {
        try {
            if (threads != null && threads < 1) throw new PlenaryException("--threads " + threads + ": must be 1 or more");
            run(articles, database.dir, new IriScheme(base), BuildInputs.of(articles, reference, links), threads,
                    quiet.quiet, verbose.verbose, allowShrink);
            return 0;
        } catch (PlenaryException | ArticleException e) {
            return verbose.failures().badInput(e);
        }
    }

    /** Builds {@code articles} into {@code db}, stating the inputs used and showing progress unless {@code quiet}. */
    public static CorpusBuild.Result run(Path articles, Path db, IriScheme iris, BuildInputs inputs, Integer threads,
                                  boolean quiet, boolean verbose, boolean allowShrink) {
        PlenaryDatabase database = PlenaryDatabase.at(db);
        PrintStream err = System.err;
        if (!quiet) inputs.describe(err, articles);
        var builder = CorpusBuild.create().articles(articles).iris(iris).verbose(verbose && !quiet)
                .reference(inputs.reference().orElse(null)).links(inputs.links().orElse(null))
                .progress(err).allowShrink(allowShrink)
                .reporter(quiet ? Silent.INSTANCE : BuildProgress.onStandardError(verbose));
        if (threads != null) builder.threads(threads);
        long t0 = System.nanoTime();
        CorpusBuild.Result r = builder.build().buildInto(database);
        if (!quiet)
            System.out.printf(Locale.ROOT, "built %s: %d articles (%d refused), %d quads in %.1f s%n",
                    db, r.articles().size(), r.refused().size(), r.dataset().stream().count(), (System.nanoTime() - t0) / 1e9);
        return r;
    }

    /** --quiet: no progress at all. */
    enum Silent implements CorpusBuild.Progress {
        INSTANCE;

        @Override public void loadingModels() {}
        @Override public void modelsLoaded(long nanos) {}
        @Override public void extracted(int done, int total, org.plenary.extract.ArticleExtraction x, boolean cached) {}
    }
}
