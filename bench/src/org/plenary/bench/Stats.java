package org.plenary.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies or durations in milliseconds, with medians and percentiles (nearest rank). */
final class Stats {
    private final List<Double> values = new ArrayList<>();

    synchronized void add(double ms) { values.add(ms); }
    synchronized void addAll(Stats o) { values.addAll(o.values); }
    synchronized int count() { return values.size(); }

    synchronized double percentile(double p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.size());
        return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1)));
    }

    double median() { return percentile(50); }
}
