package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Austrian Minister of Food and Agriculture Christian Weber": the model can tag a given name that is also a common word of another
 * kind ("Christian" as a religion) as that kind, and keep only the surname as the person. A capitalised word right
 * before a person's name, in the census lists of given names and tagged as no name of its own kind, is the name's
 * first word.
 */
final class GivenNamesRejoined extends MentionRule {
    /** CoreNLP's labels for words that can also be given names (labels of the model, not words). */
    private static final Set<String> OTHER_KINDS = Set.of("RELIGION", "MISC", "O", "NATIONALITY", "IDEOLOGY");

    GivenNamesRejoined(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.PERSON) continue;
            int a = pt.tokenAt(m.ref().start());
            if (a < 1 || pt.sentenceOf(a - 1) != pt.sentenceOf(a)) continue;
            CoreLabel before = pt.token(a - 1);
            if (!ParsedText.capitalized(before) || !OTHER_KINDS.contains(before.ner()) || isRoleWord(before) || Mention.anyCovers(out, before)
                    || !lexicon.givenNames().contains(before.word().toLowerCase(Locale.ROOT))) continue;
            TextRef r = new TextRef(before.beginPosition(), m.ref().end());
            out.set(i, new Mention(r, EntityKind.PERSON, r.of(pt.text()), m.sentence()));
        }
        return out;
    }
}
