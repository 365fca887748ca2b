package org.plenary.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Gathers the claims of one disputed subject and property, value by value (the same RDF term is one value), in
 * the order they come, and makes the {@link Conflict}.
 */
final class DisputeCollector {
    private final String kind;
    private final Node subject, property;
    private final Optional<Node> reference;
    private final Map<Node, List<Claim>> claims = new LinkedHashMap<>();
    private final Map<Node, Node> referenceNodes = new LinkedHashMap<>();

    DisputeCollector(String kind, Node subject, Node property, Optional<Node> reference) {
        this.kind = kind;
        this.subject = subject;
        this.property = property;
        this.reference = reference;
    }

    /** A source's claim of a value. */
    DisputeCollector add(Claim c) {
        List<Claim> those = claims.computeIfAbsent(c.value(), k -> new ArrayList<>());
        if (!those.contains(c)) those.add(c);
        return this;
    }

    /** A reference fact's claim: its node is the reference the value is checked against. */
    DisputeCollector addReference(Claim c) {
        add(c);
        c.node().ifPresent(n -> referenceNodes.putIfAbsent(c.value(), n));
        return this;
    }

    Conflict conflict() {
        List<Conflict.DisputedValue> values = new ArrayList<>();
        claims.forEach((v, cs) -> values.add(new Conflict.DisputedValue(v, cs, Optional.ofNullable(referenceNodes.get(v)))));
        return new Conflict(kind, subject, property, reference, values);
    }
}
