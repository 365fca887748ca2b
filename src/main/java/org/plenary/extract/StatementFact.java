package org.plenary.extract;

import java.util.Optional;

/**
 * Something a person or organization said, as the article reports it.
 *
 * @param speaker    entity key of the speaker
 * @param text       what was said: the quotation without its marks, or the reported clause; always the text at {@code evidence}
 * @param direct     true for a quotation, false for reported speech
 * @param evidence   span of {@code text} in the article
 * @param meeting    key of the meeting it was said at, if any
 * @param confidence how sure the attribution is, 0..1
 * @param source     the words that name the speaker at this statement ("he", "the ministry", "Ana Ruiz"), when the
 *                   text names it there; empty when the speaker is carried over from a previous statement
 * @param cue        the words that mark it as speech (the verb of communication, "according to", a speaker label)
 */
public record StatementFact(String speaker, String text, boolean direct, TextRef evidence,
                            Optional<String> meeting, double confidence, Optional<TextRef> source, Optional<TextRef> cue) {
    public StatementFact(String speaker, String text, boolean direct, TextRef evidence, Optional<String> meeting, double confidence) {
        this(speaker, text, direct, evidence, meeting, confidence, Optional.empty(), Optional.empty());
    }
}
