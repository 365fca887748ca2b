package org.plenary.extract;

import java.util.List;

/**
 * "Secretary of Agriculture", "Minister of Foreign Affairs", "Secretary of Housing and Urban Development": a
 * capitalised phrase after a government portfolio title and "of", with no article and no organization word, is
 * the portfolio, not an organization ("director of X" still names one: directors head organizations).
 */
final class PortfoliosAfterOf extends MentionRule {
    PortfoliosAfterOf(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        return rereadOrganizationsInWords(mentions, m -> namesAPortfolio(pt, m) ? List.of() : List.of(m));
    }

    private boolean namesAPortfolio(ParsedText pt, Mention m) {
        int a = pt.tokenAt(m.ref().start());
        if (a < 2 || !pt.token(a - 1).word().equals("of") || !lexicon.portfolioTitles.contains(ParsedText.lemma(pt.token(a - 2)))) return false;
        for (String w : m.text().split(" +")) if (lexicon.organizationHeads.contains(w) || pluralOfHead(w) || w.equalsIgnoreCase("the")) return false;
        return true;
    }
}
