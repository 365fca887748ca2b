package org.plenary.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline link table ({@code data/wikidata/links.tsv}): tab-separated columns
 * qid, label, aliases, type, evidence, source; list cells are {@code |}-separated; {@code #} lines are comments.
 */
public final class LinkTable {
    public static final List<String> HEADER = List.of("qid", "label", "aliases", "type", "evidence", "source");
    private static final String LIST_SEPARATOR = "|";

    private final Map<String, LinkTarget> rows;

    public LinkTable(Collection<LinkTarget> targets) {
        Map<String, LinkTarget> byQid = new LinkedHashMap<>();
        for (LinkTarget t : targets) byQid.put(t.qid(), t);
        this.rows = byQid;
    }

    public static LinkTable empty() { return new LinkTable(List.of()); }

    public static LinkTable read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read link table " + file, e);
        }
        List<LinkTarget> targets = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (!headerSeen) {
                if (!Arrays.asList(cells).equals(HEADER))
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected header " + String.join("\\t", HEADER));
                headerSeen = true;
                continue;
            }
            if (cells.length != HEADER.size())
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + HEADER.size() + " tab-separated cells, found " + cells.length);
            try {
                targets.add(new LinkTarget(cells[0].trim(), cells[1].trim(), list(cells[2]), TargetType.ofToken(cells[3]),
                        list(cells[4]), list(cells[5])));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new LinkTable(targets);
    }

    public List<LinkTarget> targets() { return List.copyOf(rows.values()); }

    public Optional<LinkTarget> get(String qid) { return Optional.ofNullable(rows.get(qid)); }

    /** A table with these rows added; a row with a QID already present replaces the old one. */
    public LinkTable with(Collection<LinkTarget> more) {
        List<LinkTarget> all = new ArrayList<>(rows.values());
        all.addAll(more);
        return new LinkTable(all);
    }

    /** Writes the table, keeping the comment lines at the top of an existing file. */
    public void write(Path file) {
        List<String> out = new ArrayList<>();
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("#")) break;
                    out.add(line);
                }
            } else {
                out.add("# Plenary offline Wikidata link table; see data/wikidata/README.md for the columns.");
            }
            out.add(String.join("\t", HEADER));
            for (LinkTarget t : rows.values())
                out.add(String.join("\t", t.qid(), clean(t.label()), join(t.aliases()), t.type().token(),
                        join(t.evidence()), join(t.sources())));
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.write(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write link table " + file, e);
        }
    }

    private static List<String> list(String cell) {
        List<String> values = new ArrayList<>();
        for (String v : cell.split("\\|")) if (!v.isBlank()) values.add(v.trim());
        return values;
    }

    private static String join(List<String> values) {
        return String.join(LIST_SEPARATOR, values.stream().map(LinkTable::clean).toList());
    }

    // A cell must not break the table: no tabs, newlines or list separators inside values.
    private static String clean(String value) {
        return value.replaceAll("[\\t\\r\\n|]+", " ").trim();
    }
}
