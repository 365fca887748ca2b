package org.plenary.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.plenary.compare.ClaimReader.StatementClaim;
import org.plenary.graph.PL;

/**
 * One statement reported by several sources: the same speaker, at the same meeting (or none stated by both), and
 * at least {@code minOverlap} of the shorter report's content words (and {@code minShared} of them) in the other,
 * as two translations of one quotation are.
 */
final class StatementRule {
    private final double minOverlap;
    private final int minShared;

    StatementRule(double minOverlap, int minShared) {
        this.minOverlap = minOverlap;
        this.minShared = minShared;
    }

    void apply(List<StatementClaim> statements, List<Corroboration> out) {
        // Only statements of one speaker at one meeting are compared: group them first, so that the pairs compared
        // grow with the size of each group rather than with the square of all statements (a 1,000-article rebuild
        // spent most of its comparing time on pairs of different speakers). Pairs keep their order (i < j).
        Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            StatementClaim s = statements.get(i);
            groups.computeIfAbsent(Arrays.asList(s.speaker(), s.meeting()), k -> new ArrayList<>()).add(i);
        }
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> group : groups.values())
            for (int x = 0; x < group.size(); x++)
                for (int y = x + 1; y < group.size(); y++) pairs.add(new int[] {group.get(x), group.get(y)});
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        Map<Integer, Set<String>> words = new HashMap<>();
        // statements that corroborate each other, joined into groups: one record per group, not per pair, so that
        // a quotation many sources report makes a record that grows with the sources
        int[] parent = new int[statements.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Map<Integer, Double> least = new HashMap<>();
        for (int[] pair : pairs) {
            StatementClaim a = statements.get(pair[0]), b = statements.get(pair[1]);
            if (a.source().equals(b.source())) continue;
            Set<String> wa = words.computeIfAbsent(pair[0], i -> ContentWords.of(a.text()));
            Set<String> wb = words.computeIfAbsent(pair[1], i -> ContentWords.of(b.text()));
            double overlap = ContentWords.overlap(wa, wb);
            if (overlap < minOverlap || ContentWords.shared(wa, wb) < minShared) continue;
            int ra = root(parent, pair[0]), rb = root(parent, pair[1]);
            int r = Math.min(ra, rb), other = Math.max(ra, rb);
            parent[other] = r;
            double o = Math.min(overlap, Math.min(least.getOrDefault(ra, 1.0), least.getOrDefault(rb, 1.0)));
            least.remove(other);
            least.put(r, o);
        }
        Map<Integer, List<Claim>> groups2 = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            int r = root(parent, i);
            if (least.containsKey(r)) groups2.computeIfAbsent(r, k -> new ArrayList<>()).add(claim(statements.get(i)));
        }
        groups2.forEach((r, claims) -> out.add(new Corroboration(claims.get(0).subject(), PL.text.asNode(), claims, OptionalDouble.of(least.get(r)))));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static Claim claim(StatementClaim s) {
        return new Claim(s.speaker(), PL.text.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString(s.text()),
                s.graph(), s.source(), Optional.of(s.node()));
    }
}
