package org.plenary.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
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
        for (int i = 0; i < statements.size(); i++)
            for (int j = i + 1; j < statements.size(); j++) {
                StatementClaim a = statements.get(i), b = statements.get(j);
                if (a.source().equals(b.source()) || !a.speaker().equals(b.speaker()) || !Objects.equals(a.meeting(), b.meeting())) continue;
                Set<String> wa = ContentWords.of(a.text()), wb = ContentWords.of(b.text());
                double overlap = ContentWords.overlap(wa, wb);
                if (overlap < minOverlap || ContentWords.shared(wa, wb) < minShared) continue;
                out.add(new Corroboration(a.speaker(), PL.text.asNode(), List.of(claim(a), claim(b)), OptionalDouble.of(overlap)));
            }
    }

    private static Claim claim(StatementClaim s) {
        return new Claim(s.speaker(), PL.text.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString(s.text()),
                s.graph(), s.source(), Optional.of(s.node()));
    }
}
