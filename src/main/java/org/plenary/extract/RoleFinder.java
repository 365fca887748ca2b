package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the titles and affiliations the article gives people: in apposition after the name ("X, Executive Director
 * of the Y,", "X, South Korea's Ambassador to the UN,"), before the name ("North Korea's UN Ambassador X",
 * "Ambassador X", "defectors X and Y"), and a role noun followed by the names it describes ("Two defectors, X and
 * Y,"). A title is a run of words CoreNLP tags TITLE or that end in a role noun (a data list); the organization is
 * the possessor ("South Korea's") or the organization named after "of/to/at/for".
 */
final class RoleFinder {
    private static final Set<String> TITLE_LINKS = Set.of("of", "to", "at", "for", "with", "in", "on");

    private final Lexicon lexicon;

    RoleFinder(Lexicon lexicon) { this.lexicon = lexicon; }

    List<RoleFact> find(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping) {
        List<RoleFact> out = new ArrayList<>();
        for (int mi = 0; mi < mentions.size(); mi++) {
            Mention m = mentions.get(mi);
            if (m.kind() != EntityKind.PERSON) continue;
            String holder = grouping.keyAt(m.ref()).orElse(null);
            if (holder == null) continue;
            int first = pt.tokenAt(m.ref().start()), last = pt.tokenAt(m.ref().end() - 1);
            if (first < 0 || last < 0) continue;
            appositionAfter(pt, mentions, grouping, holder, m, last).ifPresent(out::add);
            out.addAll(titleOpeningListItem(pt, holder, m, first));
            modifierBefore(pt, mentions, grouping, holder, m, first).ifPresent(out::add);
        }
        return dedupe(out);
    }

    private Optional<RoleFact> appositionAfter(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping,
                                             String holder, Mention m, int last) {
        int s = pt.sentenceOf(last);
        int i = last + 1;
        if (i > pt.lastToken(s) || !pt.token(i).word().equals(",")) return Optional.empty();
        int start = i + 1;
        int end = start;
        int depth = 0;
        while (end <= pt.lastToken(s)) {
            String w = pt.token(end).word();
            if (w.equals("(") || w.equals("-LRB-")) depth++;
            if (w.equals(")") || w.equals("-RRB-")) depth--;
            if (depth == 0 && (w.equals(",") || w.equals(";") || w.equals(".") || w.equals("—"))) break;
            end++;
        }
        end--;
        if (end < start) return Optional.empty();
        // the phrase must not be a clause ("X, who ...", "X, said ...")
        String firstWord = pt.token(start).word().toLowerCase(Locale.ROOT);
        if (Set.of("who", "which", "that", "whose", "where", "and", "but").contains(firstWord)) return Optional.empty();
        for (int k = start; k <= end; k++) {
            if (pt.token(k).tag().startsWith("VB") && !"TITLE".equals(pt.token(k).ner())) return Optional.empty();
            if ("PERSON".equals(pt.token(k).ner())) return Optional.empty(); // a list of names, not an apposition
        }
        return roleIn(pt, mentions, grouping, holder, start, end, m.ref().start(), pt.token(end).endPosition());
    }

    private static final Set<String> TITLE_JOINS = Set.of("of", "for", "to", "the", "and", "&", "on");

    /**
     * "- Prime Minister, Rt Hon David Cameron MP", "First Secretary of State and Leader of the House of Commons,
     * Rt Hon William Hague MP": a list item that opens with a title, a comma, then the name (forms of address
     * aside). Titles joined by "and" are two titles.
     */
    private List<RoleFact> titleOpeningListItem(ParsedText pt, String holder, Mention m, int first) {
        int s = pt.sentenceOf(first);
        int k = first - 1;
        while (k >= pt.firstToken(s) && lexicon.honorifics.contains(pt.token(k).word())) k--;
        if (k < pt.firstToken(s) + 1 || !pt.token(k).word().equals(",")) return List.of();
        int start = pt.firstToken(s);
        while (start < k && pt.token(start).word().matches("[-*•·–]|\\d{1,3}[.)]?")) start++;
        int end = k - 1;
        if (end < start) return List.of();
        boolean titled = false;
        for (int x = start; x <= end; x++) {
            CoreLabel t = pt.token(x);
            if ("PERSON".equals(t.ner())) return List.of();
            if (!ParsedText.capitalized(t) && !TITLE_JOINS.contains(t.word())) return List.of();
            titled |= isTitleWord(t) || "TITLE".equals(t.ner());
        }
        if (!titled) return List.of();
        // parts between "and"s; two titles only when each part has a title word ("Secretary of State for Trade and
        // Industry" is one)
        List<TextRef> partsOf = new ArrayList<>();
        boolean each = true;
        int from = start;
        for (int x = start; x <= end + 1; x++) {
            if (x <= end && !pt.token(x).word().equals("and")) continue;
            if (x <= from) { each = false; break; }
            boolean hasTitle = false;
            for (int y = from; y < x; y++) hasTitle |= isTitleWord(pt.token(y)) || "TITLE".equals(pt.token(y).ner());
            each &= hasTitle;
            partsOf.add(new TextRef(pt.token(from).beginPosition(), pt.token(x - 1).endPosition()));
            from = x + 1;
        }
        if (!each) partsOf = List.of(new TextRef(pt.token(start).beginPosition(), pt.token(end).endPosition()));
        List<RoleFact> out = new ArrayList<>();
        for (TextRef r : partsOf) out.add(new RoleFact(holder, r.of(pt.text()), Optional.empty(), new TextRef(r.start(), m.ref().end())));
        return out;
    }

    private Optional<RoleFact> modifierBefore(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping,
                                            String holder, Mention m, int first) {
        int s = pt.sentenceOf(first);
        int j = first - 1;
        // "defectors X and Y": the second name shares the modifier of the first
        int k = j;
        while (k >= pt.firstToken(s) && (pt.token(k).word().equals("and") || pt.token(k).word().equals(",")
                || "PERSON".equals(pt.token(k).ner()))) k--;
        int end = (k < j && k >= pt.firstToken(s) && isTitleWord(pt.token(k))) ? k : j;
        if (end < pt.firstToken(s) || !isTitleWord(pt.token(end))) return Optional.empty();
        int start = end;
        while (start - 1 >= pt.firstToken(s)) {
            CoreLabel t = pt.token(start - 1);
            String w = t.word();
            boolean part = isTitleWord(t) || "TITLE".equals(t.ner())
                    || "ORGANIZATION".equals(t.ner()) || "COUNTRY".equals(t.ner()) || "NATIONALITY".equals(t.ner())
                    || w.equals("'s") || w.equals("’s") || w.equals("'") || t.tag().equals("JJ") || t.tag().equals("NN") || t.tag().equals("NNP")
                    && !"PERSON".equals(t.ner());
            if (!part) break;
            start--;
        }
        return roleIn(pt, mentions, grouping, holder, start, end, pt.token(start).beginPosition(), m.ref().end());
    }

    /** The title and organization stated in tokens [start, end]. */
    private Optional<RoleFact> roleIn(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping, String holder,
                                      int start, int end, int evidenceStart, int evidenceEnd) {
        // the title: the first run of words ending in a title word, skipping a leading possessor and determiners
        int titleEnd = -1, titleStart = -1;
        for (int k = start; k <= end; k++) {
            CoreLabel t = pt.token(k);
            boolean titleWord = isTitleWord(t) || "TITLE".equals(t.ner());
            if (titleEnd >= 0 && !titleWord) break; // the first title only: "activist and author" -> "activist"
            if (titleWord) titleEnd = k;
        }
        if (titleEnd < 0) return Optional.empty();
        titleStart = titleEnd;
        while (titleStart - 1 >= start) {
            CoreLabel t = pt.token(titleStart - 1);
            boolean modifier = "TITLE".equals(t.ner()) || isTitleWord(t)
                    || (t.tag().startsWith("JJ") || t.tag().equals("NN") || t.tag().equals("NNS") || t.tag().equals("VBN")
                        || t.tag().equals("NNP") && "O".equals(t.ner()))
                    && !"NATIONALITY".equals(t.ner()) && !"ORDINAL".equals(t.ner()) && !"NUMBER".equals(t.ner());
            if (!modifier || Mention.anyCovers(mentions, t)) break;
            titleStart--;
        }
        String title = new TextRef(pt.token(titleStart).beginPosition(), pt.token(titleEnd).endPosition()).of(pt.text());
        // the organization: a possessor before the title, else the first organization or country after it
        Optional<String> org = Optional.empty();
        for (Mention x : mentions) {
            if (x.kind() == EntityKind.PERSON) continue;
            int xs = pt.tokenAt(x.ref().start());
            if (xs < start || xs > end) continue;
            int after = pt.tokenAt(x.ref().end() - 1) + 1;
            boolean possessor = xs < titleStart && after <= end && (pt.token(after).word().equals("'s") || pt.token(after).word().equals("’s"));
            if (possessor) { org = grouping.keyAt(x.ref()); break; }
            if (org.isEmpty()) org = grouping.keyAt(x.ref()); // "UN General Assembly President", "director of X"
        }
        return Optional.of(new RoleFact(holder, singular(title), org, new TextRef(Math.min(evidenceStart, evidenceEnd), evidenceEnd)));
    }

    private boolean isTitleWord(CoreLabel t) {
        if ("TITLE".equals(t.ner())) return true;
        String tag = t.tag();
        return tag != null && tag.startsWith("NN") && lexicon.roleNouns.contains(ParsedText.lemma(t));
    }

    /** "defectors" -> "defector", as a title of one person. */
    private String singular(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") && !lower.endsWith("ss") && lexicon.roleNouns.contains(lower.substring(lower.lastIndexOf(' ') + 1, lower.length() - 1)))
            return title.substring(0, title.length() - 1);
        return title;
    }


    private static List<RoleFact> dedupe(List<RoleFact> in) {
        List<RoleFact> out = new ArrayList<>();
        for (RoleFact r : in) {
            boolean dup = out.stream().anyMatch(o -> o.holder().equals(r.holder()) && o.title().equalsIgnoreCase(r.title())
                    && o.organization().equals(r.organization()));
            if (!dup) out.add(r);
        }
        return out;
    }
}
