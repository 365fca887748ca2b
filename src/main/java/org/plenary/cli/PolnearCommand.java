package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plenary.eval.Metric;
import org.plenary.eval.polnear.AttributionScorer;
import org.plenary.eval.polnear.CoreNlpQuoteBaseline;
import org.plenary.eval.polnear.PolnearArticle;
import org.plenary.eval.polnear.PolnearCorpus;
import org.plenary.eval.polnear.PolnearException;
import org.plenary.eval.polnear.PredictedAttribution;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.ArticleExtractor;
import org.plenary.extract.ExtractedEntity;
import org.plenary.extract.NlpPipeline;
import org.plenary.extract.StatementFact;
import org.plenary.extract.TextRef;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleException;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores Plenary's statements, and CoreNLP's quote attribution as the baseline, on a split of a local PolNeAR copy. */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Score direct and reported attributions on a split of a local PolNeAR copy "
                + "(github.com/networkdynamics/PolNeAR), with CoreNLP's own quote attribution as the baseline.")
public class PolnearCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "PolNeAR's data directory (holding train/, dev/, test/).")
    Path data;

    @Option(names = "--split", required = true, paramLabel = "SPLIT", description = "train, dev or test.")
    String split;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles (file-name order).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--no-baseline", description = "Skip the CoreNLP baseline row (it runs coreference: about as long again).")
    boolean noBaseline;

    @Option(names = "--misses", paramLabel = "FILE", description = "Write every missed, misattributed and spurious quotation to FILE.")
    Path misses;

    @Mixin StackTraceOption stackTraces;

    @Spec CommandSpec spec;

    public PolnearCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try {
            if (limit < 1) throw new PolnearException("--limit: expected a positive number, got " + limit);
            Path dir = PolnearCorpus.splitDir(data, split);
            List<PolnearArticle> articles = PolnearCorpus.read(dir, limit);
            if (articles.isEmpty()) throw new PolnearException(dir + ": no annotated articles");
            ArticleReader reader = new ArticleReader(SourceCatalogue.empty());
            ArticleExtractor extractor = new ArticleExtractor(NlpPipeline.shared());
            CoreNlpQuoteBaseline corenlp = !noBaseline ? new CoreNlpQuoteBaseline() : null;
            AttributionScorer scorer = new AttributionScorer();
            AttributionScorer.Counts plenary = AttributionScorer.Counts.ZERO, base = AttributionScorer.Counts.ZERO;
            List<String> missLines = new ArrayList<>();
            List<Long> plenaryMs = new ArrayList<>(), baselineMs = new ArrayList<>();
            int n = 0;
            for (PolnearArticle a : articles) {
                Article article = reader.read(dir.resolve("text").resolve(a.id() + ".txt"));
                long t0 = System.nanoTime();
                ArticleExtraction x = extractor.extract(article);
                plenaryMs.add((System.nanoTime() - t0) / 1_000_000);
                plenary = plenary.plus(scorer.score(a, PredictedAttribution.inPolnearUnits(a.text(), predictions(x)), missLines::add));
                if (corenlp != null) {
                    long t1 = System.nanoTime();
                    List<PredictedAttribution> b = corenlp.find(a.text());
                    baselineMs.add((System.nanoTime() - t1) / 1_000_000);
                    base = base.plus(scorer.score(a, b));
                }
                if (++n % 10 == 0 || n == articles.size()) err.printf("polnear: %d/%d articles%n", n, articles.size());
                err.flush();
            }
            out.print(render(split, articles.size(), plenary, corenlp == null ? null : base, plenaryMs, baselineMs));
            out.flush();
            if (misses != null) Files.write(misses, missLines, StandardCharsets.UTF_8);
            return 0;
        } catch (PolnearException | ArticleException e) {
            return stackTraces.failures().badInput(e);
        } catch (IOException | java.io.UncheckedIOException e) {
            return stackTraces.failures().badInput(new IOException(data + ": cannot read: " + e.getMessage(), e));
        }
    }

    /** Plenary's statements, each with the words naming the speaker there and every mention of its speaker entity. */
    static List<PredictedAttribution> predictions(ArticleExtraction x) {
        List<PredictedAttribution> out = new ArrayList<>();
        for (StatementFact s : x.statements()) {
            List<TextRef> speaker = new ArrayList<>();
            s.source().ifPresent(speaker::add);
            x.entity(s.speaker()).map(ExtractedEntity::mentions).ifPresent(speaker::addAll);
            out.add(new PredictedAttribution(s.evidence(), s.direct(), speaker, s.cue()));
        }
        return out;
    }

    static String render(String split, int articles, AttributionScorer.Counts p, AttributionScorer.Counts b,
                         List<Long> plenaryMs, List<Long> baselineMs) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "PolNeAR %s: %d articles, %d direct quotations, %d reported attributions%n",
                split, articles, p.directFound().tp() + p.directFound().fn(), p.reportedFound().tp() + p.reportedFound().fn()));
        s.append(String.format(Locale.ROOT, "%-34s %8s %8s %8s %6s%n", "measure", "P", "R", "F1", "TP"));
        row(s, "direct: found (Plenary)", p.directFound());
        row(s, "direct: end to end (Plenary)", p.directEndToEnd());
        s.append(String.format(Locale.ROOT, "%-34s %8s %8.3f%n", "direct: speaker right when found", "", p.directAttribution()));
        s.append(String.format(Locale.ROOT, "%-34s %8s %8.3f %8s %6d%n", "direct under 4 words: found", "", p.directShortFound().recall(), "", p.directShortFound().tp()));
        row(s, "reported: found (Plenary)", p.reportedFound());
        row(s, "reported: end to end (Plenary)", p.reportedEndToEnd());
        row(s, "reported: cue right (Plenary)", p.reportedCue());
        if (b != null) {
            row(s, "direct: found (CoreNLP)", b.directFound());
            row(s, "direct: end to end (CoreNLP)", b.directEndToEnd());
            s.append(String.format(Locale.ROOT, "%-34s %8s %8.3f%n", "direct: speaker right when found (CoreNLP)", "", b.directAttribution()));
        }
        s.append(String.format(Locale.ROOT, "median ms per article: Plenary extraction %d", median(plenaryMs)));
        if (!baselineMs.isEmpty()) s.append(String.format(Locale.ROOT, ", CoreNLP with coref and quote attribution %d", median(baselineMs)));
        s.append(System.lineSeparator());
        return s.toString();
    }

    private static void row(StringBuilder s, String name, Metric m) {
        s.append(String.format(Locale.ROOT, "%-34s %8.3f %8.3f %8.3f %6d%n", name, m.precision(), m.recall(), m.f1(), m.tp()));
    }

    private static long median(List<Long> xs) {
        if (xs.isEmpty()) return 0;
        List<Long> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
