package org.plenary.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Latin spellings of Korean syllables ({@code korean-syllables.tsv}): which spellings romanize the same syllable,
 * which are family names, and how a joined given name ("eunju") splits into syllables.
 */
final class KoreanSyllables {
    static final String RESOURCE = "korean-syllables.tsv";
    private static final int MAX_SYLLABLE = 6;
    private static final int MAX_SPLITS = 16;

    /** spelling -> the Hangul syllables it may stand for */
    private final Map<String, Set<String>> syllables;
    private final Set<String> familyNames;

    private KoreanSyllables(Map<String, Set<String>> syllables, Set<String> familyNames) {
        this.syllables = syllables;
        this.familyNames = familyNames;
    }

    static KoreanSyllables load() {
        Map<String, Set<String>> syllables = new HashMap<>();
        Set<String> family = new HashSet<>();
        for (String line : DataTable.lines(RESOURCE)) {
            String[] cols = line.split("\t");
            if (cols.length != 3) throw new IllegalStateException(RESOURCE + ": bad line: " + line);
            String hangul = cols[0];
            boolean isFamily = cols[1].equals("S");
            for (String spelling : cols[2].trim().split("\\s+")) {
                for (String v : patternVariants(spelling)) {
                    syllables.computeIfAbsent(v, k -> new HashSet<>()).add(hangul);
                    if (isFamily) family.add(v);
                }
            }
        }
        return new KoreanSyllables(syllables, family);
    }

    /**
     * The spelling plus the general differences between RR, McCune-Reischauer and common usage: initial g/k,
     * d/t, b/p, j/ch; u written oo; a final i written ee.
     */
    static Set<String> patternVariants(String spelling) {
        Set<String> out = new LinkedHashSet<>();
        out.add(spelling);
        if (spelling.startsWith("ch")) out.add("j" + spelling.substring(2));
        else if (spelling.startsWith("j")) out.add("ch" + spelling.substring(1));
        String[][] initials = {{"g", "k"}, {"d", "t"}, {"b", "p"}};
        for (String[] pair : initials) {
            if (spelling.startsWith(pair[0])) out.add(pair[1] + spelling.substring(1));
            else if (spelling.startsWith(pair[1])) out.add(pair[0] + spelling.substring(1));
        }
        for (String s : List.copyOf(out)) {
            if (s.contains("oo")) out.add(s.replace("oo", "u"));
            else out.add(s.replaceAll("(?<![eoa])u(?!i)", "oo"));
            if (s.endsWith("ee")) out.add(s.substring(0, s.length() - 2) + "i");
            else if (s.matches(".*[^aeiouwy]i")) out.add(s + "e");
        }
        return out;
    }

    boolean isSyllable(String s) { return syllables.containsKey(s); }

    boolean isFamilyName(String s) { return familyNames.contains(s); }

    /** True when the two spellings may romanize one syllable (or are equal). */
    boolean same(String a, String b) {
        if (a.equals(b)) return true;
        Set<String> x = syllables.get(a), y = syllables.get(b);
        if (x == null || y == null) return false;
        for (String h : x) if (y.contains(h)) return true;
        return false;
    }

    /** Ways to read a written chunk ("eunju") as a sequence of known syllables; the chunk itself when none. */
    List<List<String>> splits(String chunk) {
        List<List<String>> out = new ArrayList<>();
        if (isSyllable(chunk)) out.add(List.of(chunk));
        split(chunk, 0, new ArrayList<>(), out);
        if (out.isEmpty()) out.add(List.of(chunk));
        return out;
    }

    private void split(String s, int from, List<String> acc, List<List<String>> out) {
        if (out.size() >= MAX_SPLITS) return;
        if (from == s.length()) {
            if (acc.size() > 1) out.add(List.copyOf(acc));
            return;
        }
        for (int to = from + 1; to <= Math.min(s.length(), from + MAX_SYLLABLE); to++) {
            String part = s.substring(from, to);
            if (!isSyllable(part)) continue;
            acc.add(part);
            split(s, to, acc, out);
            acc.remove(acc.size() - 1);
        }
    }
}
