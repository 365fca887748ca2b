package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of names written with no separators ("PARTICIPANTS: Ann Roe Bill Orr Carl Lund", a flattened table of
 * participants) reads to the model as one long person's name, which would unite everyone listed. A person mention
 * is cut before each word where the name of another person mention of the document begins (one of two words or
 * more, found on its own elsewhere: "Followed by Bill Orr, from ..."), each piece keeping two words or more; the
 * last piece only when the piece before it is also a name found on its own (else "Andrés Manuel López Obrador", with
 * "López Obrador" alone elsewhere, would lose its given names).
 */
final class RunsOfNamesSplit extends MentionRule {
    private static final Pattern WORD = Pattern.compile("\\S+");

    RunsOfNamesSplit(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<String> names = new ArrayList<>();
        for (Mention m : mentions) if (m.kind() == EntityKind.PERSON && m.words() >= 2) names.add(m.text());
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PERSON || m.words() < 4) { out.add(m); continue; }
            List<int[]> words = new ArrayList<>();
            Matcher w = WORD.matcher(m.text());
            while (w.find()) words.add(new int[] {w.start(), w.end()});
            List<Integer> cuts = new ArrayList<>();
            int last = 0; // word index where the current piece begins
            for (int j = 2; j <= words.size() - 2; j++) {
                if (j - last < 2) continue;
                String rest = m.text().substring(words.get(j)[0]);
                String before = m.text().substring(words.get(last)[0], words.get(j - 1)[1]);
                for (String n : names) {
                    // a name found on its own that more names follow, or that ends the run after another name found
                    // on its own; "Andrés Manuel López Obrador" with "López Obrador" alone elsewhere is one name
                    boolean more = n.length() < rest.length() && rest.startsWith(n + " ");
                    if (more || n.equals(rest) && names.contains(before)) { cuts.add(j); last = j; break; }
                }
            }
            if (cuts.isEmpty()) { out.add(m); continue; }
            cuts.add(words.size());
            int from = 0;
            for (int c : cuts) {
                int s = m.ref().start() + words.get(from)[0], e = m.ref().start() + words.get(c - 1)[1];
                TextRef r = new TextRef(s, e);
                out.add(new Mention(r, EntityKind.PERSON, r.of(pt.text()), m.sentence()));
                from = c;
            }
        }
        return out;
    }
}
