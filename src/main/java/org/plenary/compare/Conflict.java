package org.plenary.compare;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * One disputed property of one subject: every value the sources (and the reference, where it has one) give it, each
 * with the claims that give it. One record however many sources take part, so the record grows with the claims, not
 * with the pairs of claims that disagree.
 *
 * @param kind      "different-value", "role-not-yet-held" or "role-no-longer-held"
 * @param reference for a role checked against a reference role, that role's node (a holder may have several
 *                  roles checked, each its own record); otherwise empty
 * @param values    the competing values, each with its claims; at least two
 */
public record Conflict(String kind, Node subject, Node property, Optional<Node> reference, List<DisputedValue> values) {
    public static final String DIFFERENT_VALUE = "different-value";
    public static final String ROLE_NOT_YET_HELD = "role-not-yet-held";
    public static final String ROLE_NO_LONGER_HELD = "role-no-longer-held";

    public Conflict {
        values = List.copyOf(values);
        if (values.size() < 2) throw new IllegalArgumentException("a conflict needs two values at least: " + values);
    }

    /** The value given by {@code source}, if it gives one. */
    public Optional<DisputedValue> valueOf(Node source) {
        return values.stream().filter(v -> v.sources().contains(source)).findFirst();
    }

    /**
     * One value of a disputed property and the claims giving it.
     *
     * @param reference the reference node (graph/reference) stating the value, when the reference gives it
     */
    public record DisputedValue(Node value, List<Claim> claims, Optional<Node> reference) {
        public DisputedValue {
            claims = List.copyOf(claims);
            if (claims.isEmpty()) throw new IllegalArgumentException("a value needs a claim: " + value);
        }

        public List<Node> sources() { return claims.stream().map(Claim::source).distinct().toList(); }
    }
}
