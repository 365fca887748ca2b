package org.plenary.compare;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Two claims that cannot both be true. The first is always a source's; the second another source's or a reference
 * fact's (then {@code reference} is the reference node).
 *
 * @param kind "different-value", "role-not-yet-held" or "role-no-longer-held"
 */
public record Conflict(String kind, Node subject, Node property, Claim first, Claim second, Optional<Node> reference) {
    public static final String DIFFERENT_VALUE = "different-value";
    public static final String ROLE_NOT_YET_HELD = "role-not-yet-held";
    public static final String ROLE_NO_LONGER_HELD = "role-no-longer-held";

    public Node value1() { return first.value(); }
    public Node value2() { return second.value(); }
    public Node source1() { return first.source(); }
    public Node source2() { return second.source(); }
}
