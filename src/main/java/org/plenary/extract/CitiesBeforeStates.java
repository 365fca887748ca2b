package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;

/** "Mayor Jane Doe, Newport News, VA": a name the model read as an organization, followed by a state, is a city. */
final class CitiesBeforeStates extends MentionRule {
    CitiesBeforeStates(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent()) continue;
            int b = pt.tokenAt(m.ref().end() - 1);
            if (b < 0 || b + 2 >= pt.tokens().size() || !pt.token(b + 1).word().equals(",")) continue;
            if (!"STATE_OR_PROVINCE".equals(pt.token(b + 2).ner())) continue;
            boolean headed = false;
            for (String w : m.text().split(" +")) headed |= lexicon.organizationHeads.contains(w) || pluralOfHead(w);
            if (!headed) out.set(i, new Mention(m.ref(), EntityKind.PLACE, m.text(), m.sentence()));
        }
        return out;
    }
}
