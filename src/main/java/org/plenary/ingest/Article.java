package org.plenary.ingest;

import java.util.List;

/**
 * One article as received: its exact text (decoded from UTF-8, nothing normalised, so offsets point into
 * the file), its content hash, what is known about it and how its text divides into segments.
 *
 * @param id a stable identifier derived from the file name (lower-case, IRI-safe)
 */
public record Article(String id, String fileName, String text, String sha256, SourceMetadata metadata,
                      List<Segment> segments) {
    public Article {
        segments = List.copyOf(segments);
    }

    /** Converts a UTF-16 char offset into this article's text to a Unicode code point offset. */
    public int codePointOffset(int charOffset) {
        return text.codePointCount(0, charOffset);
    }
}
