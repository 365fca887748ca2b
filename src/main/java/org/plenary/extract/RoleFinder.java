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
            out.addAll(modifierBefore(pt, mentions, grouping, holder, m, first));
            sharedPluralTitle(pt, mentions, grouping, holder, m, first).ifPresent(out::add);
            titleOnTheLineBelow(pt, mentions, grouping, holder, m, first, last).ifPresent(out::add);
        }
        return dedupe(out);
    }

    private Optional<RoleFact> appositionAfter(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping,
                                             String holder, Mention m, int last) {
        int s = pt.sentenceOf(last);
        int i = last + 1;
        // "Hon PHIL GOFF (Minister of Foreign Affairs and Trade):", "Rt Hon JOHN KEY (Prime Minister):": the title in
        // parentheses after a member's name, as parliamentary records label speakers (not a constituency or party:
        // "(Wellingborough) (Con)" holds no title word)
        if (i <= pt.lastToken(s) && isOpen(pt.token(i).word())) {
            int close = i + 1;
            while (close <= pt.lastToken(s) && !isClose(pt.token(close).word()) && !isOpen(pt.token(close).word())) close++;
            if (close <= pt.lastToken(s) && isClose(pt.token(close).word()) && close - i > 1 && close - i <= 16) {
                boolean titled = false, named = false;
                for (int k = i + 1; k < close; k++) {
                    titled |= isTitleWord(pt.token(k)) && ParsedText.capitalized(pt.token(k));
                    named |= "PERSON".equals(pt.token(k).ner());
                }
                if (titled && !named) {
                    Optional<RoleFact> role = roleIn(pt, mentions, grouping, holder, i + 1, close - 1, m.ref().start(), pt.token(close).endPosition());
                    if (role.isPresent()) return role;
                }
            }
        }
        // "Sen. X (D-ND), the Ranking Member ...", "Sen. X, R-Ky., ranking member on ...": a party and state tag first
        if (i <= pt.lastToken(s) && isOpen(pt.token(i).word())) {
            int close = i + 1;
            while (close <= pt.lastToken(s) && !isClose(pt.token(close).word())) close++;
            if (close <= pt.lastToken(s) && close - i <= 6) i = close + 1;
        }
        if (i > pt.lastToken(s) || !pt.token(i).word().equals(",")) return Optional.empty();
        int start = i + 1;
        int end = segmentEnd(pt, s, start);
        if (PARTY_TAG.matcher(pt.token(start).word()).matches()) {
            int comma = start + 1;
            while (comma <= Math.min(pt.lastToken(s), start + 2) && !pt.token(comma).word().equals(",")) comma++;
            if (comma > pt.lastToken(s) || !pt.token(comma).word().equals(",")) return Optional.empty();
            start = comma + 1;
            end = segmentEnd(pt, s, start);
        }
        if (end < start) return Optional.empty();
        // the phrase must not be a clause ("X, who ...", "X, said ...")
        String firstWord = pt.token(start).word().toLowerCase(Locale.ROOT);
        if (Set.of("who", "which", "that", "whose", "where", "and", "but").contains(firstWord)) return Optional.empty();
        for (int k = start; k <= end; k++) {
            // "ranking member", "acting director": a participle right before a title word is part of the title
            boolean beforeTitle = (pt.token(k).tag().equals("VBG") || pt.token(k).tag().equals("VBN")) && k < end && isTitleWord(pt.token(k + 1));
            if (pt.token(k).tag().startsWith("VB") && !"TITLE".equals(pt.token(k).ner()) && !beforeTitle) return Optional.empty();
            if ("PERSON".equals(pt.token(k).ner())) return Optional.empty(); // a list of names, not an apposition
        }
        Optional<RoleFact> role = roleIn(pt, mentions, grouping, holder, start, end, m.ref().start(), pt.token(end).endPosition());
        // "Name, President and CEO, National Urban League": a list item's next part that is an organization's name
        if (role.isPresent() && role.get().organization().isEmpty() && end + 2 <= pt.lastToken(s) && pt.token(end + 1).word().equals(",")) {
            int next = end + 2, nextEnd = segmentEnd(pt, s, next);
            for (Mention x : mentions) {
                if (x.kind() != EntityKind.ORGANIZATION || pt.tokenAt(x.ref().start()) != next) continue;
                if (pt.tokenAt(x.ref().end() - 1) < nextEnd) continue; // the whole part, not "Office of X at ..."
                RoleFact r = role.get();
                role = Optional.of(new RoleFact(r.holder(), r.title(), grouping.keyAt(x.ref()),
                        new TextRef(r.evidence().start(), Math.max(r.evidence().end(), x.ref().end()))));
                break;
            }
        }
        return role;
    }

    /**
     * "the Co-Chairs of the Council of Governors, Ohio Governor Mike DeWine and Minnesota Governor Tim Walz": a plural
     * title after "the", then a comma and the names it describes (each may carry its own title), gives every named
     * person that title in the singular.
     */
    private Optional<RoleFact> sharedPluralTitle(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping,
                                                 String holder, Mention m, int first) {
        int s = pt.sentenceOf(first);
        int k = first - 1;
        // back over the list: other names, their titles and places, "and", commas
        int comma = -1;
        for (int steps = 0; k >= pt.firstToken(s) && steps < 30; k--, steps++) {
            CoreLabel t = pt.token(k);
            String w = t.word();
            if (w.equals(",")) {
                // the comma that opens the list follows the plural title
                CoreLabel before = k - 1 >= pt.firstToken(s) ? pt.token(k - 1) : null;
                if (before != null && !"PERSON".equals(before.ner()) && !coveringPerson(mentions, before) && !isTitleWord(before)
                        && !lexicon.honorifics.contains(before.word())) { comma = k; break; }
                if (before != null && pluralTitleWord(before)) { comma = k; break; }
                continue;
            }
            if (w.equals("and") || "PERSON".equals(t.ner()) || coveringPerson(mentions, t) || lexicon.honorifics.contains(w) || titlePart(t)) continue;
            return Optional.empty();
        }
        if (comma < 0) return Optional.empty();
        // the phrase before the comma: "the Co-Chairs of the Council of Governors"
        int end = comma - 1, start = end + 1;
        while (start - 1 >= pt.firstToken(s) && end - start < 10) {
            CoreLabel t = pt.token(start - 1);
            if (!(titlePart(t) || TITLE_INNER.contains(t.word()) || pluralTitleWord(t))) break;
            start--;
        }
        int head = -1;
        for (int x = start; x <= end && head < 0; x++) if (pluralTitleWord(pt.token(x))) head = x;
        if (head <= pt.firstToken(s) || !pt.token(head - 1).word().equalsIgnoreCase("the")) return Optional.empty();
        String title = new TextRef(pt.token(head).beginPosition(), pt.token(head).endPosition()).of(pt.text());
        title = title.substring(0, title.length() - 1); // "Co-Chairs" -> "Co-Chair"
        Optional<String> org = Optional.empty();
        for (Mention x : mentions) {
            int xs = pt.tokenAt(x.ref().start());
            if (x.kind() == EntityKind.ORGANIZATION && xs > head && xs <= end) org = grouping.keyAt(x.ref());
        }
        return Optional.of(new RoleFact(holder, title, org, new TextRef(pt.token(head).beginPosition(), m.ref().end())));
    }

    /**
     * "Maeva Proteau / Director of Communications / Office of the Minister": a line holding only the name (forms of
     * address and post-nominal letters aside), the title on the next line, as signature and contact blocks and the
     * headings of ministers' releases set them out. The office is the organization the line below opens with, else an
     * organization named in the title line.
     */
    private Optional<RoleFact> titleOnTheLineBelow(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping,
                                                   String holder, Mention m, int first, int last) {
        int s = pt.sentenceOf(first);
        for (int k = pt.firstToken(s); k <= pt.lastToken(s); k++) {
            if (k >= first && k <= last) continue;
            String w = pt.token(k).word();
            if (!lexicon.honorifics.contains(w) && !lexicon.postNominals.contains(w) && !w.equals("The") && !w.equals("Honourable")) return Optional.empty();
        }
        if (s + 1 >= pt.sentences().size() || !nextLine(pt, pt.token(pt.lastToken(s)).endPosition(), pt.token(pt.firstToken(s + 1)).beginPosition()))
            return Optional.empty();
        int a = pt.firstToken(s + 1), b = pt.lastToken(s + 1);
        // the line opens with its title ("Director of ...", "Deputy Minister for ...")
        boolean opens = false;
        for (int k = a; k <= Math.min(b, a + 2) && !opens; k++) opens = isTitleWord(pt.token(k));
        if (!opens || b - a > 14) return Optional.empty();
        for (int k = a; k <= b; k++) if ("PERSON".equals(pt.token(k).ner()) || pt.token(k).tag().matches("VB[DPZ]|MD")) return Optional.empty();
        Optional<RoleFact> role = roleIn(pt, mentions, grouping, holder, a, b, m.ref().start(), pt.token(b).endPosition());
        // the office on the line below, when that line is one organization's name, is where the title is held (a word
        // of the title the tagger took for an organization, "Director of Communications", is not)
        if (role.isEmpty() || s + 2 >= pt.sentences().size()) return role;
        if (!nextLine(pt, pt.token(b).endPosition(), pt.token(pt.firstToken(s + 2)).beginPosition())) return role;
        for (Mention x : mentions) {
            if (x.kind() != EntityKind.ORGANIZATION || pt.tokenAt(x.ref().start()) != pt.firstToken(s + 2)) continue;
            RoleFact r = role.get();
            return Optional.of(new RoleFact(r.holder(), r.title(), grouping.keyAt(x.ref()), new TextRef(r.evidence().start(), x.ref().end())));
        }
        return role;
    }

    /** Only a line break (and spaces) between the two offsets. */
    private static boolean nextLine(ParsedText pt, int from, int to) {
        if (to < from) return false;
        String gap = pt.text().substring(from, to);
        return gap.chars().filter(c -> c == '\n').count() == 1 && gap.isBlank();
    }

    /** "Co-Chairs", "ministers", "commissioners": a title word written in the plural. */
    private boolean pluralTitleWord(CoreLabel t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!w.endsWith("s") || w.endsWith("ss") || w.length() < 4) return false;
        String one = w.substring(0, w.length() - 1);
        if (one.startsWith("co-")) one = one.substring(3);
        return lexicon.roleNouns.contains(one);
    }

    /** "D-N.H.", "R-Ky.", "D-ND": a U.S. party letter and a state's abbreviation written after a legislator's name. */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,5}");

    private static boolean isOpen(String w) { return w.equals("(") || w.equals("-LRB-"); }

    private static boolean isClose(String w) { return w.equals(")") || w.equals("-RRB-"); }

    /** The last token of the comma-delimited part that starts at {@code start} (parentheses kept whole). */
    private static int segmentEnd(ParsedText pt, int s, int start) {
        int end = start, depth = 0;
        while (end <= pt.lastToken(s)) {
            String w = pt.token(end).word();
            if (isOpen(w)) depth++;
            if (isClose(w)) depth--;
            if (depth == 0 && (w.equals(",") || w.equals(";") || w.equals(".") || w.equals("—") || w.equals(":"))) break;
            end++;
        }
        return end - 1;
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

    /** Words that join the parts of one title: "Secretary of State for Scotland", "Assistant to the President and Press Secretary". */
    private static final Set<String> TITLE_INNER = Set.of("of", "for", "to", "the", "and", "&", "on");

    private List<RoleFact> modifierBefore(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping,
                                          String holder, Mention m, int first) {
        return titleBefore(pt, mentions, grouping, holder, m, first).map(span -> {
            int start = span[0], end = span[1];
            // "AU chairperson President X", "Chief Minister Senator X": a title that is also a form of address
            // (extract/address-titles.txt) right after a complete title is a second title
            for (int p = start + 1; p <= end; p++) {
                CoreLabel prev = pt.token(p - 1), t = pt.token(p);
                if (lexicon.addressTitles.contains(t.word()) && isTitleWord(prev) && !lexicon.titleModifiers.contains(prev.word())
                        && lexicon.chairTitles.stream().noneMatch(c -> c.equalsIgnoreCase(t.word()))
                        && !Set.of("chief", "general", "executive", "deputy", "vice", "assistant", "associate").contains(ParsedText.lemma(prev))) {
                    List<RoleFact> two = new ArrayList<>();
                    roleIn(pt, mentions, grouping, holder, start, p - 1, pt.token(start).beginPosition(), m.ref().end()).ifPresent(two::add);
                    roleIn(pt, mentions, grouping, holder, p, end, pt.token(p).beginPosition(), m.ref().end()).ifPresent(two::add);
                    return two;
                }
            }
            return roleIn(pt, mentions, grouping, holder, start, end, pt.token(start).beginPosition(), m.ref().end()).stream().toList();
        }).orElse(List.of());
    }

    /** The tokens [start, end] of a title written before the name, if any. */
    private Optional<int[]> titleBefore(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping,
                                        String holder, Mention m, int first) {
        int s = pt.sentenceOf(first);
        int j = first - 1;
        // "Deputy Secretary of Defense Dr. Kath Hicks", "The Secretary of State (Mr. Tom King)": a form of address or
        // an opening parenthesis between the title and the name
        while (j >= pt.firstToken(s) && lexicon.honorifics.contains(pt.token(j).word())) j--;
        if (j >= pt.firstToken(s) && isOpen(pt.token(j).word()) && j < first - 1) j--;
        // "the Treasurer of Australia, Joe Hockey": a title set off by a comma, after "the" or opening the sentence
        boolean comma = j > pt.firstToken(s) && pt.token(j).word().equals(",");
        if (comma) j--;
        // "defectors X and Y": the second name shares the modifier of the first
        int k = j;
        if (!comma) while (k >= pt.firstToken(s) && (pt.token(k).word().equals("and") || pt.token(k).word().equals(",")
                || "PERSON".equals(pt.token(k).ner()))) k--;
        int end = (k < j && k >= pt.firstToken(s) && isTitleWord(pt.token(k))) ? k : j;
        if (end < pt.firstToken(s) || !(isTitleWord(pt.token(end)) || portfolioEnd(pt, end))) return Optional.empty();
        int start = end;
        while (start - 1 >= pt.firstToken(s)) {
            CoreLabel t = pt.token(start - 1);
            if (titlePart(t)) { start--; continue; }
            // "Secretary of Housing and Urban Development", "Counselor to the Secretary": joins inside one title,
            // when the words before them are capitalized title words (not a name: "A and Deputy Secretary B")
            int q = start - 1;
            while (q >= pt.firstToken(s) && TITLE_INNER.contains(pt.token(q).word())) q--;
            // the words before the join must hold a title word themselves ("Readout of President X" is no title)
            boolean titled = false;
            for (int r = q; r >= Math.max(pt.firstToken(s), q - 8) && (titlePart(pt.token(r)) || TITLE_INNER.contains(pt.token(r).word()))
                    && !"PERSON".equals(pt.token(r).ner()); r--)
                titled |= isTitleWord(pt.token(r));
            if (q < start - 1 && q >= pt.firstToken(s) && titlePart(pt.token(q)) && !"PERSON".equals(pt.token(q).ner())
                    && ParsedText.capitalized(pt.token(q)) && titled) {
                start = q;
                continue;
            }
            break;
        }
        while (start < end && TITLE_INNER.contains(pt.token(start).word())) start++;
        if (comma) {
            // only "the Title, Name" or a sentence opening with the title: not a list ("A, Secretary B")
            boolean opens = start == pt.firstToken(s) || Set.of("the", "The", "by", ":").contains(pt.token(start - 1).word());
            if (!opens) return Optional.empty();
            int after = pt.tokenAt(m.ref().end() - 1) + 1;
            while (after <= pt.lastToken(s) && lexicon.postNominals.contains(pt.token(after).word())) after++; // "Name MS"
            if (after <= pt.lastToken(s) && !Set.of(",", ".", ";", "(", "-LRB-").contains(pt.token(after).word())) return Optional.empty();
        }
        return Optional.of(new int[] {start, end});
    }

    /** A word that may stand in a title before a name: title words, organizations, places, modifiers. */
    private boolean titlePart(CoreLabel t) {
        String w = t.word();
        return isTitleWord(t) || "TITLE".equals(t.ner()) || lexicon.titleModifiers.contains(w)
                || "ORGANIZATION".equals(t.ner()) || "COUNTRY".equals(t.ner()) || "NATIONALITY".equals(t.ner())
                || w.equals("'s") || w.equals("’s") || w.equals("'") || t.tag().equals("JJ") || t.tag().equals("NN")
                || (t.tag().equals("NNP") || t.tag().equals("NNPS")) && !"PERSON".equals(t.ner());
    }

    /** "Member for Brisbane", "Treasurer of Australia": a title word followed by its portfolio or place. */
    private boolean portfolioEnd(ParsedText pt, int end) {
        int s = pt.sentenceOf(end);
        if (!ParsedText.capitalized(pt.token(end)) || "PERSON".equals(pt.token(end).ner())) return false;
        boolean inner = false;
        for (int x = end; x >= Math.max(pt.firstToken(s), end - 8); x--) {
            CoreLabel t = pt.token(x);
            if (inner && isTitleWord(t)) return true;
            if (TITLE_INNER.contains(t.word())) { inner = true; continue; }
            if (!ParsedText.capitalized(t) || "PERSON".equals(t.ner())) return false;
        }
        return false;
    }

    /** The title and organization stated in tokens [start, end]. */
    private Optional<RoleFact> roleIn(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping, String holder,
                                      int start, int end, int evidenceStart, int evidenceEnd) {
        // the title: from its first title word on, through the words and joins of one title ("Deputy Assistant to the
        // President for Racial Justice and Equity", "President and CEO", "associate professor"); a lower-case word
        // continues it only before any join ("ranking member on the committee" is "ranking member")
        int first = -1;
        for (int k = start; k <= end && first < 0; k++) if (isTitleWord(pt.token(k)) || "TITLE".equals(pt.token(k).ner())) first = k;
        if (first < 0) return Optional.empty();
        int titleEnd = first;
        boolean joined = false;
        for (int k = first + 1; k <= end; k++) {
            CoreLabel t = pt.token(k);
            String w = t.word();
            if ("PERSON".equals(t.ner()) || w.equals("'s") || w.equals("’s") || coveringPerson(mentions, t)) break;
            if (TITLE_INNER.contains(w)) { joined = true; continue; }
            boolean word = isTitleWord(t) || "TITLE".equals(t.ner()) || isElect(t)
                    || ParsedText.capitalized(t) && (t.tag().startsWith("NN") || t.tag().startsWith("JJ") || "ORGANIZATION".equals(t.ner())
                        || "COUNTRY".equals(t.ner()) || w.contains("-"))
                    || !joined && (t.tag().equals("NN") || t.tag().equals("NNS") || t.tag().startsWith("JJ"));
            if (!word) break;
            titleEnd = k;
        }
        int titleStart = first;
        Mention placePrefix = null;
        while (titleStart - 1 >= start) {
            CoreLabel t = pt.token(titleStart - 1);
            boolean modifier = "TITLE".equals(t.ner()) || isTitleWord(t) || lexicon.titleModifiers.contains(t.word())
                    || (t.tag().startsWith("JJ") || t.tag().equals("NN") || t.tag().equals("NNS") || t.tag().equals("VBN")
                        || t.tag().equals("VBG") && titleStart == first
                        || (t.tag().equals("NNP") || t.tag().equals("NNPS")) && "O".equals(t.ner()))
                    && !"NATIONALITY".equals(t.ner()) && !"ORDINAL".equals(t.ner()) && !"NUMBER".equals(t.ner());
            if (modifier && lexicon.titleNonModifiers.contains(t.word())) break; // "the new Secretary of State"
            if (modifier && !Mention.anyCovers(mentions, t)) { titleStart--; continue; }
            // "City Auditor and Clerk": "and" inside the span, a capitalized word before it
            if ((t.word().equals("and") || t.word().equals("&")) && titleStart - 2 >= start && ParsedText.capitalized(pt.token(titleStart - 2))
                    && !Mention.anyCovers(mentions, pt.token(titleStart - 2))) { titleStart -= 2; continue; }
            // "Ohio Governor", "U.S. Deputy Secretary of Education", "a Korea expert": a place right before the title
            // is part of it as written, and where it is held
            Mention place = coveringPlace(mentions, t);
            if (place != null && placePrefix == null && pt.tokenAt(place.ref().start()) >= start) {
                placePrefix = place;
                titleStart = pt.tokenAt(place.ref().start());
                continue;
            }
            break;
        }
        String title = new TextRef(pt.token(titleStart).beginPosition(), pt.token(titleEnd).endPosition()).of(pt.text());
        // the organization: a possessor before the title, else the last organization named in the phrase ("director of
        // the X Program at Y University": Y), else a place in it ("Treasurer of Australia")
        Optional<String> org = Optional.empty(), lastOrg = Optional.empty(), place = Optional.empty();
        for (Mention x : mentions) {
            if (x.kind() == EntityKind.PERSON) continue;
            int xs = pt.tokenAt(x.ref().start());
            if (xs < start || xs > end) continue;
            int after = pt.tokenAt(x.ref().end() - 1) + 1;
            boolean possessor = xs < titleStart && after <= end && (pt.token(after).word().equals("'s") || pt.token(after).word().equals("’s"));
            if (possessor) { org = grouping.keyAt(x.ref()); break; }
            if (x.kind() == EntityKind.ORGANIZATION) lastOrg = grouping.keyAt(x.ref());
            else if (place.isEmpty()) place = grouping.keyAt(x.ref());
        }
        if (org.isEmpty()) org = lastOrg.isPresent() ? lastOrg : place;
        return Optional.of(new RoleFact(holder, singular(title), org, new TextRef(Math.min(evidenceStart, evidenceEnd), evidenceEnd)));
    }

    private static boolean coveringPerson(List<Mention> mentions, CoreLabel t) {
        for (Mention m : mentions)
            if (m.kind() == EntityKind.PERSON && m.ref().start() <= t.beginPosition() && t.endPosition() <= m.ref().end()) return true;
        return false;
    }

    private static Mention coveringPlace(List<Mention> mentions, CoreLabel t) {
        for (Mention m : mentions)
            if (m.kind() == EntityKind.PLACE && m.ref().start() <= t.beginPosition() && t.endPosition() <= m.ref().end()) return m;
        return null;
    }

    /** "Mayor-elect", "President-Elect": a title word with "-elect". */
    private boolean isElect(CoreLabel t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.endsWith("-elect") && lexicon.roleNouns.contains(w.substring(0, w.length() - "-elect".length()));
    }

    private boolean isTitleWord(CoreLabel t) {
        if ("TITLE".equals(t.ner()) || isElect(t) || lexicon.titleAbbreviations.contains(t.word())) return true;
        String lower = t.word().toLowerCase(Locale.ROOT);
        if (lower.startsWith("co-") && lexicon.roleNouns.contains(lower.substring(3))) return true; // "Co-Chair"
        String tag = t.tag();
        return tag != null && tag.startsWith("NN") && lexicon.roleNouns.contains(ParsedText.lemma(t));
    }

    /**
     * "Minister Joly" after "Mélanie Joly, Minister of Foreign Affairs": a title used as a form of address before the
     * name is the short form of the fuller title the same person is given elsewhere, not a second office. A title whose
     * words open another title of the same holder (and that names no other organization) is dropped.
     */
    private static List<RoleFact> withoutShortForms(List<RoleFact> in) {
        List<RoleFact> out = new ArrayList<>();
        for (RoleFact r : in) {
            String shortForm = r.title().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean covered = in.stream().anyMatch(o -> {
                if (o == r || !o.holder().equals(r.holder())) return false;
                if (r.organization().isPresent() && !r.organization().equals(o.organization())) return false;
                String full = o.title().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                // the head noun first, its portfolio after: "Minister" of "Minister of X"; not "Governor" of "Ohio
                // Governor" or "President" of "Vice President", which may be other offices
                return full.startsWith(shortForm + " ");
            });
            if (!covered) out.add(r);
        }
        return out;
    }

    /** "defectors" -> "defector", as a title of one person. */
    private String singular(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") && !lower.endsWith("ss") && lexicon.roleNouns.contains(lower.substring(lower.lastIndexOf(' ') + 1, lower.length() - 1)))
            return title.substring(0, title.length() - 1);
        return title;
    }


    private static List<RoleFact> dedupe(List<RoleFact> in) {
        List<RoleFact> out = new ArrayList<>(withoutShortForms(in));
        in = out;
        out = new ArrayList<>();
        for (RoleFact r : in) {
            boolean dup = out.stream().anyMatch(o -> o.holder().equals(r.holder()) && o.title().equalsIgnoreCase(r.title())
                    && (o.organization().equals(r.organization()) || r.organization().isEmpty()));
            if (dup) continue;
            // the same title stated again with its organization replaces the bare one
            out.removeIf(o -> o.holder().equals(r.holder()) && o.title().equalsIgnoreCase(r.title()) && o.organization().isEmpty());
            out.add(r);
        }
        return out;
    }
}
