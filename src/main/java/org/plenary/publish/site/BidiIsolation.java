package org.plenary.publish.site;

/**
 * Keeps a value's explicit bidirectional controls inside the value. An unpaired right-to-left override (U+202E) in
 * a name would otherwise reverse the rest of the line it is printed on, so that a page shows something other than
 * what the data says. A value holding any embedding, override or isolate control is printed between FIRST STRONG
 * ISOLATE and POP DIRECTIONAL ISOLATE, with its own unclosed controls closed first and its unmatched closers dropped
 * (a stray closer would end the outer isolate early). Text without such controls, including right-to-left text
 * and the harmless LRM/RLM marks, is left exactly as it is.
 */
final class BidiIsolation {
    private static final char LRE = '\u202A', RLE = '\u202B', PDF = '\u202C', LRO = '\u202D', RLO = '\u202E';
    private static final char LRI = '\u2066', RLI = '\u2067', FSI = '\u2068', PDI = '\u2069';

    private BidiIsolation() {}

    static boolean hasControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= LRE && c <= RLO) || (c >= LRI && c <= PDI)) return true;
        }
        return false;
    }

    /** {@code s} isolated as described above; {@code s} itself if it has no explicit bidirectional controls. */
    static String isolate(String s) {
        if (s == null || !hasControls(s)) return s;
        StringBuilder b = new StringBuilder(s.length() + 8).append(FSI);
        // Open embeddings/overrides (count per isolate level) and open isolates, as the bidi algorithm pairs them.
        java.util.ArrayDeque<Integer> embeddings = new java.util.ArrayDeque<>();
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= LRE && c <= RLO && c != PDF) {
                open++;
            } else if (c == PDF) {
                if (open == 0) continue; // unmatched: dropped
                open--;
            } else if (c == LRI || c == RLI || c == FSI) {
                embeddings.push(open);
                open = 0;
            } else if (c == PDI) {
                if (embeddings.isEmpty()) continue; // unmatched: would close the outer isolate
                open = embeddings.pop(); // a PDI also closes the embeddings opened inside its isolate
            }
            b.append(c);
        }
        for (int k = 0; k < open; k++) b.append(PDF);
        for (int k = 0; k < embeddings.size(); k++) b.append(PDI);
        return b.append(PDI).toString();
    }
}
