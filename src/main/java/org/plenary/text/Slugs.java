package org.plenary.text;

import java.util.Locale;

/**
 * IRI path segments from names: lower-case, diacritics folded, runs of anything but letters and digits made one
 * hyphen. Ids are made here, at the start of the journey, so that ingest (source ids) and resolve (entity ids)
 * need nothing from the RDF layer. Only combining marks are folded ({@link Folding#withoutMarks}), not the
 * letters {@link Folding#letters} also maps (ø, ß, ...): published IRIs stay what they were.
 */
public final class Slugs {
    private Slugs() {}

    /** Letters Unicode deprecates (PropList.txt, Deprecated=Yes); IRI parsers reject them. */
    private static final java.util.Set<Integer> DEPRECATED = java.util.Set.of(0x0149, 0x0673, 0x0F77, 0x0F79, 0x17A3, 0x17A4);

    public static String slug(String name) {
        String folded = Folding.withoutMarks(name);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) && !DEPRECATED.contains(cp)) {
                if (hyphen && out.length() > 0) out.append('-');
                hyphen = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                hyphen = true;
            }
        }
        String s = out.toString();
        if (s.codePointCount(0, s.length()) > 80) s = s.substring(0, s.offsetByCodePoints(0, 80)).replaceAll("-+$", "");
        return s.isEmpty() ? "x" : s.toLowerCase(Locale.ROOT);
    }
}
