package org.plenary.extract;

import java.util.Optional;

/**
 * A name in the text: a span that names a person, organization or place.
 *
 * @param acronymOf for an acronym introduced in parentheses, the long name's mention it abbreviates
 */
public record Mention(TextRef ref, EntityKind kind, String text, int sentence, Optional<TextRef> acronymOf) {
    /** The text with every space character (no-break, line break) as a plain space: same length, so offsets still fit. */
    public Mention {
        text = text.replaceAll("(?U)\\s", " ");
    }

    public Mention(TextRef ref, EntityKind kind, String text, int sentence) {
        this(ref, kind, text, sentence, Optional.empty());
    }

    public int words() { return text.trim().split("\\s+").length; }

    /** Whether the token lies inside one of the mentions. */
    static boolean anyCovers(java.util.List<Mention> mentions, edu.stanford.nlp.ling.CoreLabel t) {
        for (Mention m : mentions) if (m.ref().start() <= t.beginPosition() && t.endPosition() <= m.ref().end()) return true;
        return false;
    }
}
