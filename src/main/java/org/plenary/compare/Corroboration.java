package org.plenary.compare;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.jena.graph.Node;

/**
 * Claims that several sources make: the same value of a property of a subject, or one statement reported by
 * several sources ({@code overlap} then says how many of its content words they share).
 */
public record Corroboration(Node subject, Node property, List<Claim> claims, OptionalDouble overlap) {
    public Corroboration {
        claims = List.copyOf(claims);
    }

    public List<Node> sources() { return claims.stream().map(Claim::source).distinct().toList(); }
}
