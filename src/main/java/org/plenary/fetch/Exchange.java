package org.plenary.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request and its response as Plenary made and received them, to be kept in the fetch archive.
 *
 * @param requestHeaders the headers Plenary set (the HTTP client adds {@code Host} and connection headers)
 * @param body the response body as received, up to the size limit
 * @param truncated the body was cut at the size limit
 */
record Exchange(URI target, Instant date, Map<String, List<String>> requestHeaders, int status,
                Map<String, List<String>> responseHeaders, byte[] body, boolean truncated) {
    Exchange {
        requestHeaders = Map.copyOf(requestHeaders);
        responseHeaders = Map.copyOf(responseHeaders);
    }

    Optional<String> header(String name) {
        for (var e : responseHeaders.entrySet())
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return Optional.of(e.getValue().get(0));
        return Optional.empty();
    }

    /** The media type without parameters, lower-case ("text/html"), or empty when the response names none. */
    String mediaType() {
        return header("Content-Type").map(t -> t.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT)).orElse("");
    }

    boolean redirect() { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }

    boolean success() { return status >= 200 && status < 300; }
}
