package org.plenary.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The output of the resolve stage: who is who across articles, and which meetings are the same. */
public record Resolution(Map<EntityRef, ResolvedEntity> entities, Map<EntityRef, String> meetings,
                         List<MergeDecision> merges) {
    public Resolution {
        entities = Map.copyOf(entities);
        meetings = Map.copyOf(meetings);
        merges = List.copyOf(merges);
    }

    public Optional<ResolvedEntity> entity(String sourceId, String key) {
        return Optional.ofNullable(entities.get(new EntityRef(sourceId, key)));
    }

    /** The global meeting id (slug) for an article's meeting key. */
    public Optional<String> meeting(String sourceId, String key) {
        return Optional.ofNullable(meetings.get(new EntityRef(sourceId, key)));
    }

    public List<ResolvedEntity> distinctEntities() {
        return entities.values().stream().distinct().sorted(
                java.util.Comparator.comparing((ResolvedEntity e) -> e.kind()).thenComparing(ResolvedEntity::id)).toList();
    }
}
