package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations that run over several paragraphs. By the English convention each paragraph of such a quotation opens
 * with a quotation mark and only the last one closes; a quote annotator that pairs marks left to right then pairs
 * the opening mark of one paragraph with that of the next. Here each paragraph of the run is one quotation: from its
 * opening mark to the end of the paragraph, or, in the last paragraph, to its closing mark.
 */
final class ParagraphQuotes {
    private ParagraphQuotes() {}

    static List<TextRef> find(String text) {
        List<TextRef> out = new ArrayList<>();
        boolean inRun = false;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int start = pos;
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            int stop = end;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) stop--;
            if (start < stop) {
                char c = text.charAt(start);
                boolean opens = c == '"' || c == '“';
                if (opens && unclosed(text, start, stop)) {
                    out.add(new TextRef(start, stop));
                    inRun = true;
                } else if (opens && inRun) { // the run's last paragraph: up to its closing mark
                    int close = closing(text, start + 1, stop);
                    out.add(new TextRef(start, close < 0 ? stop : close + 1));
                    inRun = false;
                } else {
                    inRun = false;
                }
            }
            pos = end + 1;
        }
        // a lone unclosed paragraph not followed by another quoted one is not a run: leave it to the annotator
        List<TextRef> runs = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            boolean joined = i + 1 < out.size() && sameRun(text, out.get(i), out.get(i + 1))
                    || i > 0 && sameRun(text, out.get(i - 1), out.get(i));
            if (joined) runs.add(out.get(i));
        }
        return runs;
    }

    private static boolean sameRun(String text, TextRef a, TextRef b) {
        return text.substring(a.end(), b.start()).isBlank();
    }

    /** Whether the paragraph leaves its opening quotation mark unclosed. */
    private static boolean unclosed(String text, int start, int stop) {
        int straight = 0, open = 0, close = 0;
        for (int i = start; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '"') straight++;
            else if (c == '“') open++;
            else if (c == '”') close++;
        }
        return text.charAt(start) == '"' ? straight % 2 == 1 : open > close;
    }

    private static int closing(String text, int from, int stop) {
        for (int i = from; i < stop; i++) if (text.charAt(i) == '"' || text.charAt(i) == '”') return i;
        return -1;
    }
}
