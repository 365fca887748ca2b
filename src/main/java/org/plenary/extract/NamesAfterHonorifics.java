package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Mr David Amess", "DAME ANNE BEGG", "Mrs. Janet Lander": a courtesy title followed by capitalised words the
 * model left untagged (capitals defeat it) names a person: the words, up to three, without the title. Sorts the
 * mentions by position again.
 */
final class NamesAfterHonorifics extends MentionRule {
    NamesAfterHonorifics(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        List<CoreLabel> toks = pt.tokens();
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < toks.size(); i++) {
            String w = toks.get(i).word();
            if (!lexicon.honorifics.contains(w) || lexicon.styleOpeners.contains(w) || Mention.anyCovers(out, toks.get(i + 1))) continue;
            int s = toks.get(i).sentIndex(), a = i + 1, b = a;
            while (a < toks.size() && toks.get(a).sentIndex() == s && lexicon.honorifics.contains(toks.get(a).word())) a++;
            b = a - 1;
            while (b + 1 < toks.size() && toks.get(b + 1).sentIndex() == s && b + 1 - a < 3 && ParsedText.capitalized(toks.get(b + 1))
                    && !lexicon.postNominals.contains(toks.get(b + 1).word()) && !Mention.anyCovers(out, toks.get(b + 1))
                    && Character.isLetter(toks.get(b + 1).word().codePointAt(0))) b++;
            if (b < a || !nameLike(pt, a, b)) continue;
            TextRef r = new TextRef(toks.get(a).beginPosition(), toks.get(b).endPosition());
            found.add(new Mention(r, EntityKind.PERSON, r.of(pt.text()), s));
            i = b;
        }
        out.addAll(found);
        out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
        return out;
    }
}
