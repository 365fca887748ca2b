package org.plenary.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.plenary.extract.ArticleExtraction;
import org.plenary.graph.BuildRecord;
import org.plenary.ingest.Article;

/**
 * Extraction results of earlier builds, one JSON file per article under {@code DIR/} named by a key that covers
 * everything the extraction depends on: the file's bytes (SHA-256), its name and catalogue metadata, the software
 * version and a fingerprint of the extractor's code. A rebuild after one article changed extracts only that one;
 * resolution and the graphs are always recomputed from all extractions, so unchanged articles keep their IRIs.
 * An entry that cannot be read (another record shape, a torn file) is a miss, never an error.
 */
public final class ExtractionCache {
    private static final String FORMAT = "plenary-extraction-cache/2";

    /**
     * Records to JSON by their components only (no getter-like methods), and back strictly: a field missing, added or
     * null, or a value of another type, fails the read, so an entry of another record shape is a miss instead of a
     * wrong extraction.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path dir;
    private final String extractorId;

    public ExtractionCache(Path dir, String extractorId) {
        this.dir = dir;
        this.extractorId = extractorId;
    }

    /** The cache for the standard (CoreNLP) extractor of this build of Plenary. */
    public static ExtractionCache standard(Path dir) { return new ExtractionCache(dir, standardExtractorId()); }

    /**
     * The id of the standard (CoreNLP) extractor of this build of Plenary in cache keys: computed where the build runs
     * and handed to the machines that extract for it (a Spark job's executors), so that their keys are its keys.
     */
    public static String standardExtractorId() { return "corenlp:" + CodeFingerprint.VALUE; }

    /**
     * One cache entry as its file name and bytes: what {@link #store} writes for an extraction, made where the
     * extraction ran (on another machine) and stored here by {@link #store(Entry)}.
     */
    public record Entry(String fileName, byte[] json) implements java.io.Serializable {
        public Entry {
            if (!fileName.matches("[0-9a-f]{64}\\.json")) throw new IllegalArgumentException("not a cache entry name: " + fileName);
        }
    }

    /** The entry of an extraction: the file {@link #store} would write for it. */
    public Entry entry(ArticleExtraction x) {
        try {
            return new Entry(key(x.article()) + ".json", JSON.writeValueAsBytes(encode(x)));
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding the extraction of " + x.article().fileName() + ": " + e.getMessage(), e);
        }
    }

    /** The file names of the entries stored now (an entry of another key or record shape among them is only a miss). */
    public Set<String> entryNames() {
        if (!Files.isDirectory(dir)) return Set.of();
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : entries) names.add(p.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading extraction cache " + dir + ": " + e.getMessage(), e);
        }
        return names;
    }

    public Path location() { return dir; }

    /** The key of an article: its entry's file name without extension. */
    public String key(Article a) {
        MessageDigest md = sha256();
        for (String part : List.of(FORMAT, BuildRecord.VERSION, extractorId, a.id(), a.fileName(), a.sha256(), a.bodySha256(),
                a.metadata().toString(), a.segments().toString())) {
            md.update(part.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The cached extraction of {@code a}, if an earlier build stored one. */
    public Optional<ArticleExtraction> lookup(Article a) {
        Path file = dir.resolve(key(a) + ".json");
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(decode(JSON.readTree(in), a));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ArticleExtraction decode(JsonNode json, Article a) throws IOException {
        if (!json.isObject()) throw new IllegalArgumentException("not an object");
        var components = ArticleExtraction.class.getRecordComponents();
        if (json.size() != components.length - 1) throw new IllegalArgumentException("fields differ");
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (components[i].getType() == Article.class) args[i] = a; // the article is read from its file, not stored
            else {
                JsonNode v = json.get(components[i].getName());
                if (v == null) throw new IllegalArgumentException("no " + components[i].getName());
                args[i] = JSON.readerFor(JSON.constructType(components[i].getGenericType())).readValue(v);
                if (args[i] == null) throw new IllegalArgumentException("null " + components[i].getName());
            }
        }
        try {
            return ArticleExtraction.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The JSON of an extraction without its article (the article is read from its file every build). */
    static ObjectNode encode(ArticleExtraction x) {
        // component by component, the article left out before it is written (what it holds need not be JSON)
        ObjectNode o = JSON.createObjectNode();
        for (var c : ArticleExtraction.class.getRecordComponents()) {
            if (c.getType() == Article.class) continue;
            try {
                o.set(c.getName(), JSON.valueToTree(c.getAccessor().invoke(x)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return o;
    }

    /** Stores extractions; each entry appears under its final name only when complete. */
    public void store(Collection<ArticleExtraction> extractions) {
        for (ArticleExtraction x : extractions) store(entry(x));
    }

    /** Stores an entry made by {@link #entry}; it appears under its final name only when complete. */
    public void store(Entry e) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(e.fileName());
            Path part = dir.resolve(e.fileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                out.write(e.json());
            } catch (IOException | RuntimeException x) {
                Files.deleteIfExists(part); // nothing half-written stays
                throw x;
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException x) {
            throw new UncheckedIOException("Writing extraction cache " + dir + ": " + x.getMessage(), x);
        }
    }

    /** Deletes entries of articles not in {@code kept}, so the cache holds the current corpus only. */
    public void retainOnly(Collection<Article> kept) {
        if (!Files.isDirectory(dir)) return;
        Set<String> keep = new HashSet<>();
        for (Article a : kept) keep.add(key(a) + ".json");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries)
                if (!keep.contains(p.getFileName().toString())) Files.deleteIfExists(p);
        } catch (IOException e) {
            // Not fatal: stale entries are only disk space, never read for another article.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the extractor's code is: the digest of the text (folding, slugs), ingest and extract classes and word lists, from the classes
     * directory or from the jar (a developer changing a rule gets fresh extractions; a rebuilt jar with the same
     * extractor keeps them).
     */
    static final class CodeFingerprint {
        static final String VALUE = compute();

        private static String compute() {
            try {
                return of(Path.of(CorpusBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException | RuntimeException e) {
                return "unknown-" + System.nanoTime(); // never reuse what we cannot vouch for
            }
        }

        /**
         * The fingerprint of the code at {@code where}: a classes directory or a jar, whose entries are read through
         * the JDK's zip file system exactly as a directory's files are (so a jar and its classes directory agree).
         */
        static String of(Path where) {
            boolean jar = !Files.isDirectory(where);
            try (FileSystem zip = jar ? FileSystems.newFileSystem(where) : null) {
                Path top = jar ? zip.getPath("/") : where;
                MessageDigest md = sha256();
                for (String pkg : List.of("org/plenary/text", "org/plenary/ingest", "org/plenary/extract")) {
                    Path root = top.resolve(pkg);
                    if (!Files.isDirectory(root)) continue;
                    try (Stream<Path> files = Files.walk(root)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            md.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                            md.update(Files.readAllBytes(f));
                        }
                    }
                }
                return HexFormat.of().formatHex(md.digest()).substring(0, 16);
            } catch (IOException | RuntimeException e) {
                return "unknown-" + System.nanoTime(); // never reuse what we cannot vouch for
            }
        }
    }
}
