package org.plenary.eval;

import java.util.List;
import java.util.Map;

/**
 * The scores of one article: counts per measure (in {@link Scorer#MEASURES} order), every hit, miss and
 * spurious item, and warnings about the gold itself (a statement text not found in the article).
 */
public record ArticleScore(String id, Map<String, Metric> metrics, List<Finding> findings, List<String> warnings) {
    public ArticleScore {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    public Metric metric(String measure) { return metrics.getOrDefault(measure, Metric.ZERO); }
}
