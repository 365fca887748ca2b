package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headlines are written in title case or capitals, which the model reads poorly ("North Korea Expels BBC
 * Journalists" gives "Expels BBC"). An organization named in the headline is kept as far as the body names the
 * same organization: whole, or its longest ending the body names ("BBC"); one the body never names is dropped.
 */
final class HeadlineOrganizations extends MentionRule {
    HeadlineOrganizations(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        Set<String> inBody = new HashSet<>();
        for (Mention m : out) if (!pt.inTitle(m.ref().start())) inBody.add(m.text().toLowerCase(Locale.ROOT));
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || !pt.inTitle(m.ref().start()) || !capitalsCarryNoInformation(pt, m)) continue;
            if (EntityGrouper.isAcronym(m.text()) && !allCapitals(pt, m)) continue; // "NSC" in a title-case headline is still an acronym
            int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
            int from = -1;
            for (int k = a; k <= b && from < 0; k++) {
                TextRef r = new TextRef(pt.token(k).beginPosition(), m.ref().end());
                if (inBody.contains(r.of(pt.text()).toLowerCase(Locale.ROOT))) from = k;
            }
            if (from < 0) { out.remove(i--); continue; }
            if (from > a) {
                TextRef r = new TextRef(pt.token(from).beginPosition(), m.ref().end());
                out.set(i, new Mention(r, m.kind(), r.of(pt.text()), m.sentence()));
            }
        }
        return out;
    }

    /** A headline in title case or capitals: nearly every word of four letters or more starts with a capital. */
    private static boolean capitalsCarryNoInformation(ParsedText pt, Mention m) {
        int sentence = pt.sentenceOf(pt.tokenAt(m.ref().start()));
        int words = 0, capitalized = 0;
        for (int k = pt.firstToken(sentence); k <= pt.lastToken(sentence); k++) {
            CoreLabel t = pt.token(k);
            if (t.word().length() < 4 || !Character.isLetter(t.word().codePointAt(0))) continue;
            words++;
            if (ParsedText.capitalized(t)) capitalized++;
        }
        return words > 0 && capitalized * 10 >= words * 9;
    }

    private static boolean allCapitals(ParsedText pt, Mention m) {
        int sentence = pt.sentenceOf(pt.tokenAt(m.ref().start()));
        String s = pt.sentenceRef(sentence).of(pt.text());
        return s.equals(s.toUpperCase(Locale.ROOT));
    }
}
