package org.plenary.extract;

import java.util.List;

/** "Austan D. Goolsbee": a given name, a middle initial and a family name is a person's name, whatever the model said. */
final class InitialledNames extends MentionRule {
    InitialledNames(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        return rereadOrganizationsInWords(mentions, m -> List.of(reread(m)));
    }

    private Mention reread(Mention m) {
        String[] w = m.text().trim().split(" +");
        if (w.length == 3 && w[1].matches("\\p{Lu}\\.") && w[0].matches("\\p{Lu}\\p{Ll}+") && w[2].matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?")
                && !lexicon.organizationHeads.contains(w[2]))
            return new Mention(m.ref(), EntityKind.PERSON, m.text(), m.sentence());
        return m;
    }
}
