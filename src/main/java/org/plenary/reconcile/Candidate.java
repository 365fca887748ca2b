package org.plenary.reconcile;

import java.util.List;

/** One reconciliation candidate: the entity IRI, its preferred name, its types, a 0..100 score, and whether it is certain. */
public record Candidate(String id, String name, List<String> types, double score, boolean match) {
    public Candidate {
        types = List.copyOf(types);
    }
}
