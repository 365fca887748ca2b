package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One general correction of the NER model's names. {@link MentionFinder} runs its rules in a fixed order, each on
 * the mentions the rules before it left; a rule returns a new list and leaves the one it was given as it was. The
 * word tests several rules share live here; the words themselves are {@link Lexicon}'s data files.
 */
abstract class MentionRule {
    protected final Lexicon lexicon;

    MentionRule(Lexicon lexicon) { this.lexicon = lexicon; }

    /** The mentions after this rule, from those before it (in text order where the rule before sorted them). */
    abstract List<Mention> apply(ParsedText pt, List<Mention> mentions);

    /**
     * The loop of the rules that reread organizations named in words (acronyms aside): each such mention is replaced
     * by what {@code reread} gives (itself, a corrected mention, two where a name splits, none where it goes); every
     * other mention is kept, and the order stays.
     */
    static List<Mention> rereadOrganizationsInWords(List<Mention> mentions, Function<Mention, List<Mention>> reread) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent()) out.add(m);
            else out.addAll(reread.apply(m));
        }
        return out;
    }

    /** The rule's name, as {@link MentionFinder} lists it. */
    final String name() { return getClass().getSimpleName(); }

    /** A lower-case word a name runs on across ("of", "the", "&"). */
    final boolean connector(String word) { return lexicon.nameConnectors.contains(word); }

    /** A title or role word, also in the plural ("Presidents", which the tagger leaves unlemmatised) or "-elect". */
    final boolean isRoleWord(CoreLabel t) {
        if ("TITLE".equals(t.ner())) return true;
        String w = ParsedText.lemma(t).replaceAll("-elect$", "");
        return lexicon.roleNouns.contains(w) || w.endsWith("s") && lexicon.roleNouns.contains(w.substring(0, w.length() - 1));
    }

    /** "Councils", "Agencies": the plural of an organization word. */
    final boolean pluralOfHead(String w) {
        return w.endsWith("ies") && lexicon.organizationHeads.contains(w.substring(0, w.length() - 3) + "y")
                || w.endsWith("s") && lexicon.organizationHeads.contains(w.substring(0, w.length() - 1));
    }

    /** Capitalised words, none an organization word or title, at most four: the shape of a person's name. */
    final boolean nameLike(ParsedText pt, int a, int b) {
        if (b - a > 3) return false;
        for (int k = a; k <= b; k++) {
            CoreLabel t = pt.token(k);
            if (!ParsedText.capitalized(t) && !lexicon.postNominals.contains(t.word())) return false;
            if (lexicon.organizationHeads.contains(t.word()) || isRoleWord(t) || connector(t.word().toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1];
    }

    /** The texts of the place names found so far (a new, modifiable set). */
    static Set<String> placeNames(List<Mention> mentions) {
        Set<String> places = new HashSet<>();
        for (Mention p : mentions) if (p.kind() == EntityKind.PLACE) places.add(p.text());
        return places;
    }

    /** Whether the token after token {@code k}, in the same sentence, passes the test. */
    static boolean followedBy(ParsedText pt, int k, Predicate<CoreLabel> p) {
        return k + 1 < pt.tokens().size() && pt.sentenceOf(k + 1) == pt.sentenceOf(k) && p.test(pt.token(k + 1));
    }

    /**
     * Whether the phrase's head in the dependency parse (its one word governed from outside it) is an organization
     * word: "Office of Scientific Review" is an office, though it ends in a document's word.
     */
    final boolean headedByOrganizationWord(ParsedText pt, TextRef ref) {
        int a = pt.tokenAt(ref.start()), b = pt.tokenAt(ref.end() - 1);
        if (a < 0 || b < a || pt.sentenceOf(a) != pt.sentenceOf(b)) return false;
        int sentence = pt.sentenceOf(a);
        var graph = pt.graph(sentence);
        if (graph == null) return false;
        int head = -1;
        for (int k = a; k <= b; k++) {
            var node = graph.getNodeByIndexSafe(k - pt.firstToken(sentence) + 1);
            if (node == null) continue;
            var parent = graph.getParent(node);
            int p = parent == null ? -1 : pt.global(sentence, parent.index());
            if (p < a || p > b) {
                if (head >= 0) return false; // two heads: no one phrase
                head = k;
            }
        }
        String w = head >= 0 ? pt.token(head).word() : "";
        // "Program" heads both bodies' names and programmes': it does not decide
        return lexicon.organizationHeads.contains(w) && !lexicon.activityHeads.contains(w) && !lexicon.documentHeads.contains(w);
    }

    static boolean isPersonOrTitle(CoreLabel t) {
        return "PERSON".equals(t.ner()) || "TITLE".equals(t.ner());
    }
}
