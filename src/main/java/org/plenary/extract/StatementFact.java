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
 */
public record StatementFact(String speaker, String text, boolean direct, TextRef evidence,
                            Optional<String> meeting, double confidence) {}
