package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.plenary.eval.ScoreReport;
import org.plenary.eval.Scorer;
import org.plenary.graph.IriScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds the graph of the articles and scores it against hand-written gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Build the articles and score the graph against gold JSON files (one <id>.json per article).")
public class EvalCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Directory of article files.")
    Path articles;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold <id>.json files.")
    Path gold;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the built graph (default: ${DEFAULT-VALUE}).")
    String base = IriScheme.DEFAULT_BASE;

    @Option(names = "--verbose", description = "Also list every hit, not only misses and spurious items.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /**
     * Builds a dataset from the articles directory, with the IRIs of {@link #base}. Set by the build pipeline
     * owner; until then eval cannot run on its own.
     */
    public Function<Path, Dataset> builder = dir -> org.apache.jena.query.DatasetFactory.wrap(
            org.plenary.publish.CorpusBuild.create().articles(dir).iris(new IriScheme(base)).progress(System.err)
                    .build().build().dataset());

    public EvalCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!Files.isDirectory(articles)) {
            err.println("eval: not a directory: " + articles);
            return 2;
        }
        if (!Files.isDirectory(gold)) {
            err.println("eval: not a directory: " + gold);
            return 2;
        }
        Dataset dataset = builder.apply(articles);
        ScoreReport report = new Scorer().score(dataset, new IriScheme(base), articles, gold);
        out.print(report.render(verbose));
        out.flush();
        return 0;
    }
}
