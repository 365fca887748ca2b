package org.plenary.eval;

/**
 * Counts of one measure: true positives, false positives, false negatives; precision, recall and F1 from them.
 * An empty denominator gives 1.0 for precision or recall (nothing claimed, nothing missed) and F1 follows.
 */
public record Metric(int tp, int fp, int fn) {
    public static final Metric ZERO = new Metric(0, 0, 0);

    public Metric plus(Metric o) { return new Metric(tp + o.tp, fp + o.fp, fn + o.fn); }

    public double precision() { return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp); }

    public double recall() { return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn); }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
