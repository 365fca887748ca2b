package org.plenary.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.plenary.compare.ClaimReader.RoleClaim;
import org.plenary.graph.PL;

/**
 * A role a source gives someone, checked against the reference's roles of the same holder that it can be (same
 * organization or none stated, and one title's content words all in the other's): held at the date the source
 * claims it (the day of the meeting it reports) only if some such reference role's start and end dates include
 * that date; and of the session the source numbers only if some such reference role has that session number.
 */
final class RoleRule {
    private final ClaimReader reader;

    RoleRule(ClaimReader reader) { this.reader = reader; }

    void apply(List<RoleClaim> roles, List<Conflict> conflicts) {
        // one record per holder, property and reference role, however many sources claim the role
        Map<List<Object>, DisputeCollector> disputes = new LinkedHashMap<>();
        List<RoleClaim> reference = roles.stream().filter(r -> reader.isReference(r.graph())).toList();
        for (RoleClaim claimed : roles) {
            if (!reader.isSourceGraph(claimed.graph())) continue;
            List<RoleClaim> matching = reference.stream().filter(r -> sameRole(claimed, r)).toList();
            if (matching.isEmpty()) continue;
            validity(claimed, matching, disputes);
            session(claimed, matching, disputes);
        }
        disputes.values().forEach(d -> conflicts.add(d.conflict()));
    }

    private static DisputeCollector dispute(Map<List<Object>, DisputeCollector> disputes, String kind, Node holder, Node property, RoleClaim ref, Node refValue) {
        return disputes.computeIfAbsent(List.of(kind, holder, property, ref.node()), k ->
                new DisputeCollector(kind, holder, property, Optional.of(ref.node())).addReference(referenceClaim(ref, property, refValue)));
    }

    private void validity(RoleClaim claimed, List<RoleClaim> matching, Map<List<Object>, DisputeCollector> disputes) {
        Optional<Node> at = reader.claimDate(claimed.graph());
        Optional<DateSpan> when = at.flatMap(DateSpan::of);
        if (when.isEmpty()) return;
        RoleClaim endedBefore = null, startedAfter = null;
        for (RoleClaim r : matching) {
            Optional<DateSpan> start = DateSpan.of(r.start()), end = DateSpan.of(r.end());
            boolean afterEnd = end.isPresent() && when.get().after(end.get());
            boolean beforeStart = start.isPresent() && when.get().before(start.get());
            if (!afterEnd && !beforeStart) return; // a matching reference role covers the date
            if (afterEnd && (endedBefore == null || DateSpan.of(endedBefore.end()).get().before(end.get()))) endedBefore = r;
            if (beforeStart && (startedAfter == null || start.get().before(DateSpan.of(startedAfter.start()).get()))) startedAfter = r;
        }
        Claim first = new Claim(claimed.holder(), PL.title.asNode(), at.get(), claimed.graph(), claimed.source(), Optional.of(claimed.node()));
        if (endedBefore != null)
            dispute(disputes, Conflict.ROLE_NO_LONGER_HELD, claimed.holder(), PL.endDate.asNode(), endedBefore, endedBefore.end()).add(first);
        else if (startedAfter != null)
            dispute(disputes, Conflict.ROLE_NOT_YET_HELD, claimed.holder(), PL.startDate.asNode(), startedAfter, startedAfter.start()).add(first);
    }

    private void session(RoleClaim claimed, List<RoleClaim> matching, Map<List<Object>, DisputeCollector> disputes) {
        if (claimed.session() == null) return;
        List<RoleClaim> numbered = matching.stream().filter(r -> r.session() != null).toList();
        if (numbered.isEmpty() || numbered.stream().anyMatch(r -> Values.agree(r.session(), claimed.session()))) return;
        RoleClaim r = numbered.get(0);
        Claim first = new Claim(claimed.holder(), PL.session.asNode(), claimed.session(), claimed.graph(), claimed.source(), Optional.of(claimed.node()));
        dispute(disputes, Conflict.DIFFERENT_VALUE, claimed.holder(), PL.session.asNode(), r, r.session()).add(first);
    }

    private static Claim referenceClaim(RoleClaim r, Node property, Node value) {
        return new Claim(r.holder(), property, value, r.graph(), r.source(), Optional.of(r.node()));
    }

    /** Same holder; same organization when both state one; titles whose content words one contains of the other. */
    static boolean sameRole(RoleClaim a, RoleClaim b) {
        if (!a.holder().equals(b.holder())) return false;
        if (a.organization() != null && b.organization() != null && !a.organization().equals(b.organization())) return false;
        Set<String> ta = ContentWords.of(a.title()), tb = ContentWords.of(b.title());
        if (ta.isEmpty() || tb.isEmpty()) return false;
        return tb.containsAll(ta) || ta.containsAll(tb);
    }
}
