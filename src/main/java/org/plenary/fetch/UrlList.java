package org.plenary.fetch;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A list of addresses to fetch, as a user keeps one: a text file with one URL a line ({@code #} starts a comment, on
 * its own line or after a space), or a CSV or TSV table with a header row that has a {@code url} column (the other
 * columns are ignored; a spreadsheet export). A line that is no http(s) URL is named by file and line; the others
 * are still fetched. An address listed twice is fetched once.
 */
public final class UrlList {
    /** One address of the list and the line it is on. */
    public record Entry(Path file, long line, URI url) {
        public String where() { return file + ":" + line; }
    }

    private final List<Entry> entries;
    private final List<String> problems;

    private UrlList(List<Entry> entries, List<String> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public List<Entry> entries() { return entries; }

    /** "FILE:LINE: why", one for each line that is no address. */
    public List<String> problems() { return problems; }

    /** Reads the list; a file that cannot be read at all is a {@link FetchException} naming it. */
    public static UrlList read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new FetchException(file + ": not valid UTF-8 text");
        } catch (IOException e) {
            throw new FetchException(file + ": cannot read: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Optional<Character> table = tableDelimiter(file, text);
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (table.isPresent()) readTable(file, text, table.get(), entries, problems);
        else readLines(file, text, entries, problems);
        Set<URI> seen = new LinkedHashSet<>();
        List<Entry> once = entries.stream().filter(e -> seen.add(e.url())).toList();
        return new UrlList(once, problems);
    }

    /** The delimiter when the file is a table: its first line that is not a comment has a cell "url". */
    private static Optional<Character> tableDelimiter(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            for (char d : new char[] {'\t', ',', ';'}) {
                for (String cell : t.split(String.valueOf(d), -1))
                    if (cell.strip().replace("\"", "").equalsIgnoreCase("url")) return Optional.of(d);
            }
            if (name.endsWith(".csv") || name.endsWith(".tsv")) return Optional.of(name.endsWith(".tsv") ? '\t' : ',');
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static void readLines(Path file, String text, List<Entry> entries, List<String> problems) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].replaceFirst("\\s#.*$", "").strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            add(file, i + 1, t, entries, problems);
        }
    }

    private static void readTable(Path file, String text, char delimiter, List<Entry> entries, List<String> problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setCommentMarker('#')
                .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (Reader r = new java.io.StringReader(text); CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
            String column = parser.getHeaderNames().stream().filter(h -> h.strip().equalsIgnoreCase("url")).findFirst().orElse(null);
            if (column == null) {
                problems.add(file + ":1: no url column in the header (" + String.join(", ", parser.getHeaderNames()) + ")");
                return;
            }
            for (CSVRecord rec : parser) {
                long line = parser.getCurrentLineNumber();
                if (!rec.isSet(column)) {
                    problems.add(file + ":" + line + ": no url cell");
                    continue;
                }
                String v = rec.get(column).strip();
                if (v.isEmpty()) problems.add(file + ":" + line + ": empty url cell");
                else add(file, line, v, entries, problems);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(file + ": not a readable table: " + e.getMessage());
        }
    }

    private static void add(Path file, long line, String value, List<Entry> entries, List<String> problems) {
        try {
            URI u = new URI(value);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problems.add(file + ":" + line + ": not an http or https URL: " + value);
                return;
            }
            if (u.getHost() == null || u.getHost().isEmpty()) {
                problems.add(file + ":" + line + ": no host name in " + value);
                return;
            }
            // the fragment is the reader's, not the server's
            entries.add(new Entry(file, line, new URI(u.getScheme(), u.getRawAuthority(), u.getRawPath(), u.getRawQuery(), null)
                    .normalize()));
        } catch (URISyntaxException e) {
            problems.add(file + ":" + line + ": not a URL (" + e.getReason() + " at index " + e.getIndex() + "): " + value);
        }
    }
}
