package org.plenary.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which Wikidata classes (P31 values) give which link type; data in {@code wikidata-classes.tsv} beside this class. */
public final class WikidataClasses {
    private final Map<String, TargetType> types;
    private final Map<String, String> labels;

    private WikidataClasses(Map<String, TargetType> types, Map<String, String> labels) {
        this.types = types;
        this.labels = labels;
    }

    public static WikidataClasses standard() {
        try (InputStream in = WikidataClasses.class.getResourceAsStream("wikidata-classes.tsv")) {
            if (in == null) throw new IllegalStateException("wikidata-classes.tsv missing from the classpath");
            Map<String, TargetType> types = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                types.put(c[0], TargetType.ofToken(c[1]));
                labels.put(c[0], c.length > 2 ? c[2] : c[0]);
            }
            return new WikidataClasses(types, labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type given by the first listed class among an item's P31 values. */
    public Optional<TargetType> typeOf(List<String> instanceOf) {
        for (String c : instanceOf) if (types.containsKey(c)) return Optional.of(types.get(c));
        return Optional.empty();
    }

    public String label(String classQid) { return labels.getOrDefault(classQid, classQid); }
}
