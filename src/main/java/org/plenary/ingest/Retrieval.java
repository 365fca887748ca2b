package org.plenary.ingest;

import java.time.Instant;

/**
 * Where and when an article file was fetched, as the fetch archive ({@link FetchArchive}) records it: the address
 * its response came from (after redirects), the date of that response, and the WARC record that keeps it.
 */
public record Retrieval(String url, Instant retrieved, String recordId) {
    public Retrieval {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("no url");
        if (retrieved == null) throw new IllegalArgumentException("no date");
        if (recordId == null || recordId.isBlank()) throw new IllegalArgumentException("no record id");
    }
}
