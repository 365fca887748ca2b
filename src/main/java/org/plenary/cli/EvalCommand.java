package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import java.io.UncheckedIOException;
import org.plenary.eval.GoldReader;
import org.plenary.eval.CoreNlpBaseline;
import org.plenary.eval.CorpusSplit;
import org.plenary.eval.GenreTable;
import org.plenary.eval.ScoreReport;
import org.plenary.ingest.ArticleException;
import org.plenary.build.PlenaryException;
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

    @Option(names = "--split", paramLabel = "dev|test",
            description = "Score only this side of the corpus split, and print the figures per genre.")
    String split;

    @Option(names = "--split-file", paramLabel = "FILE",
            description = "Split file(s) (columns article, genre, outlet, split); default: split.tsv and split-*.tsv beside the articles folder.")
    List<Path> splitFiles = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "corenlp",
            description = "Also score Stanford CoreNLP out of the box (entities, coreference, its quote attribution) on the same articles.")
    String baseline;

    @Spec
    CommandSpec spec;

    /**
     * Builds a dataset from the articles directory, with the IRIs of {@link #base}. Set by the build pipeline
     * owner; until then eval cannot run on its own.
     */
    public Function<Path, Dataset> builder = dir -> org.apache.jena.query.DatasetFactory.wrap(
            org.plenary.build.CorpusBuild.create().articles(dir).iris(new IriScheme(base)).progress(System.err)
                    .reporter(BuildProgress.onStandardError(false))
                    .build().build().dataset());

    public EvalCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Failures failures = verbose.failures();
        try {
            if (!Files.isDirectory(articles)) throw new PlenaryException("--articles " + articles + ": not a directory");
            if (!Files.isDirectory(gold)) throw new PlenaryException("--gold " + gold + ": not a directory");
        } catch (PlenaryException e) {
            return failures.badInput(e);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return failures.report(Failures.BAD_INPUT, e.getMessage(), e);
        }
        if (baseline != null && !baseline.equals("corenlp")) {
            return failures.badInput(new PlenaryException("--baseline: unknown baseline \"" + baseline + "\" (known: corenlp)"));
        }
        Optional<CorpusSplit.Side> side = Optional.empty();
        CorpusSplit corpusSplit = null;
        if (split != null || !splitFiles.isEmpty()) {
            if (split != null) {
                side = CorpusSplit.Side.parse(split);
                if (side.isEmpty()) {
                    return failures.badInput(new PlenaryException("--split must be dev or test, not \"" + split + "\""));
                }
            }
            List<Path> files = splitFiles.isEmpty() ? CorpusSplit.filesBeside(articles) : splitFiles;
            if (files.isEmpty()) {
                return failures.badInput(new PlenaryException("--split: no " + CorpusSplit.FILE_NAME + " beside " + articles + " (give --split-file)"));
            }
            try {
                corpusSplit = CorpusSplit.read(files);
            } catch (IllegalArgumentException e) {
                return failures.report(Failures.BAD_INPUT, e.getMessage(), e);
            }
        }
        try {
            // Every gold file is read before the build, which takes minutes: a bad one is reported at once.
            if (GoldReader.readDirectory(gold).isEmpty()) throw new PlenaryException("--gold " + gold + ": no gold .json files");
        } catch (PlenaryException e) {
            return failures.badInput(e);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return failures.report(Failures.BAD_INPUT, e.getMessage(), e);
        }
        Path scoredArticles = articles, scoredGold = gold, copy = null;
        try {
            if (side.isPresent()) {
                copy = Files.createTempDirectory("plenary-eval-" + side.get().label());
                corpusSplit.copySide(side.get(), articles, gold, copy);
                scoredArticles = copy.resolve("articles");
                scoredGold = copy.resolve("gold");
                List<String> unlisted = corpusSplit.unlisted(articles);
                if (!unlisted.isEmpty()) err.println("eval: not in the split, not scored: " + String.join(", ", unlisted));
                err.println("eval: " + side.get().label() + " side: " + corpusSplit.side(side.get()).size() + " articles, outlets "
                        + corpusSplit.outlets(side.get()));
            }
            Dataset dataset = builder.apply(scoredArticles);
            IriScheme iris = new IriScheme(base);
            ScoreReport report = new Scorer().score(dataset, iris, scoredArticles, scoredGold);
            Map<String, ScoreReport> systems = new LinkedHashMap<>();
            systems.put("plenary", report);
            if (baseline != null) {
                // progress per article on stderr, as the build shows its own (the baseline takes minutes on a corpus)
                Dataset b = new CoreNlpBaseline(iris).build(scoredArticles, System.err);
                systems.put("corenlp", new Scorer().score(b, iris, scoredArticles, scoredGold));
            }
            if (corpusSplit != null) {
                CorpusSplit cs = corpusSplit;
                out.println("Figures per genre" + side.map(s -> " (" + s.label() + " split)").orElse("") + ", F1 unless named:");
                out.println(new GenreTable(systems, id -> cs.entry(id).map(CorpusSplit.Entry::genre).orElse("(not in split)")).render());
            } else if (baseline != null) {
                out.println(new GenreTable(systems, id -> GenreTable.ALL).render());
            }
            out.print(report.render(verbose.verbose));
            out.flush();
        } catch (PlenaryException | ArticleException e) {
            return failures.badInput(e);
        } catch (IllegalArgumentException e) {
            return failures.report(Failures.BAD_INPUT, e.getMessage(), e);
        } catch (IOException e) {
            return failures.report(Failures.FAILED, e.getMessage(), e);
        } finally {
            if (copy != null) deleteTree(copy);
        }
        return 0;
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary copy; the OS cleans it up if this fails
        }
    }
}
