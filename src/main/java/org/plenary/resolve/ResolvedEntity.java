package org.plenary.resolve;

import java.util.List;
import org.plenary.extract.EntityKind;

/**
 * One real-world entity across all articles.
 *
 * @param id       stable slug (unique per kind) used in its IRI
 * @param name     preferred name
 * @param altNames every other spelling and acronym seen
 * @param members  the per-article entities it unites
 * @param aliasIds slugs this entity would have had under its other spellings; published as owl:sameAs so they keep resolving
 */
public record ResolvedEntity(String id, EntityKind kind, String name, List<String> altNames,
                             List<EntityRef> members, List<String> aliasIds) {
    public ResolvedEntity {
        altNames = List.copyOf(altNames);
        members = List.copyOf(members);
        aliasIds = List.copyOf(aliasIds);
    }
}
