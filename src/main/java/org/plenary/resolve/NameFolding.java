package org.plenary.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding shared by name comparisons: diacritics, case, dotted acronyms, punctuation. */
final class NameFolding {
    private NameFolding() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** "U.N." or "U.S.A." (two or more single letters each followed by a period). */
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b((?:\\p{L}\\.){2,})");

    /** Removes diacritics and maps letters NFKD does not decompose (ø, ł, æ, ß, ...). */
    static String foldDiacritics(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
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
    static String joinDottedAcronyms(String s) {
        var m = DOTTED_ACRONYM.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, m.group(1).replace(".", ""));
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Diacritics and case folded, dotted acronyms joined, apostrophes dropped, hyphens kept as '-', every other
     * run of non-letters/digits one space.
     */
    static String fold(String s) {
        String t = joinDottedAcronyms(foldDiacritics(s)).toLowerCase(Locale.ROOT);
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
}
