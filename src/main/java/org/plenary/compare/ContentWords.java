package org.plenary.compare;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.plenary.ingest.DataFiles;
import org.plenary.text.Folding;

/**
 * The content words of a text, as crude stems (folded, the first {@value #STEM} letters), so that two reports of
 * one statement ("threatening" / "threat", "Korean" / "Korea") or two spellings of one title can be compared
 * without a language model. Function words (a resource list), single letters (the "s" of "regime’s") and numbers are left out.
 */
final class ContentWords {
    static final int STEM = 5;
    private static final Set<String> STOP = load();

    private ContentWords() {}

    static Set<String> of(String text) {
        String folded = Folding.letters(text).toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 2 || STOP.contains(w) || w.chars().anyMatch(Character::isDigit)) continue;
            out.add(w.length() > STEM ? w.substring(0, STEM) : w);
        }
        return out;
    }

    /** Share of the smaller set found in the other (0 when either is empty). */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        return (double) shared(a, b) / Math.min(a.size(), b.size());
    }

    static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) if (b.contains(w)) n++;
        return n;
    }

    private static Set<String> load() {
        return Set.copyOf(new LinkedHashSet<>(DataFiles.lines(ContentWords.class, "stopwords.txt")));
    }
}
