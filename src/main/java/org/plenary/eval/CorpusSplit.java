package org.plenary.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The evaluation corpus split once, by outlet, into a {@code dev} side (looked at when rules change) and a
 * {@code test} side (only measured). Read from tab-separated files with the columns
 * {@code article, genre, outlet, split}: one line per article, an optional header line starting with
 * {@code article}, blank lines and {@code #} comments ignored. Several files (the corpus's {@code split.tsv} and
 * additions such as {@code split-b.tsv}) form one split. Every outlet must lie on one side only, so a test
 * article never shares its outlet's style with a dev one; a bad line is refused with its file and line number.
 */
public final class CorpusSplit {
    public static final String FILE_NAME = "split.tsv";

    public enum Side {
        DEV, TEST;

        public String label() { return name().toLowerCase(Locale.ROOT); }

        /** "dev" or "test" (any case); empty for anything else. */
        public static Optional<Side> parse(String s) {
            for (Side side : values()) if (side.label().equalsIgnoreCase(s.strip())) return Optional.of(side);
            return Optional.empty();
        }
    }

    /** @param article the article's id: its file name without the {@code .txt} extension */
    public record Entry(String article, String genre, String outlet, Side side, String where) {}

    private final Map<String, Entry> entries;

    private CorpusSplit(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * The split files beside an articles folder: {@code split.tsv} and every {@code split-*.tsv} in the folder
     * or, if none is there, in its parent (the layout of {@code data/eval/}).
     */
    public static List<Path> filesBeside(Path articlesDir) {
        for (Path dir : new Path[] {articlesDir, articlesDir.toAbsolutePath().getParent()}) {
            if (dir == null || !Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> found = s.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.equals(FILE_NAME) || (n.startsWith("split-") && n.endsWith(".tsv"));
                }).sorted().toList();
                if (!found.isEmpty()) return found;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return List.of();
    }

    /** Reads and checks the files as one split; {@link IllegalArgumentException} names the file and line at fault. */
    public static CorpusSplit read(List<Path> files) {
        if (files.isEmpty()) throw new IllegalArgumentException("no split file given");
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Entry> sideOfOutlet = new LinkedHashMap<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read split file " + file + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                String where = file + ":" + (i + 1);
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] cols = lines.get(i).split("\t", -1);
                if (i == 0 && cols[0].strip().equalsIgnoreCase("article")) continue;
                if (cols.length != 4)
                    throw new IllegalArgumentException(where + ": expected 4 tab-separated columns (article, genre, outlet, split), found " + cols.length);
                for (int c = 0; c < 3; c++)
                    if (cols[c].isBlank()) throw new IllegalArgumentException(where + ": empty " + List.of("article", "genre", "outlet").get(c));
                Side side = Side.parse(cols[3]).orElseThrow(() ->
                        new IllegalArgumentException(where + ": split must be dev or test, not \"" + cols[3].strip() + "\""));
                Entry e = new Entry(idOf(cols[0].strip()), cols[1].strip(), cols[2].strip(), side, where);
                Entry before = entries.putIfAbsent(e.article(), e);
                if (before != null)
                    throw new IllegalArgumentException(where + ": article " + e.article() + " already listed at " + before.where());
                Entry outlet = sideOfOutlet.putIfAbsent(e.outlet(), e);
                if (outlet != null && outlet.side() != side)
                    throw new IllegalArgumentException(where + ": outlet " + e.outlet() + " is " + side.label() + " here but "
                            + outlet.side().label() + " at " + outlet.where() + " (the split is by outlet)");
            }
        }
        return new CorpusSplit(entries);
    }

    private static String idOf(String article) {
        return article.endsWith(".txt") ? article.substring(0, article.length() - 4) : article;
    }

    public List<Entry> entries() { return List.copyOf(entries.values()); }

    public Optional<Entry> entry(String articleId) { return Optional.ofNullable(entries.get(idOf(articleId))); }

    public List<Entry> side(Side side) {
        return entries.values().stream().filter(e -> e.side() == side).toList();
    }

    /** Genres in the order first listed. */
    public List<String> genres() {
        return entries.values().stream().map(Entry::genre).distinct().toList();
    }

    /** Genres found on one side only (the split should have every genre on both). */
    public List<String> oneSidedGenres() {
        List<String> out = new ArrayList<>();
        for (String g : genres())
            if (side(Side.DEV).stream().noneMatch(e -> e.genre().equals(g)) || side(Side.TEST).stream().noneMatch(e -> e.genre().equals(g)))
                out.add(g);
        return out;
    }

    /**
     * Copies one side's articles and gold files into {@code target/articles} and {@code target/gold}, with the
     * catalogue ({@code sources.ttl} of the articles folder or its parent) beside them, so the ordinary build and
     * scorer run on that side alone. An article of the side without its text or gold file is an error naming
     * the split line.
     */
    public Path copySide(Side side, Path articlesDir, Path goldDir, Path target) {
        Path articles = target.resolve("articles"), gold = target.resolve("gold");
        try {
            Files.createDirectories(articles);
            Files.createDirectories(gold);
            for (Entry e : side(side)) {
                Path text = articlesDir.resolve(e.article() + ".txt"), json = goldDir.resolve(e.article() + ".json");
                if (!Files.isRegularFile(text)) throw new IllegalArgumentException(e.where() + ": no article file " + text);
                if (!Files.isRegularFile(json)) throw new IllegalArgumentException(e.where() + ": no gold file " + json);
                Files.copy(text, articles.resolve(text.getFileName()));
                Files.copy(json, gold.resolve(json.getFileName()));
            }
            for (Path catalogue : new Path[] {articlesDir.resolve("sources.ttl"), articlesDir.toAbsolutePath().getParent().resolve("sources.ttl")})
                if (Files.isRegularFile(catalogue)) {
                    Files.copy(catalogue, target.resolve("sources.ttl"));
                    break;
                }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot copy the " + side.label() + " side into " + target, ex);
        }
        return target;
    }

    /** Article ids found in a folder (files {@code *.txt}) but absent from the split. */
    public List<String> unlisted(Path articlesDir) {
        try (Stream<Path> s = Files.list(articlesDir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).map(CorpusSplit::idOf)
                    .filter(id -> !entries.containsKey(id)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + articlesDir, e);
        }
    }

    /** Outlets per side, sorted. */
    public TreeSet<String> outlets(Side side) {
        TreeSet<String> out = new TreeSet<>();
        for (Entry e : side(side)) out.add(e.outlet());
        return out;
    }
}
