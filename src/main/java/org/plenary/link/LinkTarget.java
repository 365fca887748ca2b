package org.plenary.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of the link table: a Wikidata item with the names it is known by and why we trust it.
 *
 * @param evidence statements backing the row (never empty)
 * @param sources  URLs backing the row
 */
public record LinkTarget(String qid, String label, List<String> aliases, TargetType type,
                         List<String> evidence, List<String> sources) {
    public static final String ENTITY_NS = "http://www.wikidata.org/entity/";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public LinkTarget {
        if (!QID.matcher(qid).matches()) throw new IllegalArgumentException("Not a Wikidata item id: '" + qid + "'");
        if (label.isBlank()) throw new IllegalArgumentException(qid + ": empty label");
        aliases = List.copyOf(aliases);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        if (evidence.isEmpty() && sources.isEmpty())
            throw new IllegalArgumentException(qid + ": a link table row needs evidence or a source");
    }

    /** The item's concept IRI, {@code http://www.wikidata.org/entity/Q..}. */
    public String iri() { return ENTITY_NS + qid; }

    /** Label first, then aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(label);
        names.addAll(aliases);
        return names;
    }
}
