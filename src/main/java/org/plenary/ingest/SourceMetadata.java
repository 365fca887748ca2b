package org.plenary.ingest;

import java.util.Optional;

/**
 * What is known about an article besides its text: from the catalogue ({@code data/sources.ttl}) or from
 * the text itself (a title line, a byline, a credit). Unknown fields stay empty; nothing is invented.
 *
 * @param published an ISO-8601 date, year-month or year, as precise as known
 */
public record SourceMetadata(Optional<String> title, Optional<String> url, Optional<String> publisher,
                             Optional<String> author, Optional<String> published, Optional<String> language,
                             Optional<String> license) {
    public static final SourceMetadata EMPTY = new SourceMetadata(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Fields of this one win; empty ones are filled from {@code other}. */
    public SourceMetadata orElse(SourceMetadata other) {
        return new SourceMetadata(title.or(other::title), url.or(other::url), publisher.or(other::publisher),
                author.or(other::author), published.or(other::published), language.or(other::language),
                license.or(other::license));
    }
}
