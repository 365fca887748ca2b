package org.plenary.ingest;

/** A stretch of an article's text, as UTF-16 char offsets {@code [start, end)} into {@link Article#text()}. */
public record Segment(SegmentKind kind, int start, int end) {
    public Segment {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad segment " + start + ".." + end);
    }
}
