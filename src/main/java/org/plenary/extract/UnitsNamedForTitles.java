package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Office of the Assistant Secretary for Civil Rights", "Office of the Mayor of Rochester", "Department of the Prime
 * Minister and Cabinet": a unit named after the title of the official who heads it. The model tags the title inside
 * as a title and leaves the name untagged or in pieces ("Civil Rights, Office of Adjudication"); the name is the unit
 * word, "of the", the title, and what the title goes on with ("for"/"of"/"and" and capitalised words), ending before a
 * title that belongs to a person named after it ("... Indian Affairs Senior Advisor Heidi Todacheene").
 */
final class UnitsNamedForTitles extends MentionRule {
    UnitsNamedForTitles(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        List<CoreLabel> toks = pt.tokens();
        for (int h = 0; h + 3 < toks.size(); h++) {
            if (!lexicon.titledUnitHeads.contains(toks.get(h).word()) || !toks.get(h + 1).word().equals("of")) continue;
            int s = toks.get(h).sentIndex();
            int k = h + 2;
            if (!toks.get(k).word().equalsIgnoreCase("the")) continue;
            k++;
            // the title: modifiers and title words, at least one title word
            int titleEnd = -1;
            while (k < toks.size() && toks.get(k).sentIndex() == s && ParsedText.capitalized(toks.get(k)) && titleWord(toks.get(k))) {
                if (isRoleWord(toks.get(k)) || hyphenatedTitle(toks.get(k))) titleEnd = k;
                k++;
            }
            if (titleEnd < 0 || personAt(out, toks.get(titleEnd))) continue;
            int end = titleEnd;
            // what the title goes on with: "for Civil Rights", "of Rochester NY", "and Cabinet", "-Indian Affairs"
            int j = titleEnd + 1;
            while (j < toks.size() && toks.get(j).sentIndex() == s) {
                CoreLabel t = toks.get(j);
                if (joins(t) && j + 1 < toks.size() && toks.get(j + 1).sentIndex() == s) {
                    int next = toks.get(j + 1).word().equals("the") ? j + 2 : j + 1;
                    if (next < toks.size() && toks.get(next).sentIndex() == s && nameWord(out, toks.get(next))) { j = next; continue; }
                    break;
                }
                if (!nameWord(out, t)) break;
                // a title right before a person's name is that person's, not the unit's
                if (titleWord(t) && beforePerson(out, toks, j)) break;
                end = j;
                j++;
            }
            TextRef r = new TextRef(toks.get(h).beginPosition(), toks.get(end).endPosition());
            if (out.stream().anyMatch(m -> m.kind() == EntityKind.PERSON && m.ref().overlaps(r))) continue;
            replace(pt, out, r, s);
            h = end;
        }
        out.sort(java.util.Comparator.comparingInt((Mention m) -> m.ref().start()));
        return out;
    }

    /** The unit's mention in place of what lay inside it; a name running on past it keeps its own part after it. */
    private void replace(ParsedText pt, List<Mention> out, TextRef r, int sentence) {
        List<Mention> after = new ArrayList<>();
        out.removeIf(m -> {
            if (m.kind() == EntityKind.PERSON || !m.ref().overlaps(r)) return false;
            if (m.ref().end() > r.end() && m.kind() == EntityKind.ORGANIZATION) {
                // "Civil Rights, Office of Adjudication" -> "Office of Adjudication"
                int k = pt.tokenAt(r.end());
                while (k >= 0 && k < pt.tokens().size() && pt.token(k).beginPosition() < m.ref().end() && !ParsedText.capitalized(pt.token(k))) k++;
                if (k >= 0 && k < pt.tokens().size() && pt.token(k).beginPosition() >= r.end() && pt.token(k).beginPosition() < m.ref().end()) {
                    TextRef rest = new TextRef(pt.token(k).beginPosition(), m.ref().end());
                    String text = rest.of(pt.text());
                    for (String w : text.split("\\s+")) {
                        if (lexicon.organizationHeads.contains(w)) { after.add(new Mention(rest, EntityKind.ORGANIZATION, text, m.sentence())); break; }
                    }
                }
            }
            return true;
        });
        out.add(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), sentence));
        out.addAll(after);
    }

    private boolean titleWord(CoreLabel t) {
        return isRoleWord(t) || hyphenatedTitle(t) || lexicon.titleModifiers.contains(t.word()) || "TITLE".equals(t.ner());
    }

    /** "Secretary-Indian": a title word joined by a hyphen to what it is for. */
    private boolean hyphenatedTitle(CoreLabel t) {
        int dash = t.word().indexOf('-');
        return dash > 0 && lexicon.roleNouns.contains(t.word().substring(0, dash).toLowerCase(Locale.ROOT));
    }

    private boolean joins(CoreLabel t) {
        return t.word().equals("for") || t.word().equals("of") || t.word().equals("and") || t.word().equals("&");
    }

    /** A capitalised word that may go on a unit's name: not a person's, a date's or a sentence's first word. */
    private boolean nameWord(List<Mention> mentions, CoreLabel t) {
        return ParsedText.capitalized(t) && !personAt(mentions, t)
                && !"DATE".equals(t.ner()) && !"TIME".equals(t.ner()) && !"POS".equals(t.tag());
    }

    private static boolean personAt(List<Mention> mentions, CoreLabel t) {
        for (Mention m : mentions)
            if (m.kind() == EntityKind.PERSON && m.ref().start() <= t.beginPosition() && t.endPosition() <= m.ref().end()) return true;
        return "PERSON".equals(t.ner());
    }

    /** Whether title words from token {@code j} on lead straight to a person's name. */
    private boolean beforePerson(List<Mention> mentions, List<CoreLabel> toks, int j) {
        int k = j;
        while (k < toks.size() && toks.get(k).sentIndex() == toks.get(j).sentIndex() && titleWord(toks.get(k))) k++;
        return k < toks.size() && toks.get(k).sentIndex() == toks.get(j).sentIndex() && personAt(mentions, toks.get(k));
    }
}
