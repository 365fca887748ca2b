package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;

/** "Austan D. Goolsbee": a given name, a middle initial and a family name is a person's name, whatever the model said. */
final class InitialledNames extends MentionRule {
    InitialledNames(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent()) continue;
            String[] w = m.text().trim().split(" +");
            if (w.length == 3 && w[1].matches("\\p{Lu}\\.") && w[0].matches("\\p{Lu}\\p{Ll}+") && w[2].matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?")
                    && !lexicon.organizationHeads.contains(w[2]))
                out.set(i, new Mention(m.ref(), EntityKind.PERSON, m.text(), m.sentence()));
        }
        return out;
    }
}
