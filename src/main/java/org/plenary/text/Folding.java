package org.plenary.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place text is folded for comparison. Every stage that compares names or words (mention grouping,
 * entity resolution, Wikidata linking, reconciliation, claim comparison, scoring) folds through here, so two
 * stages never disagree on whether "Mikuláš" and "Mikulas" are one spelling.
 *
 * <p>The operations build on each other: {@link #withoutMarks} (compatibility decomposition, combining marks
 * dropped), {@link #letters} (also the Latin letters that have no decomposition: ø, ł, æ, ß, ...),
 * {@link #spelling} (lower case, one space, punctuation kept) and {@link #name} (punctuation folded too).
 */
public final class Folding {
    private Folding() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** "U.N." or "U.S.A." (two or more single letters each followed by a period). */
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b((?:\\p{L}\\.){2,})");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+"); // (?U): no-break spaces too
    private static final Pattern WORD_BREAKS = Pattern.compile("[ -]+");

    /**
     * NFKD with combining marks removed: "Erdoğan" -> "Erdogan", "ﬁ" -> "fi", a no-break space a space. Case,
     * punctuation and letters without a decomposition ("ø") are kept. NFKD rather than NFD so that compatibility
     * forms (ligatures, full-width letters, superscripts) meet their plain letters.
     */
    public static String withoutMarks(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }

    /** {@link #withoutMarks} plus the Latin letters NFKD does not decompose mapped to base letters (ø, ł, đ, æ, œ, ß, ı). */
    public static String letters(String s) {
        String d = withoutMarks(s);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'ß' -> out.append("ss");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** "U.N. envoy" -> "UN envoy", so dotted and plain acronyms are one token. */
    public static String joinDottedAcronyms(String s) {
        var m = DOTTED_ACRONYM.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, m.group(1).replace(".", ""));
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A spelling with its punctuation kept: {@link #letters}, lower case, the typographic apostrophe (’) made
     * straight, runs of white space one space, trimmed. Mentions inside one article are grouped on this, where
     * "Lee Min-ho" and "Lee Min ho" are still two spellings to look at.
     */
    public static String spelling(String s) {
        return SPACES.matcher(letters(s).replace('\u2019', '\'').toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * A name folded for comparison: {@link #letters}, dotted acronyms joined, lower case, apostrophes dropped
     * ("People’s" = "Peoples"), hyphens inside a word kept as '-', every other run of non-letters/digits one space.
     */
    public static String name(String s) {
        String t = joinDottedAcronyms(letters(s)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) out.append(' ');
                space = false;
                out.appendCodePoint(cp);
            } else if (cp == '\'' || cp == '\u2019' || cp == '\u02bc') {
                // O'Brien == OBrien; apostrophes inside names are not word breaks
            } else if ((cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2013') && !space && out.length() > 0
                    && i < t.length()) {
                out.append('-');
            } else {
                space = true;
            }
        }
        // a hyphen next to a space is punctuation, not a join
        return out.toString().replaceAll("-+(?=\\s|$)", "").replaceAll("(?<=\\s|^)-+", "").replaceAll("-{2,}", "-");
    }

    /** The words of {@link #name}, hyphens breaking words too: "Lee Min-ho" -> [lee, min, ho]. */
    public static List<String> words(String s) {
        String n = name(s);
        return n.isEmpty() ? List.of() : Arrays.stream(WORD_BREAKS.split(n)).filter(w -> !w.isEmpty()).toList();
    }
}
