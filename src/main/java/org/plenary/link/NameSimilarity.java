package org.plenary.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The default name scorer (0..1) when none is plugged in: equal keys 1.0; equal once syllable breaks are
 * ignored 0.95; equal words in another order 0.92 (0.9 if syllable breaks also differ); otherwise
 * the overlap of words (Dice coefficient) scaled to at most 0.8, so a partial overlap never reaches the
 * acceptance threshold by itself.
 */
public final class NameSimilarity implements BiFunction<String, String, Double> {
    public static final NameSimilarity INSTANCE = new NameSimilarity();

    @Override
    public Double apply(String a, String b) {
        List<String> ta = NameKeys.tokens(a), tb = NameKeys.tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) return 0.0;
        if (ta.equals(tb)) return 1.0;
        if (String.join("", ta).equals(String.join("", tb))) return 0.95;
        if (NameKeys.orderFreeKey(a).equals(NameKeys.orderFreeKey(b))) return 0.92;
        if (sortedChars(ta).equals(sortedChars(tb)) && sameLetters(ta, tb)) return 0.9;
        Set<String> sa = new HashSet<>(ta), sb = new HashSet<>(tb);
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        return 0.8 * (2.0 * common.size()) / (sa.size() + sb.size());
    }

    // "Ji-won Park" vs "Park Jiwon": same letters, words grouped differently and reordered.
    private static String sortedChars(List<String> tokens) {
        return String.join("", tokens).chars().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean sameLetters(List<String> ta, List<String> tb) {
        // Each word of the shorter side must be a word of the other side or two adjacent words of it joined.
        List<String> shorter = ta.size() <= tb.size() ? ta : tb;
        List<String> longer = shorter == ta ? tb : ta;
        for (String w : shorter) {
            if (longer.contains(w)) continue;
            boolean joined = false;
            for (int i = 0; i + 1 < longer.size() && !joined; i++)
                joined = (longer.get(i) + longer.get(i + 1)).equals(w) || (longer.get(i + 1) + longer.get(i)).equals(w);
            if (!joined) return false;
        }
        return true;
    }
}
