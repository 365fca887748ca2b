package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "the Government of Nigeria", "the Federal Government of Somalia", "the Scottish Government", "HM government",
 * "the Northern Ireland Executive": a government named by its country (before or after it) is an organization,
 * also where a title follows ("the Australian Government Minister for ...": the government, not the title).
 * Sorts the mentions by position again.
 */
final class Governments extends MentionRule {
    Governments(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        List<CoreLabel> toks = pt.tokens();
        for (int i = 1; i < toks.size(); i++) {
            CoreLabel g = toks.get(i), before = toks.get(i - 1);
            if (!lexicon.governmentWords.contains(g.word()) || before.sentIndex() != g.sentIndex()) continue;
            if (Mention.anyCovers(out, g) && !titleAfterGovernment(pt, out, i)) continue;
            int from = -1;
            if ("NATIONALITY".equals(before.ner()) || before.word().equals("HM")) from = i - 1;
            // a place, or a place the model took for an organization ("Northern Ireland" + "Executive")
            for (Mention p : out)
                if (p.ref().end() == before.endPosition() && (p.kind() == EntityKind.PLACE
                        || p.kind() == EntityKind.ORGANIZATION && p.acronymOf().isEmpty() && ParsedText.capitalized(g)))
                    from = pt.tokenAt(p.ref().start());
            if (from < 0) continue;
            // "Northern" + "Ireland" as two places: the whole run of capitalised place words
            while (from - 1 >= pt.firstToken(g.sentIndex()) && ParsedText.capitalized(toks.get(from - 1))) {
                CoreLabel p = toks.get(from - 1);
                boolean place = out.stream().anyMatch(m -> m.kind() == EntityKind.PLACE && m.ref().start() <= p.beginPosition() && p.endPosition() <= m.ref().end());
                if (!place && !"NATIONALITY".equals(p.ner())) break;
                from--;
            }
            TextRef r = new TextRef(toks.get(from).beginPosition(), g.endPosition());
            out.removeIf(m -> r.contains(m.ref()));
            out.add(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), g.sentIndex()));
        }
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (!toks.get(i).word().equals("Government") || !toks.get(i + 1).word().equals("of")) continue;
            CoreLabel next = toks.get(i + 2);
            Optional<Mention> place = out.stream().filter(m -> m.kind() == EntityKind.PLACE && m.ref().start() == next.beginPosition()).findFirst();
            if (place.isEmpty() || Mention.anyCovers(out, toks.get(i))) continue;
            TextRef r = new TextRef(toks.get(i).beginPosition(), place.get().ref().end());
            out.add(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), next.sentIndex()));
        }
        out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
        return out;
    }

    /**
     * "the Australian Government" + "Minister for Agriculture", which the model tags as one name running into
     * the title: the title is no organization, so its mention goes and the government is named as any other.
     */
    private boolean titleAfterGovernment(ParsedText pt, List<Mention> out, int i) {
        if (i + 1 >= pt.tokens().size() || !isRoleWord(pt.token(i + 1))) return false;
        CoreLabel g = pt.token(i);
        return out.removeIf(m -> m.kind() == EntityKind.ORGANIZATION && m.ref().start() <= g.beginPosition() && m.ref().end() > g.endPosition());
    }
}
