package org.plenary.extract;

/** A span of an article's text as UTF-16 char offsets {@code [start, end)}; the graph stage converts to code points. */
public record TextRef(int start, int end) {
    public TextRef {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public String of(String text) { return text.substring(start, end); }

    public boolean contains(TextRef other) { return start <= other.start && other.end <= end; }

    public boolean overlaps(TextRef other) { return start < other.end && other.start < end; }
}
