package org.plenary.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The WARC file in which {@code plenary fetch} keeps every request and response it made ({@value #FILE_NAME} in the
 * articles folder), read for what a build needs: which article file was written from which response, so that the
 * source description says where and when it was retrieved. A response that became an article file carries the
 * extension field {@value #ARTICLE_FILE} with the file's name, and its payload digest is the file's SHA-256.
 */
public final class FetchArchive {
    /** The archive's name in the articles folder. */
    public static final String FILE_NAME = "fetched.warc.gz";
    /** The WARC field of a response record naming the article file its payload was written to. */
    public static final String ARTICLE_FILE = "Plenary-Article-File";
    /** The digest algorithm of the payloads, as WARC labels it: the one the source description publishes. */
    public static final String DIGEST = "sha256";

    /** A response kept as an article file: the file, its SHA-256 and where and when it was retrieved. */
    public record Kept(String fileName, String sha256, Retrieval retrieval) {}

    private final Map<String, Kept> byFile;
    private final Optional<String> damage;

    private FetchArchive(Map<String, Kept> byFile, Optional<String> damage) {
        this.byFile = byFile;
        this.damage = damage;
    }

    public static FetchArchive empty() { return new FetchArchive(Map.of(), Optional.empty()); }

    /**
     * What is wrong with the archive, if it could not be read to its end (a fetch killed while writing a record):
     * the records before the damage are still read, so one bad record costs only the files fetched after it their
     * retrieval, never the build.
     */
    public Optional<String> damage() { return damage; }

    /** The archive of an articles folder, or an empty one if nothing was fetched into it. */
    public static FetchArchive forDirectory(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : empty();
    }

    public static boolean isArchive(Path p) { return p.getFileName().toString().equals(FILE_NAME); }

    static FetchArchive read(Path file) {
        Map<String, Kept> byFile = new LinkedHashMap<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord r : reader) {
                if (!(r instanceof WarcResponse response)) continue;
                Optional<String> name = response.headers().first(ARTICLE_FILE);
                Optional<WarcDigest> digest = response.payloadDigest();
                if (name.isEmpty() || digest.isEmpty() || !digest.get().algorithm().equalsIgnoreCase(DIGEST)) continue;
                byFile.put(name.get(), new Kept(name.get(), HexFormat.of().formatHex(digest.get().bytes()),
                        new Retrieval(response.target(), response.date(), response.id().toString())));
            }
        } catch (IOException | RuntimeException e) {
            return new FetchArchive(byFile, Optional.of(file + ": damaged after " + byFile.size()
                    + " article records (" + e.getMessage() + ")"));
        }
        return new FetchArchive(byFile, Optional.empty());
    }

    /**
     * Where and when the file was fetched, if the archive kept it and the file is still what was fetched (an edited
     * file is no longer the page that was retrieved).
     */
    public Optional<Retrieval> retrievalOf(String fileName, String sha256) {
        Kept k = byFile.get(fileName);
        return k != null && k.sha256().equalsIgnoreCase(sha256) ? Optional.of(k.retrieval()) : Optional.empty();
    }

    /** Every kept article file, in the order fetched. */
    public List<Kept> kept() { return new ArrayList<>(byFile.values()); }

    /** The files kept from one address, oldest first. */
    public List<Kept> versionsOf(URI url) {
        return byFile.values().stream().filter(k -> k.retrieval().url().equals(url.toString()))
                .sorted(java.util.Comparator.comparing((Kept k) -> k.retrieval().retrieved())).toList();
    }

    /** The date of the newest kept file, if any. */
    public Optional<Instant> newest() {
        return byFile.values().stream().map(k -> k.retrieval().retrieved()).max(Instant::compareTo);
    }
}
