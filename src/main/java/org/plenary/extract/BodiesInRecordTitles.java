package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "MINUTES OF THE REGULAR SARASOTA CITY COMMISSION MEETING OF MARCH 1, 2010", "MINUTES OF THE ... REGULAR MEETING
 * OF THE BOARD OF COUNTY COMMISSIONERS HELD SEPTEMBER 20, 2007": a record's title in capitals names the body whose
 * record it is. The model reads capitals poorly, and the body is seldom written the same way in the text, so the
 * headline check drops it; here the title's own shape decides: after the record word, the run of words holding an
 * organization word, between the kind of meeting ("REGULAR"), the meeting word, "OF THE", and a date (with the word
 * that introduces it, "HELD"/"ON"). Runs after the headline check, which would drop it.
 */
final class BodiesInRecordTitles extends MentionRule {
    /** CoreNLP's entity labels of words that are no part of a body's name (labels of the model, not words). */
    private static final Set<String> NOT_NAMES = Set.of("DATE", "TIME", "NUMBER", "ORDINAL");

    BodiesInRecordTitles(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int s = 0; s < pt.sentences().size(); s++) {
            int first = pt.firstToken(s), last = pt.lastToken(s);
            if (!inCapitals(pt, first, last)) continue;
            int record = -1;
            for (int k = first; k <= last && record < 0; k++) if (lexicon.recordNouns.contains(titleCase(pt.token(k).word()))) record = k;
            if (record < 0) continue;
            int start = -1;
            boolean headed = false;
            for (int j = record + 1; j <= last + 1; j++) {
                CoreLabel t = j <= last ? pt.token(j) : null;
                boolean of = t != null && t.word().equals("OF") && start >= 0 && headed && j + 1 <= last && nameWord(pt, j + 1, last);
                if (t != null && (nameWord(pt, j, last) || of)) {
                    if (start < 0) start = j;
                    headed |= lexicon.organizationHeads.contains(titleCase(t.word())) || pluralOfHead(titleCase(t.word()));
                    continue;
                }
                if (start >= 0 && headed) {
                    TextRef r = new TextRef(pt.token(start).beginPosition(), pt.token(j - 1).endPosition());
                    out.removeIf(m -> m.kind() == EntityKind.ORGANIZATION && m.ref().overlaps(r));
                    out.add(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), s));
                }
                start = -1;
                headed = false;
            }
        }
        out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
        return out;
    }

    /** A word of a body's name in a capitals title: not "OF"/"THE"/"AND", a meeting's word or kind, a date or its verb. */
    private boolean nameWord(ParsedText pt, int j, int last) {
        CoreLabel t = pt.token(j);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!Character.isLetter(t.word().codePointAt(0)) || connector(w) || w.equals("and") || w.equals("the")) return false;
        if (lexicon.meetingNouns.contains(w) || lexicon.meetingModifiers.contains(w) || lexicon.recordNouns.contains(titleCase(t.word()))) return false;
        if (NOT_NAMES.contains(t.ner())) return false;
        // "HELD SEPTEMBER 20", "ON MARCH 1": the word that introduces a date
        return !(j + 1 <= last && "DATE".equals(pt.token(j + 1).ner()));
    }

    /** Every letter of the sentence a capital, and at least ten of them. */
    private static boolean inCapitals(ParsedText pt, int first, int last) {
        String s = new TextRef(pt.token(first).beginPosition(), pt.token(last).endPosition()).of(pt.text());
        long letters = s.chars().filter(Character::isLetter).count();
        return letters >= 10 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String titleCase(String w) {
        return w.isEmpty() ? w : w.substring(0, 1) + w.substring(1).toLowerCase(Locale.ROOT);
    }
}
