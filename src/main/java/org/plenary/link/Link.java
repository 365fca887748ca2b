package org.plenary.link;

import java.util.List;

/**
 * A scored link of an entity to a Wikidata item. Accepted links are published as {@code owl:sameAs};
 * the others stay candidates for a reviewer.
 *
 * @param evidence why, in words a reviewer can check; entries that are http(s) URLs are the row's sources
 */
public record Link(String entityIri, String qid, double score, List<String> evidence, boolean accepted) {
    public Link {
        evidence = List.copyOf(evidence);
    }

    public String targetIri() { return LinkTarget.ENTITY_NS + qid; }

    public List<String> sourceUrls() {
        return evidence.stream().filter(e -> e.startsWith("http://") || e.startsWith("https://")).toList();
    }

    public List<String> statements() {
        return evidence.stream().filter(e -> !(e.startsWith("http://") || e.startsWith("https://"))).toList();
    }
}
