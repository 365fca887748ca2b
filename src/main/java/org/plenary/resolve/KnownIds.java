package org.plenary.resolve;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.EntityKind;
import org.plenary.extract.ExtractedEntity;

/**
 * The entity ids a previous build gave, by the article, kind and name of each entity it resolved. A rebuild keeps an
 * entity's id (and so its IRI) when the entity's articles still name it: without this, an id minted from the
 * preferred name would change when another article tips which spelling most articles use, or when a new entity of the
 * same name takes the plain slug first. Keyed by name, not by the extractor's per-article key, so that a changed
 * article whose keys moved does not hand one person's id to another.
 */
public record KnownIds(Map<String, String> byMention) {
    public static final KnownIds NONE = new KnownIds(Map.of());
    private static final String HEADER = "# plenary entity ids 1";

    public KnownIds {
        byMention = Map.copyOf(byMention);
    }

    /** The id a previous build gave to the entity named {@code name} in article {@code sourceId}, if any. */
    public Optional<String> lookup(String sourceId, EntityKind kind, String name) {
        return Optional.ofNullable(byMention.get(key(sourceId, kind, name)));
    }

    /** The ids a resolution gave, for the next build. */
    public static KnownIds of(Resolution resolution, List<ArticleExtraction> extractions) {
        Map<String, String> out = new HashMap<>();
        for (ArticleExtraction a : extractions)
            for (ExtractedEntity e : a.entities())
                resolution.entity(a.article().id(), e.key())
                        .ifPresent(r -> out.put(key(a.article().id(), e.kind(), e.name()), r.id()));
        return new KnownIds(out);
    }

    private static String key(String sourceId, EntityKind kind, String name) {
        return sourceId + '\t' + kind.slug() + '\t' + name;
    }

    /** Reads a file {@link #write} wrote; a missing, unreadable or foreign file is no known ids (ids are minted anew). */
    public static KnownIds read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return NONE;
            Map<String, String> out = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int last = line.lastIndexOf('\t');
                if (last <= 0) return NONE;
                out.put(line.substring(0, last), line.substring(last + 1));
            }
            return new KnownIds(out);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** Writes the ids, complete or not at all. */
    public void write(Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (Map.Entry<String, String> e : new TreeMap<>(byMention).entrySet())
                if (e.getKey().indexOf('\n') < 0) w.write(e.getKey() + '\t' + e.getValue() + '\n');
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
