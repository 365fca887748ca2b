package org.plenary.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.jena.graph.Node;

/**
 * One property of one subject, one value expected from each graph (the date of an event, who convened or chaired
 * it, the body that held it, the date of the resolution that mandated it): two sources whose values have nothing in
 * common conflict, and so does a source whose values do not meet the reference's. A value two or more sources give
 * alike is corroborated.
 */
final class ValueRule {
    private final ClaimReader reader;

    ValueRule(ClaimReader reader) { this.reader = reader; }

    void apply(List<Claim> claims, List<Conflict> conflicts, List<Corroboration> corroborations) {
        Map<List<Node>, Map<Node, List<Claim>>> bySubject = new LinkedHashMap<>();
        for (Claim c : claims)
            bySubject.computeIfAbsent(List.of(c.subject(), c.property()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.graph(), k -> new ArrayList<>()).add(c);
        for (var e : bySubject.entrySet()) {
            Node subject = e.getKey().get(0), property = e.getKey().get(1);
            List<Node> graphs = new ArrayList<>(e.getValue().keySet());
            graphs.sort((x, y) -> x.getURI().compareTo(y.getURI()));
            Node ref = graphs.stream().filter(reader::isReference).findFirst().orElse(null);
            List<Node> sources = graphs.stream().filter(reader::isSourceGraph).toList();
            if (disputed(sources.stream().map(g -> e.getValue().get(g)).toList(), ref == null ? null : e.getValue().get(ref))) {
                DisputeCollector d = new DisputeCollector(Conflict.DIFFERENT_VALUE, subject, property, Optional.empty());
                for (Node g : sources) e.getValue().get(g).forEach(d::add);
                if (ref != null) e.getValue().get(ref).forEach(d::addReference);
                conflicts.add(d.conflict());
            }
            corroborate(subject, property, sources.stream().map(g -> e.getValue().get(g)).toList(), corroborations);
        }
    }

    /**
     * Whether two sources' values do not meet, or a source's values do not meet the reference's. Sources giving the
     * same values are one case: the pairs compared grow with the distinct sets of values, not with the sources.
     */
    private static boolean disputed(List<List<Claim>> perSource, List<Claim> reference) {
        Map<java.util.Set<Node>, List<Claim>> distinct = new LinkedHashMap<>();
        for (List<Claim> claims : perSource)
            distinct.putIfAbsent(claims.stream().map(Claim::value).collect(java.util.stream.Collectors.toSet()), claims);
        List<List<Claim>> cases = new ArrayList<>(distinct.values());
        for (int i = 0; i < cases.size(); i++) {
            if (reference != null && !meet(cases.get(i), reference)) return true;
            for (int j = i + 1; j < cases.size(); j++) if (!meet(cases.get(i), cases.get(j))) return true;
        }
        return false;
    }

    /** Two graphs' values meet when any value of one agrees with any of the other (co-chairs are not a conflict). */
    private static boolean meet(List<Claim> a, List<Claim> b) {
        for (Claim x : a) for (Claim y : b) if (Values.agree(x.value(), y.value())) return true;
        return false;
    }

    /** Each value that claims of two or more sources agree on. */
    private static void corroborate(Node subject, Node property, List<List<Claim>> perSource, List<Corroboration> out) {
        if (perSource.size() < 2) return;
        List<Claim> done = new ArrayList<>();
        for (List<Claim> claims : perSource)
            for (Claim c : claims) {
                if (done.stream().anyMatch(d -> Values.agree(d.value(), c.value()))) continue;
                List<Claim> agreeing = new ArrayList<>();
                for (List<Claim> other : perSource)
                    other.stream().filter(o -> Values.agree(o.value(), c.value())).findFirst().ifPresent(agreeing::add);
                if (agreeing.size() >= 2) out.add(new Corroboration(subject, property, agreeing, OptionalDouble.empty()));
                done.add(c);
            }
    }
}
