package org.plenary.fetch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenary.ingest.ArticleException;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.FetchArchive;
import org.plenary.ingest.Retrieval;
import org.plenary.ingest.SourceCatalogue;
import org.plenary.text.Slugs;

/**
 * Fetches articles into an articles folder: each page, PDF or text becomes a file a build reads like any saved one
 * (and is read once at once, so a page without main text is reported now, not at the next build), and every request
 * and response is kept in the folder's WARC file ({@link ResponseArchive}), so a build never needs the network. A
 * page fetched again that changed is a new file, named with its fetch date, beside the old one: a new version of the
 * source, never a silent replacement; one that did not change leaves the folder as it is (a revisit record is kept).
 */
public final class ArticleFetch implements AutoCloseable {
    /** What became of one address. */
    public enum Result { NEW, NEW_VERSION, UNCHANGED, FAILED }

    /** One address's outcome: the file written (or kept) and, for a failure, the reason. */
    public record Outcome(URI url, Result result, Optional<String> file, String message) {
        public boolean failed() { return result == Result.FAILED; }
    }

    private static final DateTimeFormatter VERSION_DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml",
            "application/xml", "text/xml", "application/feed+json");

    private final Path articles;
    private final ResponseArchive archive;
    private final PoliteClient client;
    private final Map<String, FetchArchive.Kept> latest = new HashMap<>();
    private final ArticleReader reader = new ArticleReader(SourceCatalogue.empty());

    private ArticleFetch(Builder b) {
        if (b.articles == null) throw new IllegalArgumentException("no articles folder");
        articles = b.articles;
        if (!Files.isDirectory(articles)) throw new FetchException("--articles " + articles + ": not a directory");
        FetchArchive before = FetchArchive.forDirectory(articles);
        // records appended after a damaged one would be lost to every reader
        before.damage().ifPresent(d -> {
            throw new FetchException(d + ": move it aside to start a new archive (the files fetched stay as they are)");
        });
        // what was fetched before, by address: a page fetched again is compared with its newest kept version
        for (FetchArchive.Kept k : before.kept()) {
            FetchArchive.Kept newest = latest.get(k.retrieval().url());
            if (newest == null || !newest.retrieval().retrieved().isAfter(k.retrieval().retrieved())) latest.put(k.retrieval().url(), k);
        }
        archive = new ResponseArchive(articles.resolve(FetchArchive.FILE_NAME), b.userAgent);
        b.client.keep(x -> archive.keep(x, Optional.empty()));
        client = b.client.userAgent(b.userAgent).build();
    }

    public static Builder builder() { return new Builder(); }

    public Path archiveFile() { return archive.file(); }

    /** Fetches one address into the folder; a failure is an outcome with its reason, never an exception. */
    public Outcome fetch(URI url) {
        try {
            Exchange x = client.get(url);
            String type = x.mediaType();
            Optional<String> extension = extensionOf(type);
            if (extension.isEmpty()) {
                archive.keep(x, Optional.empty());
                String what = type.isEmpty() ? "no content type" : FEED_TYPES.contains(type) || type.endsWith("+xml")
                        ? "a feed or XML (" + type + "): give a feed with --feed" : "content type " + type;
                return failed(url, x.target() + ": " + what + "; articles are web pages, PDFs, plain text or Markdown");
            }
            return keep(url, x, extension.get());
        } catch (FetchException e) {
            return failed(url, e.getMessage());
        } catch (UncheckedIOException e) {
            return failed(url, e.getMessage());
        }
    }

    /** Fetches a feed and then every article it links to, in the feed's order. */
    public FeedLinks.Links feed(URI url) {
        Exchange x = client.get(url);
        archive.keep(x, Optional.empty());
        String type = x.mediaType();
        if (!(FEED_TYPES.contains(type) || type.endsWith("+xml")))
            throw new FetchException(url + ": not a feed (content type " + (type.isEmpty() ? "none" : type) + ")");
        return FeedLinks.read(x.target(), x.body());
    }

    private Outcome keep(URI asked, Exchange x, String extension) {
        String where = x.target().toString();
        String sha = org.plenary.ingest.ArticleReader.sha256(x.body());
        FetchArchive.Kept before = latest.get(where);
        if (before != null && before.sha256().equalsIgnoreCase(sha) && Files.isRegularFile(articles.resolve(before.fileName()))) {
            archive.keepRevisit(x, URI.create(before.retrieval().recordId()), before.retrieval().retrieved());
            return new Outcome(asked, Result.UNCHANGED, Optional.of(before.fileName()), where + ": unchanged since "
                    + before.retrieval().retrieved() + " (" + before.fileName() + ")");
        }
        Path file = write(x, extension, before != null);
        try {
            reader.read(file);
        } catch (ArticleException e) {
            deleteQuietly(file);
            archive.keep(x, Optional.empty());
            String reason = e.getMessage().startsWith(file + ": ") ? e.getMessage().substring(file.toString().length() + 2) : e.getMessage();
            return failed(asked, where + ": " + reason);
        }
        String name = file.getFileName().toString();
        URI record = archive.keep(x, Optional.of(name));
        latest.put(where, new FetchArchive.Kept(name, sha, new Retrieval(where, x.date(), record.toString())));
        return new Outcome(asked, before == null ? Result.NEW : Result.NEW_VERSION, Optional.of(name),
                where + " -> " + name + (before == null ? "" : " (changed since " + before.retrieval().retrieved() + ", " + before.fileName() + " kept)"));
    }

    /** Writes the body under a name of its own: the address as a slug, with the fetch date for a later version. */
    private Path write(Exchange x, String extension, boolean laterVersion) {
        URI u = x.target();
        String slug = Slugs.slug(u.getHost() + " " + (u.getPath() == null ? "" : u.getPath()) + " " + (u.getQuery() == null ? "" : u.getQuery()));
        List<String> names = new ArrayList<>();
        if (!laterVersion) names.add(slug + "." + extension);
        String dated = slug + "-" + VERSION_DATE.format(x.date());
        names.add(dated + "." + extension);
        for (int i = 2; i < 100; i++) names.add(dated + "-" + i + "." + extension);
        for (String name : names) {
            Path file = articles.resolve(name);
            try {
                Files.write(file, x.body(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return file;
            } catch (FileAlreadyExistsException e) {
                // a file of that name is there (another address's, or the user's): never overwritten
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
            }
        }
        throw new FetchException(u + ": no free file name for it in " + articles);
    }

    /** The file extension an article of this media type is saved with, so that a build reads it in its format. */
    static Optional<String> extensionOf(String mediaType) {
        return switch (mediaType) {
            case "text/html", "application/xhtml+xml" -> Optional.of("html");
            case "application/pdf" -> Optional.of("pdf");
            case "text/plain" -> Optional.of("txt");
            case "text/markdown", "text/x-markdown" -> Optional.of("md");
            default -> Optional.empty();
        };
    }

    private static Outcome failed(URI url, String reason) {
        return new Outcome(url, Result.FAILED, Optional.empty(), reason);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the response stays kept in the archive; a left-over file is reported by the next build
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            archive.close();
        }
    }

    public static final class Builder {
        private Path articles;
        private String userAgent;
        private final PoliteClient.Builder client = PoliteClient.builder();

        public Builder articles(Path dir) { this.articles = dir; return this; }
        /** The User-Agent: the program's name, version and where to read about it. */
        public Builder userAgent(String ua) { this.userAgent = ua; return this; }
        /** The least time between two requests to one host (robots.txt's Crawl-delay when longer). */
        public Builder delay(Duration d) { client.delay(d); return this; }
        /** How long to wait for a connection, for an answer, and for the whole body. */
        public Builder timeout(Duration d) { client.timeout(d); return this; }
        public Builder retries(int n) { client.retries(n); return this; }
        /** The first wait before trying again; it doubles with each retry. */
        public Builder backoff(Duration d) { client.backoff(d); return this; }
        /** The longest Retry-After honoured. */
        public Builder maxWait(Duration d) { client.maxWait(d); return this; }
        public Builder maxBytes(long n) { client.maxBytes(n); return this; }
        /** Hosts that may be fetched although they are private, loopback or link-local addresses. */
        public Builder allowedHosts(Set<String> hosts) { client.allowedHosts(hosts); return this; }
        /** Where --verbose lines go (retries, robots.txt), or null. */
        public Builder log(PrintStream p) { client.log(p); return this; }

        public ArticleFetch open() { return new ArticleFetch(this); }
    }
}
