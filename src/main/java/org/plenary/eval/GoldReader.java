package org.plenary.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads gold files ({@code <id>.json}, format in docs/EVAL.md) with Jena's JSON parser. */
public final class GoldReader {
    private GoldReader() {}

    /** Every {@code *.json} of the directory, sorted by file name. */
    public static List<GoldArticle> readDirectory(Path goldDir) {
        try (Stream<Path> files = Files.list(goldDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(GoldReader::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold directory " + goldDir, e);
        }
    }

    public static GoldArticle read(Path file) {
        String fileName = file.getFileName().toString();
        String id = fileName.substring(0, fileName.length() - ".json".length());
        JsonObject o;
        try (InputStream in = Files.newInputStream(file)) {
            o = JSON.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad JSON in gold file " + file + ": " + e.getMessage(), e);
        }
        if (o == null) throw new IllegalArgumentException("bad gold file " + file + ": not a JSON object");
        try {
            return parse(id, o);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad gold file " + file + ": " + e.getMessage(), e);
        }
    }

    static GoldArticle parse(String id, JsonObject o) {
        String article = string(o, "article").orElse(id + ".txt");
        List<GoldArticle.Meeting> meetings = list(o, "meetings", m -> new GoldArticle.Meeting(
                string(m, "name").orElse(""), string(m, "date"), string(m, "place"), string(m, "body"), string(m, "chair")));
        List<GoldArticle.Person> persons = list(o, "persons", p -> new GoldArticle.Person(
                required(p, "name"), strings(p, "spellings"),
                list(p, "roles", r -> new GoldArticle.Role(string(r, "title").orElse(""), string(r, "organization"))),
                string(p, "participation")));
        List<GoldArticle.Organization> orgs = list(o, "organizations", g -> new GoldArticle.Organization(
                required(g, "name"), strings(g, "spellings")));
        List<GoldArticle.Statement> statements = list(o, "statements", s -> new GoldArticle.Statement(
                required(s, "speaker"), s.hasKey("direct") && s.get("direct").isBoolean() && s.get("direct").getAsBoolean().value(),
                required(s, "text")));
        return new GoldArticle(id, article, meetings, persons, orgs, statements);
    }

    private static String required(JsonObject o, String key) {
        return string(o, key).orElseThrow(() -> new IllegalArgumentException("missing \"" + key + "\""));
    }

    private static Optional<String> string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull() || !v.isString()) return Optional.empty();
        String s = v.getAsString().value().strip();
        return s.isEmpty() || s.equals("null") ? Optional.empty() : Optional.of(s);
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || !v.isArray()) return List.of();
        List<String> out = new ArrayList<>();
        for (JsonValue x : v.getAsArray()) if (x.isString()) out.add(x.getAsString().value());
        return out;
    }

    /** The objects of an array; an error names the field and index ({@code persons[2]: missing "name"}). */
    private static <T> List<T> list(JsonObject o, String key, Function<JsonObject, T> f) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new IllegalArgumentException("\"" + key + "\": not an array");
        List<T> out = new ArrayList<>();
        int i = 0;
        for (JsonValue x : v.getAsArray()) {
            String where = key + "[" + i++ + "]";
            if (x == null || !x.isObject()) throw new IllegalArgumentException(where + ": not an object");
            try {
                out.add(f.apply(x.getAsObject()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
