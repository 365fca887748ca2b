package org.plenary.resolve;

import java.util.List;

/**
 * That per-article entities were judged to be one (accepted) or might be (a candidate, below the threshold).
 *
 * @param entityId the resolved entity's id (for a candidate: the first entity's id)
 * @param other    for a candidate, the other entity's id; for an accepted merge, the same as entityId
 */
public record MergeDecision(String entityId, String other, List<EntityRef> members, double score,
                            List<String> evidence, boolean accepted) {
    public MergeDecision {
        members = List.copyOf(members);
        evidence = List.copyOf(evidence);
    }
}
