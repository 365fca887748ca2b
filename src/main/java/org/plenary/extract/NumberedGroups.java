package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "the G20", "G-7 leaders", "the Group of 20": groups of states are named by "G" and their number of members, or
 * "Group of" and the number; the model tags them as miscellaneous names or not at all. Each is an organization.
 * Sorts the mentions by position again.
 */
final class NumberedGroups extends MentionRule {
    private static final Pattern G_NUMBER = Pattern.compile("G-?\\d{1,2}");

    NumberedGroups(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        List<CoreLabel> toks = pt.tokens();
        boolean added = false;
        for (int i = 0; i < toks.size(); i++) {
            CoreLabel t = toks.get(i);
            int end = -1;
            if (G_NUMBER.matcher(t.word()).matches()) end = i;
            else if (t.word().equals("Group") && i + 2 < toks.size() && toks.get(i + 1).word().equals("of")
                    && toks.get(i + 2).sentIndex() == t.sentIndex() && "CD".equals(toks.get(i + 2).tag())) end = i + 2;
            if (end < 0) continue;
            TextRef r = new TextRef(t.beginPosition(), toks.get(end).endPosition());
            // already a name, or part of a longer one ("G20 Research Group")
            if (out.stream().anyMatch(m -> m.ref().overlaps(r) && (m.kind() != EntityKind.ORGANIZATION || !r.contains(m.ref())))) continue;
            if (out.stream().anyMatch(m -> m.ref().equals(r))) continue;
            out.removeIf(m -> r.contains(m.ref()));
            out.add(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), t.sentIndex()));
            added = true;
            i = end;
        }
        if (added) out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
        return out;
    }
}
