package org.plenary.publish.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text cut into segments at the boundaries of its highlighted spans, so that overlapping spans
 * (a name inside a quotation) become flat, non-nested links. Offsets are Unicode code points, as in the data.
 */
final class ArticleText {
    /** A span to highlight: [start, end) in code points, where it links, and its kind (a CSS class). */
    record Highlight(int start, int end, String href, String kind, String title) {
        String id() { return "span-" + start + "-" + end; }
        int length() { return end - start; }
    }

    /**
     * A piece of text. {@code href} is the link of the innermost span covering it (null if none), {@code id} the
     * anchor of that span when it starts here, {@code markers} the anchors of other spans starting here.
     */
    public record Segment(String text, String href, String classes, String id, String title, List<String> markers,
            boolean caption) {}

    /**
     * A markdown image line as article extractors write it: {@code ![caption](url)}, the caption possibly holding
     * brackets of its own. Shown as its caption: the markup around it is dropped from the page (not from the data,
     * whose offsets count it).
     */
    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile("(?m)^[ \\t]*!\\[(.*)\\]\\(([^()\\s]+)\\)[ \\t]*$");

    private ArticleText() {}

    static List<Segment> segments(String body, List<Highlight> highlights) {
        int[] cps = body.codePoints().toArray();
        List<Highlight> hs = new ArrayList<>();
        for (Highlight h : highlights)
            if (h.start() >= 0 && h.start() < h.end() && h.end() <= cps.length) hs.add(h);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, cps.length));
        // [from, to) ranges of image markup to hide, and of captions to show as such, in code points
        List<int[]> hidden = new ArrayList<>(), captions = new ArrayList<>();
        java.util.regex.Matcher image = IMAGE.matcher(body);
        while (image.find()) {
            int m0 = body.codePointCount(0, image.start()), c0 = body.codePointCount(0, image.start(1)),
                    c1 = body.codePointCount(0, image.end(1)), m1 = body.codePointCount(0, image.end());
            hidden.add(new int[] {m0, c0});
            hidden.add(new int[] {c1, m1});
            captions.add(new int[] {c0, c1});
            cuts.addAll(List.of(m0, c0, c1, m1));
        }
        for (Highlight h : hs) {
            cuts.add(h.start());
            cuts.add(h.end());
        }
        // Shorter spans are inner; at equal length a mention is inside its statement.
        Comparator<Highlight> inner = Comparator.comparingInt(Highlight::length).thenComparing(Highlight::kind);
        List<Segment> out = new ArrayList<>();
        java.util.Set<String> anchored = new java.util.HashSet<>();
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            final int from = a, to = b;
            List<Highlight> covering = hs.stream().filter(h -> h.start() <= from && h.end() >= to).sorted(inner).toList();
            Highlight in = covering.isEmpty() ? null : covering.get(0);
            String id = in != null && in.start() == from && anchored.add(in.id()) ? in.id() : null;
            List<String> markers = new ArrayList<>();
            for (Highlight h : covering)
                if (h != in && h.start() == from && anchored.add(h.id())) markers.add(h.id());
            String classes = String.join(" ", covering.stream().map(Highlight::kind).distinct().sorted().toList());
            boolean hide = hidden.stream().anyMatch(h -> h[0] <= from && to <= h[1]);
            boolean caption = captions.stream().anyMatch(h -> h[0] <= from && to <= h[1]);
            out.add(new Segment(hide ? "" : new String(cps, from, to - from), in == null ? null : in.href(), classes, id,
                    in == null ? null : in.title(), markers, caption));
            a = b;
        }
        return out;
    }
}
