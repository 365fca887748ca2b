package org.plenary.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Quotation marks around a name rather than around speech: the title of a show, a book, a bill, a forum ("on
 * “Fox News Sunday”", "the “Commander-in-Chief Forum”"). English titles capitalise every word but short function
 * words (Chicago Manual of Style 8.159, headline style); speech of three words or more almost never does. Two words
 * in capitals stay speech: they are as often a name someone was called ("“Crooked Hillary”") as a title.
 */
public final class QuotedNames {
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at",
            "to", "for", "by", "with", "from", "as", "into", "vs", "vs.");

    private QuotedNames() {}

    /** Whether the quoted words (without their marks) are a title in headline style, three words or more. */
    public static boolean isTitle(String quoted) {
        String[] words = quoted.strip().replaceAll("[\\p{Punct}“”‘’…]+$", "").split("\\s+");
        if (words.length < 3) return false;
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^[\\p{Punct}“”‘’]+", "");
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) continue;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
            else if (i == 0 || !MINOR.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return capitalised >= 2;
    }
}
