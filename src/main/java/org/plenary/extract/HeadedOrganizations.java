package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Capitalised phrases the model missed: headed by an organization word, or named right after "director of". */
final class HeadedOrganizations extends MentionRule {
    HeadedOrganizations(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        List<CoreLabel> toks = pt.tokens();
        int i = 0;
        while (i < toks.size()) {
            CoreLabel t = toks.get(i);
            if (!ParsedText.capitalized(t) || Mention.anyCovers(out, t) || i == pt.firstToken(t.sentIndex()) && !lexicon.organizationHeads.contains(t.word())) { i++; continue; }
            int j = i;
            while (j + 1 < toks.size() && toks.get(j + 1).sentIndex() == t.sentIndex()
                    && (ParsedText.capitalized(toks.get(j + 1)) && !isPersonOrTitle(toks.get(j + 1))
                    || connector(toks.get(j + 1).word()) && j + 2 < toks.size() && ParsedText.capitalized(toks.get(j + 2))))
                j++;
            List<CoreLabel> phrase = toks.subList(i, j + 1);
            boolean headed = phrase.size() >= 2 && phrase.stream().anyMatch(x -> lexicon.organizationHeads.contains(x.word()) && "O".equals(x.ner()));
            boolean afterRoleOf = i >= 2 && !"DT".equals(t.tag()) && toks.get(i - 1).word().equals("of") && isRoleWord(toks.get(i - 2))
                    && phrase.stream().allMatch(x -> "O".equals(x.ner()) || "MISC".equals(x.ner()));
            if ((headed || afterRoleOf) && phrase.stream().noneMatch(x -> Mention.anyCovers(out, x) && !"O".equals(x.ner()) && !"NATIONALITY".equals(x.ner()) && !"COUNTRY".equals(x.ner()))) {
                TextRef r = new TextRef(toks.get(i).beginPosition(), toks.get(j).endPosition());
                out.removeIf(m -> r.contains(m.ref()));
                out.add(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), t.sentIndex()));
            }
            i = j + 1;
        }
        return out;
    }
}
