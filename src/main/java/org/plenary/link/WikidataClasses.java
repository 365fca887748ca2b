package org.plenary.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.ingest.DataFiles;

/** Which Wikidata classes (P31 values) give which link type; data in {@code wikidata-classes.tsv} beside this class. */
public final class WikidataClasses {
    private final Map<String, TargetType> types;
    private final Map<String, String> labels;

    private WikidataClasses(Map<String, TargetType> types, Map<String, String> labels) {
        this.types = types;
        this.labels = labels;
    }

    public static WikidataClasses standard() {
        Map<String, TargetType> types = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String line : DataFiles.lines(WikidataClasses.class, "wikidata-classes.tsv")) {
            String[] c = line.split("\t");
            types.put(c[0], TargetType.ofToken(c[1]));
            labels.put(c[0], c.length > 2 ? c[2] : c[0]);
        }
        return new WikidataClasses(types, labels);
    }

    /** The type given by the first listed class among an item's P31 values. */
    public Optional<TargetType> typeOf(List<String> instanceOf) {
        for (String c : instanceOf) if (types.containsKey(c)) return Optional.of(types.get(c));
        return Optional.empty();
    }

    public String label(String classQid) { return labels.getOrDefault(classQid, classQid); }
}
