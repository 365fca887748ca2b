package org.plenary.extract;

import java.util.List;

/**
 * A person, organization or place named in one article, with every place it is named.
 *
 * @param key      unique within the article; the resolve stage maps it to a global identity
 * @param name     the fullest name the article uses
 * @param altNames other forms the article uses for it (acronyms, other spellings), not bare pronouns
 * @param mentions where it is named (names, acronyms, bare surnames resolved to it)
 */
public record ExtractedEntity(String key, EntityKind kind, String name, List<String> altNames, List<TextRef> mentions) {
    public ExtractedEntity {
        altNames = List.copyOf(altNames);
        mentions = List.copyOf(mentions);
    }
}
