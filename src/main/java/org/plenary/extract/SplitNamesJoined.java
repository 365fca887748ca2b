package org.plenary.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The model sometimes cuts one name in two: "Senate Homeland Security" + "and Governmental Affairs Committee",
 * "NAACP" + "Legal Defense Fund". Two organization mentions of a sentence joined only by a space, "and" or
 * "&" are one name when the second ends with an organization word and the first does not (else they are two
 * organizations: "the Security Council and the Human Rights Council"). A comma joins them when the first ends "of"
 * + one capitalised word and the second goes on with "X and Y ..." ("National Union of Rail, Maritime and Transport
 * Workers": one list of what the union covers). Works on neighbours in text order, so it
 * sorts the mentions first (the rules before it may have moved starts).
 */
final class SplitNamesJoined extends MentionRule {
    SplitNamesJoined(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention a = out.get(i), b = out.get(i + 1);
            if (a.kind() != EntityKind.ORGANIZATION || b.kind() != EntityKind.ORGANIZATION || a.sentence() != b.sentence()) continue;
            if (a.ref().end() > b.ref().start()) continue;
            String gap = pt.text().substring(a.ref().end(), b.ref().start());
            // "National Union of Rail" + ", " + "Maritime and Transport Workers": the second goes on a list the first began
            boolean listed = gap.equals(", ") && b.words() >= 3 && lexicon.nameConjunctions.contains(b.text().split("\\s+")[1])
                    && ParsedText.capitalized(pt.token(pt.tokenAt(a.ref().end() - 1)))
                    && !lexicon.organizationHeads.contains(lastWord(a.text())) && connector(beforeLast(a.text()));
            if (listed) { join(pt, out, i); i--; continue; }
            if (!(gap.equals(" ") || joiningWord(gap))) continue;
            if (!lexicon.organizationHeads.contains(lastWord(b.text())) || lexicon.organizationHeads.contains(lastWord(a.text()))) continue;
            join(pt, out, i);
            i--;
        }
        return out;
    }

    private static void join(ParsedText pt, List<Mention> out, int i) {
        Mention a = out.get(i), b = out.get(i + 1);
        TextRef r = new TextRef(a.ref().start(), b.ref().end());
        out.set(i, new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), a.sentence()));
        out.remove(i + 1);
    }

    /** The word before the last: "of" in "National Union of Rail". */
    private static String beforeLast(String s) {
        String[] w = s.trim().split("\\s+");
        return w.length >= 2 ? w[w.length - 2] : "";
    }

    /** " and ", " & ": one conjunction between single spaces. */
    private boolean joiningWord(String gap) {
        return gap.length() > 2 && gap.charAt(0) == ' ' && gap.charAt(gap.length() - 1) == ' '
                && lexicon.nameConjunctions.contains(gap.substring(1, gap.length() - 1));
    }
}
