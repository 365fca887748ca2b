package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import java.io.UncheckedIOException;
import org.plenary.eval.GoldReader;
import org.plenary.eval.ScoreReport;
import org.plenary.ingest.ArticleException;
import org.plenary.publish.PlenaryException;
import picocli.CommandLine.Mixin;
import org.plenary.eval.Scorer;
import org.plenary.graph.IriScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds the graph of the articles and scores it against hand-written gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Build the articles and score the graph against gold JSON files (one <id>.json per article).",
                "The gold files are checked before the build; --verbose also lists every hit, not only misses and spurious items."})
public class EvalCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Directory of article files.")
    Path articles;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold <id>.json files.")
    Path gold;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the built graph (default: ${DEFAULT-VALUE}).")
    String base = IriScheme.DEFAULT_BASE;

    @Mixin VerboseOption verbose;

    @Spec
    CommandSpec spec;

    /**
     * Builds a dataset from the articles directory, with the IRIs of {@link #base}. Set by the build pipeline
     * owner; until then eval cannot run on its own.
     */
    public Function<Path, Dataset> builder = dir -> org.apache.jena.query.DatasetFactory.wrap(
            org.plenary.publish.CorpusBuild.create().articles(dir).iris(new IriScheme(base)).progress(System.err)
                    .reporter(BuildProgress.onStandardError(false))
                    .build().build().dataset());

    public EvalCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Failures failures = verbose.failures();
        try {
            if (!Files.isDirectory(articles)) throw new PlenaryException("--articles " + articles + ": not a directory");
            if (!Files.isDirectory(gold)) throw new PlenaryException("--gold " + gold + ": not a directory");
            // Every gold file is read before the build, which takes minutes: a bad one is reported at once.
            if (GoldReader.readDirectory(gold).isEmpty()) throw new PlenaryException("--gold " + gold + ": no gold .json files");
        } catch (PlenaryException e) {
            return failures.badInput(e);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return failures.report(Failures.BAD_INPUT, e.getMessage(), e);
        }
        try {
            Dataset dataset = builder.apply(articles);
            ScoreReport report = new Scorer().score(dataset, new IriScheme(base), articles, gold);
            out.print(report.render(verbose.verbose));
            out.flush();
            return 0;
        } catch (PlenaryException | ArticleException e) {
            return failures.badInput(e);
        }
    }
}
