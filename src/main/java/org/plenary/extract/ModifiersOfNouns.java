package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * "Senate colleagues", "before Senate panel", "Congressional leaders", "House-Senate conference": one word that
 * is an organization word, an adjective or a hyphenated pair, modifying the common noun after it, describes the
 * noun rather than naming an organization. Acronyms ("BBC reporters") still name theirs.
 */
final class ModifiersOfNouns extends MentionRule {
    ModifiersOfNouns(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        return rereadOrganizationsInWords(mentions, m -> modifiesTheNounAfterIt(pt, m) ? List.of() : List.of(m));
    }

    private boolean modifiesTheNounAfterIt(ParsedText pt, Mention m) {
        if (m.words() != 1) return false;
        int a = pt.tokenAt(m.ref().start());
        if (a < 0 || pt.tokenAt(m.ref().end() - 1) != a) return false;
        CoreLabel t = pt.token(a);
        String w = t.word();
        boolean modifierShape = lexicon.organizationHeads.contains(w) || "JJ".equals(t.tag())
                || w.matches("\\p{Lu}\\p{Ll}+(?:ional|ial|ary)") // "Congressional", "Presidential", "Parliamentary"
                || w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)+");
        return modifierShape && followedBy(pt, a, n -> n.tag().startsWith("NN") && !n.tag().startsWith("NNP") && !ParsedText.capitalized(n));
    }
}
