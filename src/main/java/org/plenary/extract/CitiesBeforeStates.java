package org.plenary.extract;

import java.util.List;

/** "Mayor Jane Doe, Newport News, VA": a name the model read as an organization, followed by a state, is a city. */
final class CitiesBeforeStates extends MentionRule {
    CitiesBeforeStates(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        return rereadOrganizationsInWords(mentions, m -> List.of(reread(pt, m)));
    }

    private Mention reread(ParsedText pt, Mention m) {
        int b = pt.tokenAt(m.ref().end() - 1);
        if (b < 0 || b + 2 >= pt.tokens().size() || !pt.token(b + 1).word().equals(",")) return m;
        if (!"STATE_OR_PROVINCE".equals(pt.token(b + 2).ner())) return m;
        boolean headed = false;
        for (String w : m.text().split(" +")) headed |= lexicon.organizationHeads.contains(w) || pluralOfHead(w);
        return headed ? m : new Mention(m.ref(), EntityKind.PLACE, m.text(), m.sentence());
    }
}
