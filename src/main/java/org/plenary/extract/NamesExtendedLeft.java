package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Nine Stars Alliance": capitalised words the model tagged as a number (or nothing) before an organization's name
 * belong to it; so do a capitalised word joined by "and" to a headed name ("Boys and Girls Club") and a capitalised
 * plural in the possessive ("Lawyers’ Committee"), and capitalised words listed with commas before a name that joins
 * its own first two words with "and" or "&" ("Foreign, Commonwealth & Development Office"). Runs twice: again for
 * the names the rules after it found.
 */
final class NamesExtendedLeft extends MentionRule {
    /** CoreNLP's entity labels a word of a name the model missed may carry (labels of the model, not words). */
    private static final Set<String> UNNAMED = Set.of("NUMBER", "O", "MISC");

    NamesExtendedLeft(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION) continue;
            int first = pt.tokenAt(m.ref().start());
            int j = first - 1;
            boolean headed = lexicon.organizationHeads.contains(lastWord(m.text()));
            // "Commonwealth & Development Office" after "Foreign, ": the name lists its words, the first before a comma
            boolean listing = first + 1 < pt.tokens().size() && lexicon.nameConjunctions.contains(pt.token(first + 1).word());
            int from = pt.firstToken(m.sentence()) + 1;
            while (true) {
                if (j >= from && bareCapitalized(pt.token(j))) { j--; continue; }
                // "Boys and Girls Club", "Education and Labor Committee": a capitalised word joined to a headed name
                // "Lawyers’ Committee", "Children’s Defense Fund": a capitalised plural in the possessive
                boolean conjunct = headed && j - 1 >= from && lexicon.nameConjunctions.contains(pt.token(j).word()) && bareCapitalized(pt.token(j - 1))
                        && !lexicon.organizationHeads.contains(pt.token(j - 1).word());
                boolean possessive = j - 1 >= from && pt.token(j).word().matches("['’]s?") && bareCapitalized(pt.token(j - 1))
                        && pt.token(j - 1).tag().matches("NNP?S");
                boolean listed = listing && j - 1 >= from && pt.token(j).word().equals(",") && bareCapitalized(pt.token(j - 1))
                        && !lexicon.organizationHeads.contains(pt.token(j - 1).word());
                if (conjunct || possessive || listed) { j -= 2; continue; }
                break;
            }
            // "the Australian Local Government Association": a nationality adjective that begins a definite name of
            // two words or more is the name's, unless the name is a state's organ ("the Chinese Foreign Ministry")
            if (j == first - 1 && j - 1 >= 0 && "NATIONALITY".equals(pt.token(j).ner()) && ParsedText.capitalized(pt.token(j))
                    && pt.sentenceOf(j) == m.sentence() && pt.token(j - 1).word().equalsIgnoreCase("the") && m.words() >= 2
                    && m.text().chars().noneMatch(c -> c == ',') && allCapitalized(pt, m)
                    && !lexicon.nationalOrganHeads.contains(lastWord(m.text())))
                j--;
            if (j < first - 1) {
                TextRef r = new TextRef(pt.token(j + 1).beginPosition(), m.ref().end());
                out.set(i, new Mention(r, m.kind(), r.of(pt.text()), m.sentence()));
            }
        }
        return out;
    }

    private static boolean allCapitalized(ParsedText pt, Mention m) {
        int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
        for (int k = a; k <= b; k++) if (!ParsedText.capitalized(pt.token(k))) return false;
        return a >= 0;
    }

    private boolean bareCapitalized(CoreLabel t) {
        return ParsedText.capitalized(t) && UNNAMED.contains(t.ner())
                && !connector(t.word().toLowerCase(Locale.ROOT)) && !t.tag().startsWith("PRP") && !t.tag().equals("DT");
    }
}
