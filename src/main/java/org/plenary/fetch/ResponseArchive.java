package org.plenary.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.plenary.ingest.FetchArchive;

/**
 * Appends every exchange of a fetch to the articles folder's WARC file ({@link FetchArchive#FILE_NAME}, one gzip
 * member per record, written with jwarc): a request and a response record each, the response naming the article file
 * written from it ({@link FetchArchive#ARTICLE_FILE}), or a revisit record when the page is what was kept before.
 * Nothing is ever removed from it: it is what a rebuild reads instead of the network. One fetch at a time writes it
 * (a file lock).
 */
final class ResponseArchive implements Closeable {
    /** Hop-by-hop headers: the body is kept as received from the client, de-chunked. */
    private static final Set<String> NOT_KEPT = Set.of("transfer-encoding", "connection", "keep-alive");
    private static final String REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final WarcWriter writer;

    ResponseArchive(Path file, String software) {
        this.file = file;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            FileLock held;
            try {
                held = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                held = null; // this program already writes it
            }
            lock = held;
            if (lock == null) {
                channel.close();
                throw new FetchException(file + ": another fetch is writing it; run one fetch at a time");
            }
            writer = new WarcWriter(channel, WarcCompression.GZIP);
            writer.write(new Warcinfo.Builder().date(Instant.now())
                    .fields(Map.of("software", List.of(software), "format", List.of("WARC File Format 1.1"))).build());
        } catch (IOException e) {
            throw new FetchException(file + ": cannot write the fetch archive: " + e.getMessage(), false, e);
        }
    }

    Path file() { return file; }

    /**
     * Keeps an exchange; {@code articleFile} names the article file written from its body, if any. Returns the id of
     * the response record.
     */
    URI keep(Exchange x, Optional<String> articleFile) {
        try {
            WarcRequest request = new WarcRequest.Builder(x.target()).date(x.date())
                    .body(httpRequest(x)).build();
            byte[] body = x.body();
            WarcResponse.Builder b = new WarcResponse.Builder(x.target()).date(x.date())
                    .body(httpResponse(x, body))
                    .payloadDigest(digest(body))
                    .concurrentTo(request.id());
            if (x.truncated()) b.truncated(WarcTruncationReason.LENGTH);
            articleFile.ifPresent(f -> b.addHeader(FetchArchive.ARTICLE_FILE, f));
            WarcResponse response = b.build();
            writer.write(request);
            writer.write(response);
            return response.id();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the fetch archive: " + e.getMessage(), e);
        }
    }

    /** Keeps a response whose payload is identical to one kept before (record {@code earlier}), without its body again. */
    URI keepRevisit(Exchange x, URI earlierRecord, Instant earlierDate) {
        try {
            WarcRequest request = new WarcRequest.Builder(x.target()).date(x.date()).body(httpRequest(x)).build();
            WarcRevisit revisit = new WarcRevisit.Builder(x.target(), URI.create(REVISIT_PROFILE)).date(x.date())
                    .body(httpResponseHeaders(x))
                    .refersTo(earlierRecord, x.target(), earlierDate)
                    .payloadDigest(digest(x.body()))
                    .concurrentTo(request.id()).build();
            writer.write(request);
            writer.write(revisit);
            return revisit.id();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the fetch archive: " + e.getMessage(), e);
        }
    }

    private static HttpRequest httpRequest(Exchange x) {
        String path = x.target().getRawPath() == null || x.target().getRawPath().isEmpty() ? "/" : x.target().getRawPath();
        if (x.target().getRawQuery() != null) path += "?" + x.target().getRawQuery();
        HttpRequest.Builder b = new HttpRequest.Builder("GET", path).addHeader("Host", x.target().getRawAuthority());
        x.requestHeaders().forEach((k, vs) -> vs.forEach(v -> b.addHeader(k, v)));
        return b.build();
    }

    private static HttpResponse httpResponse(Exchange x, byte[] body) {
        HttpResponse.Builder b = new HttpResponse.Builder(x.status(), reason(x.status()));
        headers(x, b);
        b.body(mediaType(x), body);
        return b.build();
    }

    private static HttpResponse httpResponseHeaders(Exchange x) {
        HttpResponse.Builder b = new HttpResponse.Builder(x.status(), reason(x.status()));
        headers(x, b);
        return b.build();
    }

    private static void headers(Exchange x, HttpResponse.Builder b) {
        x.responseHeaders().forEach((k, vs) -> {
            String key = k.toLowerCase(Locale.ROOT);
            // the HTTP client's pseudo-header and hop-by-hop fields; the length is set from the body as kept
            if (key.startsWith(":") || NOT_KEPT.contains(key) || key.equals("content-length") || key.equals("content-type")) return;
            vs.forEach(v -> b.addHeader(k, v));
        });
    }

    private static MediaType mediaType(Exchange x) {
        try {
            return MediaType.parse(x.header("Content-Type").orElse("application/octet-stream"));
        } catch (IllegalArgumentException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    static WarcDigest digest(byte[] body) {
        try {
            return new WarcDigest(FetchArchive.DIGEST, MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reason phrases of RFC 9110 for the statuses a fetch meets; the HTTP client does not report the server's. */
    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 203 -> "Non-Authoritative Information";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                if (lock.isValid()) lock.release();
                channel.close();
            } catch (IOException ignored) {
                // closing after the records are written: nothing left to lose
            }
        }
    }

}
