package org.plenary.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of a built graph against gold: per article and micro-averaged over articles (counts summed, then
 * precision, recall and F1), and the person entities that wrongly unite two or more gold persons.
 */
public record ScoreReport(List<ArticleScore> articles, List<String> wrongMerges) {
    public ScoreReport {
        articles = List.copyOf(articles);
        wrongMerges = List.copyOf(wrongMerges);
    }

    /** Micro-averaged counts per measure over all articles. */
    public Map<String, Metric> summary() {
        Map<String, Metric> out = new LinkedHashMap<>();
        for (String m : Scorer.MEASURES) out.put(m, Metric.ZERO);
        for (ArticleScore a : articles) a.metrics().forEach((k, v) -> out.merge(k, v, Metric::plus));
        return out;
    }

    public Metric total(String measure) { return summary().getOrDefault(measure, Metric.ZERO); }

    /** Extracted person entities whose names match two or more different gold persons. */
    public int wrongMergeCount() { return wrongMerges.size(); }

    /**
     * The totals table, then per article its table, warnings, every miss (FN) and every spurious item (FP);
     * verbose adds the hits (TP).
     */
    public String render(boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append("Total over ").append(articles.size()).append(" article(s), micro-averaged\n");
        table(out, summary());
        out.append("wrong merges: ").append(wrongMergeCount()).append('\n');
        for (String w : wrongMerges) out.append("  ").append(w).append('\n');
        for (ArticleScore a : articles) {
            out.append("\n== ").append(a.id()).append('\n');
            table(out, a.metrics());
            for (String w : a.warnings()) out.append("  warning: ").append(w).append('\n');
            for (Finding.Outcome kind : List.of(Finding.Outcome.FN, Finding.Outcome.FP, Finding.Outcome.TP)) {
                if (kind == Finding.Outcome.TP && !verbose) continue;
                for (Finding f : a.findings()) {
                    if (f.outcome() != kind) continue;
                    String label = switch (kind) { case FN -> "missed  "; case FP -> "spurious"; case TP -> "hit     "; };
                    out.append("  ").append(label).append(" [").append(f.measure()).append("] ").append(f.detail()).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Map<String, Metric> metrics) {
        out.append(String.format(Locale.ROOT, "  %-20s %5s %5s %5s %7s %7s %7s%n", "measure", "TP", "FP", "FN", "prec", "rec", "F1"));
        for (var e : metrics.entrySet()) {
            Metric m = e.getValue();
            out.append(String.format(Locale.ROOT, "  %-20s %5d %5d %5d %7.3f %7.3f %7.3f%n", e.getKey(), m.tp(), m.fp(), m.fn(),
                    m.precision(), m.recall(), m.f1()));
        }
    }

    @Override
    public String toString() { return render(false); }
}
