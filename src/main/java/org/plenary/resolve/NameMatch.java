package org.plenary.resolve;

import java.util.List;

/** How likely two names denote the same entity (0..1), and why, in words a reviewer can check. */
public record NameMatch(double score, List<String> evidence) {
    public NameMatch {
        evidence = List.copyOf(evidence);
    }

    public static final NameMatch NONE = new NameMatch(0.0, List.of());
}
