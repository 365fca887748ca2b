package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Joint Ministerial Committee" + "on EU Negotiations", "Group of Friends on Climate and Security", "Parliament" +
 * "of Iraq", "Procter" + "& Gamble": the model often ends an organization's name at its head word, or at an
 * ampersand, where the name goes on with "of", "on" or "for" and capitalised words (themselves names of places or
 * acronyms at times). The name runs on over them; not over a date, a person or a title ("the Committee on
 * Tuesday"), and after "on" or "for" not over a place alone ("the Security Council on Ukraine": what it met on).
 */
final class NamesExtendedRight extends MentionRule {
    /** CoreNLP's entity labels of words that never continue a name (labels of the model, not words). */
    private static final Set<String> NOT_IN_NAMES = Set.of("PERSON", "TITLE", "DATE", "TIME", "DURATION", "SET",
            "NUMBER", "ORDINAL", "MONEY", "PERCENT");

    NamesExtendedRight(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent()) continue;
            int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
            if (a < 0 || b < a || b + 2 >= pt.tokens().size()) continue;
            String joint = pt.token(b + 1).word();
            boolean ampersand = joint.equals("&");
            boolean preposition = lexicon.namePrepositions.contains(joint) && lexicon.organizationHeads.contains(pt.token(b).word());
            if (!ampersand && !preposition || pt.sentenceOf(b + 1) != pt.sentenceOf(b)) continue;
            int from = b + 2;
            // "Office of the High Commissioner", but a bare head word's "of the" is seldom its name ("through
            // Parliament of the ... Bill")
            if (preposition && pt.token(from).word().equals("the")) {
                if (a == b) continue;
                from++;
            }
            int end = runOfNameWords(pt, from);
            if (end < from || namesADocument(pt, end + 1)) continue;
            TextRef tail = new TextRef(pt.token(from).beginPosition(), pt.token(end).endPosition());
            if (!joint.equals("of") && !ampersand && out.stream().anyMatch(p -> p.kind() == EntityKind.PLACE && p.ref().equals(tail))) continue;
            if (out.stream().anyMatch(p -> p.kind() == EntityKind.PERSON && p.ref().overlaps(tail))) continue;
            TextRef r = new TextRef(m.ref().start(), tail.end());
            Mention longer = new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), m.sentence());
            out.set(i, longer);
            out.removeIf(x -> x != longer && r.contains(x.ref()) && !x.ref().equals(r));
            i = out.indexOf(longer);
        }
        return out;
    }

    /** Whether a document's word follows, after a bracket if one opens: "Fair Employment (Northern Ireland) Bill". */
    private boolean namesADocument(ParsedText pt, int k) {
        int sentence = k - 1 >= 0 ? pt.sentenceOf(k - 1) : -1;
        if (k < pt.tokens().size() && pt.sentenceOf(k) == sentence && Set.of("(", "-LRB-").contains(pt.token(k).word()))
            while (k < pt.tokens().size() && pt.sentenceOf(k) == sentence && !Set.of(")", "-RRB-").contains(pt.token(k).word())) k++;
        if (k < pt.tokens().size() && pt.sentenceOf(k) == sentence && Set.of(")", "-RRB-").contains(pt.token(k).word())) k++;
        return k < pt.tokens().size() && pt.sentenceOf(k) == sentence && lexicon.documentHeads.contains(pt.token(k).word());
    }

    /** The last token of the capitalised words from {@code k} on ("Civil and Human Rights"), or k - 1 if none. */
    private int runOfNameWords(ParsedText pt, int k) {
        int sentence = pt.sentenceOf(k), end = k - 1;
        for (int x = k; x < pt.tokens().size() && pt.sentenceOf(x) == sentence; x++) {
            CoreLabel t = pt.token(x);
            if (ParsedText.capitalized(t) && Character.isLetter(t.word().codePointAt(0)) && !NOT_IN_NAMES.contains(String.valueOf(t.ner()))) {
                end = x;
                continue;
            }
            // "Civil and Human Rights": a connector between capitalised words
            if (x > k && connector(t.word()) && x + 1 < pt.tokens().size() && pt.sentenceOf(x + 1) == sentence
                    && ParsedText.capitalized(pt.token(x + 1)) && !NOT_IN_NAMES.contains(String.valueOf(pt.token(x + 1).ner()))) continue;
            break;
        }
        return end;
    }
}
