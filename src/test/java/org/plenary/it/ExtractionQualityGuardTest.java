package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.eval.CorpusSplit;
import org.plenary.eval.Metric;
import org.plenary.eval.ScoreReport;
import org.plenary.eval.Scorer;
import org.plenary.graph.IriScheme;
import org.plenary.build.CorpusBuild;

/**
 * Extraction quality cannot slip unnoticed: the scorer runs on the test side of the evaluation corpus split (outlets
 * the rules were not tuned on) and on the seeds, each against hand-written gold, and fails below the floors. The floors are the
 * quality measured when they were set, less a small margin; the targets, where higher, are in the README.
 */
class ExtractionQualityGuardTest {
    private static ScoreReport score(Path articles, Path gold) {
        var r = CorpusBuild.create().articles(articles).progress(new PrintStream(PrintStream.nullOutputStream())).build().build();
        return new Scorer().score(DatasetFactory.wrap(r.dataset()), IriScheme.defaults(), articles, gold);
    }

    private static void atLeast(ScoreReport report, Map<String, Double> floors, String corpus) {
        StringBuilder failures = new StringBuilder();
        floors.forEach((measure, floor) -> {
            Metric m = report.total(measure);
            if (m.f1() < floor) failures.append(String.format("%s %s F1 %.3f < %.2f%n", corpus, measure, m.f1(), floor));
        });
        assertTrue(failures.isEmpty(), failures + "\n" + report.render(false));
    }

    /**
     * The {@code test} side of the evaluation corpus split (data/eval/split.tsv and split-*.tsv: outlets never looked
     * at when rules change) stays above the floors: the figures measured when they were set, less a small margin.
     * Issue 17's targets (persons 0.95, organizations 0.90, statements 0.85, participation 0.80) are in the README;
     * the floors rise as extraction reaches them. The dev side is not guarded here: it is what rules are tuned on.
     */
    @Test
    void testSplitStaysAboveTheFloorsWithNoMoreWrongMerges(@TempDir Path dir) {
        Path articles = Path.of("data/eval/articles");
        CorpusSplit split = CorpusSplit.read(CorpusSplit.filesBeside(articles));
        Path side = split.copySide(CorpusSplit.Side.TEST, articles, Path.of("data/eval/gold"), dir);
        ScoreReport report = score(side.resolve("articles"), side.resolve("gold"));
        atLeast(report, FLOORS, "test split");
        // No wrong merge (the target): the one there was, a bare surname two people of an article share joined
        // to one of them, is gone since such a surname stays unresolved unless context decides (README).
        assertTrue(report.wrongMergeCount() == 0, report.wrongMerges().toString());
    }

    /**
     * Measured on the 30-article test split on 2026-12-07, session 26 (README, extraction quality: persons 0.897,
     * organizations 0.664, roles 0.575, participation 0.585, statements 0.733, speaker attribution 0.712, meeting date
     * 0.579), less about 0.03 (the date floor kept at 0.56, set when the date stood at 0.595). Raise them as extraction
     * improves; never lower them to pass.
     */
    static final Map<String, Double> FLOORS = Map.of("persons", 0.86, "organizations", 0.63, "roles", 0.54,
            "statements", 0.70, "speaker attribution", 0.68, "participation", 0.55, "meeting date", 0.56);

    @Test
    void seedsStayAboveTheFloorsWithNoWrongMerge() {
        ScoreReport report = score(Path.of("data/articles"), Path.of("data/gold"));
        atLeast(report, Map.of("persons", 0.97, "organizations", 0.88, "statements", 0.91,
                "speaker attribution", 0.93, "span exactness", 0.89, "meeting date", 0.99), "seeds");
        assertTrue(report.wrongMergeCount() == 0, report.wrongMerges().toString());
    }
}
