package org.plenary.ingest;

import java.util.List;

/**
 * One article as received: the text it is published as (a text file's exact text, decoded from UTF-8 and nothing
 * normalised; a web page's or PDF's extracted text), the SHA-256 of the file and of that text, what is known about it
 * and how its text divides into segments. All offsets count in {@link #text()}.
 *
 * @param id a stable identifier derived from the file name (lower-case, IRI-safe)
 * @param sha256 the SHA-256 of the file as received
 * @param bodySha256 the SHA-256 of {@link #text()} in UTF-8 (the file's own for a text file)
 * @param mediaType the media type of the file as received ({@code text/plain}, {@code text/html}, {@code application/pdf})
 * @param retrieval where and when the file was fetched, for a file {@code plenary fetch} wrote
 */
public record Article(String id, String fileName, String text, String sha256, String bodySha256, String mediaType,
                      SourceMetadata metadata, List<Segment> segments, java.util.Optional<Retrieval> retrieval) {
    public Article {
        segments = List.copyOf(segments);
        if (retrieval == null) throw new IllegalArgumentException("retrieval is null (empty when not fetched)");
    }

    /** An article from a file that was not fetched (or whose fetch is not known). */
    public Article(String id, String fileName, String text, String sha256, String bodySha256, String mediaType,
                   SourceMetadata metadata, List<Segment> segments) {
        this(id, fileName, text, sha256, bodySha256, mediaType, metadata, segments, java.util.Optional.empty());
    }

    /** A text file's article: the text is the file's, so its hash is the file's. */
    public Article(String id, String fileName, String text, String sha256, SourceMetadata metadata, List<Segment> segments) {
        this(id, fileName, text, sha256, ArticleReader.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ArticleFormat.TEXT.mediaType(), metadata, segments);
    }

    /** Converts a UTF-16 char offset into this article's text to a Unicode code point offset. */
    public int codePointOffset(int charOffset) {
        return text.codePointCount(0, charOffset);
    }
}
