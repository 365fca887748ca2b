package org.plenary.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plenary.graph.IriScheme;
import org.plenary.ingest.ArticleException;
import org.plenary.publish.CorpusBuild;
import org.plenary.publish.PlenaryDatabase;
import org.plenary.publish.PlenaryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build a TDB2 database from a folder of articles (with sources.ttl beside them if any).")
public class BuildCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of article files (.txt, .md).")
    Path articles;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "Database directory (created if missing).")
    Path db;

    @Option(names = "--base", defaultValue = IriScheme.DEFAULT_BASE, paramLabel = "IRI", description = "Public base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--reference", defaultValue = "data/reference", paramLabel = "DIR", description = "Reference facts in Turtle (default: ${DEFAULT-VALUE}; skipped if missing).")
    Path reference;

    @Option(names = "--links", defaultValue = "data/wikidata/links.tsv", paramLabel = "FILE", description = "Offline Wikidata link table (default: ${DEFAULT-VALUE}; skipped if missing).")
    Path links;

    @Option(names = "--threads", paramLabel = "N", description = "Articles extracted at once (default: number of cores).")
    Integer threads;

    @Option(names = "--verbose", description = "Say more; print stack traces of errors.")
    boolean verbose;

    @Option(names = "--allow-shrink", description = "Publish even a build with no article, or one that loses more than half of the published articles (refused by default).")
    boolean allowShrink;

    public BuildCommand() {}

    @Override
    public Integer call() {
        try {
            run(articles, db, new IriScheme(base), reference, links, threads, verbose, allowShrink);
            return 0;
        } catch (PlenaryException | ArticleException e) {
            return new Failures(spec, verbose).badInput(e);
        }
    }

    static CorpusBuild.Result run(Path articles, Path db, IriScheme iris, Path reference, Path links, Integer threads, boolean verbose) {
        return run(articles, db, iris, reference, links, threads, verbose, false);
    }

    static CorpusBuild.Result run(Path articles, Path db, IriScheme iris, Path reference, Path links, Integer threads, boolean verbose,
                                  boolean allowShrink) {
        PlenaryDatabase database = PlenaryDatabase.at(db);
        var builder = CorpusBuild.create().articles(articles).iris(iris).verbose(verbose).reference(reference).links(links)
                .allowShrink(allowShrink);
        if (threads != null) builder.threads(threads);
        long t0 = System.nanoTime();
        CorpusBuild.Result r = builder.build().buildInto(database);
        System.out.printf(java.util.Locale.ROOT, "built %s: %d articles (%d refused), %d quads in %.1f s%n",
                db, r.articles().size(), r.refused().size(), r.dataset().stream().count(), (System.nanoTime() - t0) / 1e9);
        return r;
    }
}
