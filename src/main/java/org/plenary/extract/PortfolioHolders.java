package org.plenary.extract;

import java.util.List;
import java.util.Locale;

/**
 * "Secretary of Housing and Urban Development Marcia Fudge": after a title and "of", the model can run the
 * portfolio and the holder's name into one organization. Where the name's last two or three words start with a
 * given name (CoreNLP's list of first names), they are the person and the rest is the portfolio. The same after an
 * organization word that ends a name ("European Commission Maroš Šefčovič").
 */
final class PortfolioHolders extends MentionRule {
    PortfolioHolders(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        return rereadOrganizationsInWords(mentions, m -> reread(pt, m));
    }

    /** The mention, or the portfolio and its holder where the name's last words are a person's. */
    private List<Mention> reread(ParsedText pt, Mention m) {
        int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
        boolean afterTitle = a >= 2 && b - a >= 2 && pt.token(a - 1).word().equals("of") && isRoleWord(pt.token(a - 2));
        if (b - a < 2) return List.of(m);
        for (int k = Math.max(a + 1, b - 2); k < b; k++) {
            // "European Commission Maroš Šefčovič": two or three capitalised words after the organization word
            // that ends a name are its member's name when they start with a given name of the census lists or,
            // as foreign names the lists miss, carry letters beyond English's alphabet (no English common noun
            // does: "School Bond Ballot", "Council Meeting Minutes" stay whole)
            boolean afterHead = lexicon.organizationHeads.contains(pt.token(k - 1).word());
            if (!afterTitle && !afterHead) continue;
            boolean nameShaped = b - k >= 1, foreign = false;
            for (int x = k; x <= b; x++) foreign |= pt.token(x).word().chars().anyMatch(c -> c > 127 && Character.isLetter(c));
            nameShaped &= foreign;
            for (int x = k; x <= b; x++) nameShaped &= pt.token(x).word().matches("\\p{Lu}\\p{Ll}+(?:[-’']\\p{Lu}?\\p{Ll}+)*");
            if (!lexicon.givenNames().contains(pt.token(k).word().toLowerCase(Locale.ROOT)) && !(afterHead && nameShaped)) continue;
            boolean name = true;
            for (int x = k; x <= b; x++)
                name &= ParsedText.capitalized(pt.token(x)) && !lexicon.organizationHeads.contains(pt.token(x).word());
            if (!name || connector(pt.token(k - 1).word())) continue;
            TextRef org = new TextRef(m.ref().start(), pt.token(k - 1).endPosition());
            TextRef person = new TextRef(pt.token(k).beginPosition(), m.ref().end());
            return List.of(new Mention(org, EntityKind.ORGANIZATION, org.of(pt.text()), m.sentence()),
                    new Mention(person, EntityKind.PERSON, person.of(pt.text()), m.sentence()));
        }
        return List.of(m);
    }
}
