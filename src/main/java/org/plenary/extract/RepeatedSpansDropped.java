package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;

/** The last rule: where two rules found the same span, the first mention of it stands, once. */
final class RepeatedSpansDropped extends MentionRule {
    RepeatedSpansDropped(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (!out.isEmpty() && out.get(out.size() - 1).ref().equals(m.ref())) continue;
            out.add(m);
        }
        return out;
    }
}
