package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "Rt Hon David Cameron MP", "Hon Nicola Sturgeon MSP": forms of address before a name and post-nominal letters
 * after it (two word lists) are no part of the name. A mention of any kind that starts with a form of address
 * and goes on with capitalised words that are no organization's is a person ("Rt Hon William Hague", which the
 * model took for a place).
 */
final class HonorificsOutOfNames extends MentionRule {
    HonorificsOutOfNames(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.acronymOf().isPresent()) continue;
            int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
            if (a < 0 || b < a) continue;
            int a0 = a, b0 = b;
            boolean addressed = false; // by a form of address proper: "The Hague" is no person
            while (a < b && lexicon.honorifics.contains(pt.token(a).word())) addressed |= !lexicon.styleOpeners.contains(pt.token(a++).word());
            if (m.kind() != EntityKind.PERSON && !(addressed && nameLike(pt, a, b))) continue;
            while (b > a && (lexicon.postNominals.contains(pt.token(b).word()) || pt.token(b).word().equals(","))) b--;
            if (a == a0 && b == b0 && m.kind() == EntityKind.PERSON) continue;
            TextRef r = new TextRef(pt.token(a).beginPosition(), pt.token(b).endPosition());
            out.set(i, new Mention(r, EntityKind.PERSON, r.of(pt.text()), m.sentence()));
        }
        return out;
    }
}
