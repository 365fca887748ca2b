package org.plenary.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalised keys of names, so that spellings differing only in case, diacritics, punctuation, dotted
 * acronyms ("U.N." = "UN"), hyphens of romanized given names ("Ji-won" = "Jiwon") or word order
 * ("Park Ji-won" = "Ji-won Park") meet.
 */
public final class NameKeys {
    private NameKeys() {}

    // Words that carry no identity in names of organizations ("the United Nations" = "United Nations").
    private static final Set<String> LEADING_ARTICLES = Set.of("the");
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b(?:\\p{L}\\.){2,}");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Folded words of a name: lower case, no diacritics, acronym dots dropped, other punctuation a word break. */
    public static List<String> tokens(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = DOTTED_ACRONYM.matcher(s).replaceAll(m -> m.group().replace(".", ""));
        s = s.replace("'", "").replace("\u2019", "");   // "People's" = "Peoples"
        s = s.toLowerCase(Locale.ROOT);
        String[] words = NON_WORD.split(s.trim());
        List<String> out = Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
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
