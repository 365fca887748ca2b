package org.plenary.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a text extracted from a page matches the main text a person marked by hand, word by word: the words of
 * each (lower case, runs of letters and digits) as bags, precision = shared / extracted, recall = shared / expected.
 * Order is not scored: a paragraph out of place still counts, a navigation line or a lost paragraph costs.
 */
public record MainTextScore(long shared, long extracted, long expected) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static MainTextScore of(String extractedText, String expectedText) {
        Map<String, Integer> got = bag(extractedText), want = bag(expectedText);
        long shared = 0;
        for (var e : got.entrySet()) shared += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        return new MainTextScore(shared, total(got), total(want));
    }

    /** The sum of several pages' counts (a micro-average: long pages weigh more). */
    public MainTextScore plus(MainTextScore o) {
        return new MainTextScore(shared + o.shared, extracted + o.extracted, expected + o.expected);
    }

    public double precision() { return extracted == 0 ? 0 : (double) shared / extracted; }
    public double recall() { return expected == 0 ? 0 : (double) shared / expected; }
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> m = new HashMap<>();
        Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (w.find()) m.merge(w.group(), 1, Integer::sum);
        return m;
    }

    private static long total(Map<String, Integer> bag) {
        long n = 0;
        for (int c : bag.values()) n += c;
        return n;
    }
}
