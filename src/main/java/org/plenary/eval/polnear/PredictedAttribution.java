package org.plenary.eval.polnear;

import java.util.List;
import java.util.Optional;
import org.plenary.extract.TextRef;

/**
 * One attribution a system found: what was said, whether as a quotation, and where it names the speaker. {@code
 * speaker} holds the spans that count as naming the speaker: the words at the statement ("he", "the ministry"),
 * and, for a system that resolves speakers to entities, every mention of the entity it chose.
 */
public record PredictedAttribution(TextRef content, boolean direct, List<TextRef> speaker, Optional<TextRef> cue) {
    public PredictedAttribution {
        speaker = List.copyOf(speaker);
    }
}
