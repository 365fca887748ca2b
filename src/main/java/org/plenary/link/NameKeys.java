package org.plenary.link;

import java.util.List;
import java.util.Set;
import org.plenary.text.Folding;

/**
 * Normalised keys of names, so that spellings differing only in case, diacritics, punctuation, dotted
 * acronyms ("U.N." = "UN"), hyphens of romanized given names ("Ji-won" = "Jiwon") or word order
 * ("Park Ji-won" = "Ji-won Park") meet.
 */
public final class NameKeys {
    private NameKeys() {}

    // Words that carry no identity in names of organizations ("the United Nations" = "United Nations").
    private static final Set<String> LEADING_ARTICLES = Set.of("the");

    /**
     * Folded words of a name ({@link Folding#words}: lower case, no diacritics, acronym dots and apostrophes
     * dropped, hyphens and other punctuation word breaks), a leading "the" left out.
     */
    public static List<String> tokens(String name) {
        List<String> out = Folding.words(name);
        if (out.size() > 1 && LEADING_ARTICLES.contains(out.get(0))) out = out.subList(1, out.size());
        return out;
    }

    /** The words joined by single spaces. */
    public static String key(String name) { return String.join(" ", tokens(name)); }

    /** The words joined without spaces: romanizations that split syllables differently meet here. */
    public static String compactKey(String name) { return String.join("", tokens(name)); }

    /** The words sorted: the same name with family name first or last meets here. */
    public static String orderFreeKey(String name) {
        return String.join(" ", tokens(name).stream().sorted().toList());
    }
}
