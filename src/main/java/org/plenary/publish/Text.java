package org.plenary.publish;

/** Client-supplied text made safe to quote in a one-line message. */
final class Text {
    private Text() {}

    /** At most 60 characters of {@code s}, control characters shown as {@code ?}. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(60).forEach(c -> b.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? '?' : c));
        return s.codePointCount(0, s.length()) > 60 ? b + "..." : b.toString();
    }
}
