package org.plenary.extract;

import java.util.Optional;

/**
 * A name in the text: a span that names a person, organization or place.
 *
 * @param acronymOf for an acronym introduced in parentheses, the long name's mention it abbreviates
 */
public record Mention(TextRef ref, EntityKind kind, String text, int sentence, Optional<TextRef> acronymOf) {
    public Mention(TextRef ref, EntityKind kind, String text, int sentence) {
        this(ref, kind, text, sentence, Optional.empty());
    }

    public int words() { return text.trim().split("\\s+").length; }
}
