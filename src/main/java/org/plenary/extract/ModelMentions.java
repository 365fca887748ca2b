package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first rule: CoreNLP's entity mentions of persons, organizations and places, each corrected on its own.
 * Pronouns and a cut-off "Jr." are not persons; an organization's name cut at an unclosed bracket ends before it;
 * an organization's programme names the organization, a law or plan none; a portfolio after a title and "for" is
 * no organization; a country abbreviation is a place; "X Council and Y Council" is two organizations; a
 * miscellaneous name headed by an organization word, or owned by one ("X Administration's ... Agenda"), is one.
 * Sorted by position, as the later rules expect.
 */
final class ModelMentions extends MentionRule {
    /** CoreNLP's fine-grained entity types of places (not words: labels of the model). */
    private static final Set<String> PLACE_TYPES = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION");

    ModelMentions(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (CoreEntityMention m : pt.document().entityMentions()) {
            String type = m.entityType();
            var o = m.charOffsets();
            TextRef ref = new TextRef(o.first, o.second);
            int sentence = m.tokens().get(0).sentIndex();
            String text = ref.of(pt.text());
            if ("PERSON".equals(type)) {
                if (m.tokens().stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"))) continue;
                if (lexicon.generationalSuffixes.contains(text)) continue; // ", Jr." cut off the name before it
                out.add(new Mention(ref, EntityKind.PERSON, text, sentence));
            } else if ("ORGANIZATION".equals(type)) {
                int open = text.indexOf('(');
                if (open > 0 && text.indexOf(')', open) < 0) { // "Department of Education (Department": the name ends before the bracket
                    text = text.substring(0, open).stripTrailing();
                    ref = new TextRef(ref.start(), ref.start() + text.length());
                }
                // "Office of Scientific Review" ends in a document's word but is headed by an organization word
                if ((lexicon.documentHeads.contains(lastWord(text)) || lexicon.activityHeads.contains(lastWord(text)))
                        && !headedByOrganizationWord(pt, ref)) {
                    // "Tuscaloosa City Schools Summer Program": an organization's program or plan names the organization
                    Optional<TextRef> owner = ownerOfActivity(pt, ref);
                    if (owner.isPresent()) { ref = owner.get(); text = ref.of(pt.text()); }
                    else if (lexicon.documentHeads.contains(lastWord(text))) continue; // a law, plan or agreement
                }
                if (portfolioOfTitle(pt, ref, text)) continue;
                if (lexicon.placeAliases.containsKey(text)) out.add(new Mention(ref, EntityKind.PLACE, text, sentence));
                else out.addAll(splitConjoined(pt, ref, sentence));
            } else if (PLACE_TYPES.contains(type)) {
                out.add(new Mention(ref, EntityKind.PLACE, text, sentence));
            } else if ("MISC".equals(type)) {
                // "Subcommittee on Trade": a miscellaneous name headed by an organization word is an organization
                if (lexicon.organizationHeads.contains(EntityGrouper.head(text)) && !lexicon.documentHeads.contains(lastWord(text))
                        && m.tokens().stream().noneMatch(t -> "POS".equals(t.tag())))
                    out.add(new Mention(ref, EntityKind.ORGANIZATION, text, sentence));
                else ownerOfMisc(pt, m.tokens(), sentence).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
        return out;
    }

    /**
     * "Assistant to the President for National Security Affairs", "Minister for Foreign Affairs": a capitalised
     * phrase after a title and "for" is the title's portfolio, not an organization, unless an organization word heads it.
     */
    private boolean portfolioOfTitle(ParsedText pt, TextRef ref, String text) {
        int first = pt.tokenAt(ref.start());
        if (first < 2 || !pt.token(first - 1).word().equals("for") || !isRoleWord(pt.token(first - 2))) return false;
        for (String w : text.split("\\s+")) if (lexicon.organizationHeads.contains(w)) return false;
        return true;
    }

    /** The name up to the last organization word before the activity's own words, if the name has one. */
    private Optional<TextRef> ownerOfActivity(ParsedText pt, TextRef ref) {
        int a = pt.tokenAt(ref.start()), b = pt.tokenAt(ref.end() - 1);
        if (a < 0 || b <= a) return Optional.empty();
        for (int k = b - 1; k > a; k--) {
            CoreLabel t = pt.token(k);
            if (!ParsedText.capitalized(t)) return Optional.empty();
            if (lexicon.organizationHeads.contains(t.word()) || pluralOfHead(t.word()))
                return Optional.of(new TextRef(ref.start(), t.endPosition()));
        }
        return Optional.empty();
    }

    /**
     * "the Biden-Harris Administration’s Improving Student Achievement Agenda": the model tags the whole as a
     * miscellaneous name; its owner before the possessive, ending in an organization word, is an organization.
     */
    private Optional<Mention> ownerOfMisc(ParsedText pt, List<CoreLabel> tokens, int sentence) {
        for (int k = 1; k < tokens.size(); k++) {
            if (!"POS".equals(tokens.get(k).tag())) continue;
            if (!lexicon.organizationHeads.contains(tokens.get(k - 1).word()) || k < 2) return Optional.empty();
            for (int x = 0; x < k; x++) if (!ParsedText.capitalized(tokens.get(x)) && !connector(tokens.get(x).word())) return Optional.empty();
            TextRef r = new TextRef(tokens.get(0).beginPosition(), tokens.get(k - 1).endPosition());
            return Optional.of(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), sentence));
        }
        return Optional.empty();
    }

    /** "UN Security Council and Human Rights Council" -> two organizations, when both sides are names. */
    private List<Mention> splitConjoined(ParsedText pt, TextRef ref, int sentence) {
        String text = ref.of(pt.text());
        int and = text.indexOf(" and ");
        if (and > 0) {
            String left = text.substring(0, and), right = text.substring(and + 5);
            if (namedOrganization(left) && namedOrganization(right)) {
                return List.of(new Mention(new TextRef(ref.start(), ref.start() + and), EntityKind.ORGANIZATION, left, sentence),
                        new Mention(new TextRef(ref.start() + and + 5, ref.end()), EntityKind.ORGANIZATION, right, sentence));
            }
        }
        return List.of(new Mention(ref, EntityKind.ORGANIZATION, text, sentence));
    }

    private boolean namedOrganization(String s) {
        String[] w = s.trim().split("\\s+");
        return w.length >= 2 && Character.isUpperCase(w[0].codePointAt(0)) && lexicon.organizationHeads.contains(w[w.length - 1]);
    }
}
