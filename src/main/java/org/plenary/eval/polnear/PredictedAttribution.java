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

    /**
     * PolNeAR's unit of direct speech is every pair of quotation marks inside an attribution's content, one quoted
     * word included; Plenary keeps one or two quoted words inside reported speech ("called the plan "a disaster"")
     * in that reported statement rather than as a statement of their own (the project's gold counts them as the
     * reporter's characterization). To be scored in PolNeAR's unit, each quotation inside a reported statement
     * that no direct statement already covers, and that is no title ({@link org.plenary.extract.QuotedNames}), is read
     * as a direct attribution of the same speaker.
     */
    public static List<PredictedAttribution> inPolnearUnits(String text, List<PredictedAttribution> found) {
        List<PredictedAttribution> out = new java.util.ArrayList<>(found);
        List<TextRef> direct = found.stream().filter(PredictedAttribution::direct).map(PredictedAttribution::content).toList();
        for (PredictedAttribution p : found) {
            if (p.direct()) continue;
            for (TextRef q : AttributionScorer.quotations(text)) {
                if (q.start() < p.content().start() || q.end() > p.content().end()) continue;
                if (direct.stream().anyMatch(q::overlaps) || org.plenary.extract.QuotedNames.isTitle(q.of(text))) continue;
                out.add(new PredictedAttribution(q, true, p.speaker(), p.cue()));
            }
        }
        return out;
    }
}
