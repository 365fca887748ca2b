package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Mayor-elect Hollies Winston", "Governor Smith": capitalised words right after a person's title, with no
 * organization word, acronym or place name among them, are the person's name even where the model said
 * organization. Not in a list item's "Name, Title Organization", where the name came first.
 */
final class PersonsAfterTitles extends MentionRule {
    PersonsAfterTitles(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        Set<String> places = placeNames(out);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent() || m.words() > 3) continue;
            int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
            if (a < 1 || b < a || pt.sentenceOf(a - 1) != pt.sentenceOf(a)) continue;
            CoreLabel before = pt.token(a - 1);
            if (!ParsedText.capitalized(before) || !isRoleWord(before)) continue;
            if (a >= 2 && pt.token(a - 2).word().equals(",")) continue;
            boolean nameLike = true;
            for (int k = a; k <= b; k++) {
                String w = pt.token(k).word();
                if (!ParsedText.capitalized(pt.token(k)) || lexicon.organizationHeads.contains(w) || pluralOfHead(w)
                        || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) || places.contains(w)) nameLike = false;
            }
            if (nameLike) out.set(i, new Mention(m.ref(), EntityKind.PERSON, m.text(), m.sentence()));
        }
        return out;
    }
}
