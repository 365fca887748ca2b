package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the names of persons, organizations and places. Starts from CoreNLP's entity mentions and corrects
 * their known failures with general rules: pronouns are not names; country abbreviations tagged as
 * organizations are places; a parenthesised acronym names (and completes) the capitalised phrase before it;
 * "X Council and Y Council" is two organizations; a capitalised phrase headed by an organization word
 * ("... Alliance for ...") or named after "director of" is an organization even when the model missed it.
 */
final class MentionFinder {
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "in", "on", "and", "de", "la", "du",
            "des", "del", "der", "von", "van", "&", "to");
    private static final Set<String> PLACE_TYPES = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION");
    private static final java.util.regex.Pattern GENERATIONAL_SUFFIX = java.util.regex.Pattern.compile("(?:Jr|Sr|JR|SR)\\.?|II|III|IV");

    private final Lexicon lexicon;

    MentionFinder(Lexicon lexicon) { this.lexicon = lexicon; }

    List<Mention> find(ParsedText pt) {
        List<Mention> out = new ArrayList<>();
        for (CoreEntityMention m : pt.document().entityMentions()) {
            String type = m.entityType();
            var o = m.charOffsets();
            TextRef ref = new TextRef(o.first, o.second);
            int sentence = m.tokens().get(0).sentIndex();
            String text = ref.of(pt.text());
            if ("PERSON".equals(type)) {
                if (m.tokens().stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"))) continue;
                if (GENERATIONAL_SUFFIX.matcher(text).matches()) continue; // ", Jr." cut off the name before it
                out.add(new Mention(ref, EntityKind.PERSON, text, sentence));
            } else if ("ORGANIZATION".equals(type)) {
                int open = text.indexOf('(');
                if (open > 0 && text.indexOf(')', open) < 0) { // "Department of Education (Department": the name ends before the bracket
                    text = text.substring(0, open).stripTrailing();
                    ref = new TextRef(ref.start(), ref.start() + text.length());
                }
                if (lexicon.documentHeads.contains(lastWord(text)) || lexicon.activityHeads.contains(lastWord(text))) {
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
        honorificsOutOfNames(pt, out);
        namesAfterHonorifics(pt, out);
        governments(pt, out);
        extendLeft(pt, out);
        acronyms(pt, out);
        headedOrganizations(pt, out);
        extendLeft(pt, out); // again, for the names the last two rules found
        out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
        joinSplitNames(pt, out);
        reshapeOrganizations(pt, out);
        personsAfterTitles(pt, out);
        holderAfterPortfolio(pt, out);
        portfoliosAfterOf(pt, out);
        citiesBeforeStates(pt, out);
        initialledNames(out);
        modifiersOfNouns(pt, out);
        headlineOrganizations(pt, out);
        return dedupe(out);
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

    /**
     * The model sometimes cuts one name in two: "Senate Homeland Security" + "and Governmental Affairs Committee",
     * "NAACP" + "Legal Defense Fund". Two organization mentions of a sentence joined only by a space, "and" or
     * "&" are one name when the second ends with an organization word and the first does not (else they are two
     * organizations: "the Security Council and the Human Rights Council").
     */
    private void joinSplitNames(ParsedText pt, List<Mention> out) {
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention a = out.get(i), b = out.get(i + 1);
            if (a.kind() != EntityKind.ORGANIZATION || b.kind() != EntityKind.ORGANIZATION || a.sentence() != b.sentence()) continue;
            if (a.ref().end() > b.ref().start()) continue;
            String gap = pt.text().substring(a.ref().end(), b.ref().start());
            if (!(gap.equals(" ") || gap.equals(" and ") || gap.equals(" & "))) continue;
            if (!lexicon.organizationHeads.contains(lastWord(b.text())) || lexicon.organizationHeads.contains(lastWord(a.text()))) continue;
            TextRef r = new TextRef(a.ref().start(), b.ref().end());
            out.set(i, new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), a.sentence()));
            out.remove(i + 1);
            i--;
        }
    }

    /**
     * Organization names the model ran into neighbouring words: "Headquarters of the X Command" is X; "X Council
     * Permanent Representatives" are people of X; "X Council Meeting" is X's meeting; "Y Convening of ..." is an
     * event; "Civil Rights Organizations" (a plural organization word ending the name, no other) is a category.
     */
    private void reshapeOrganizations(ParsedText pt, List<Mention> out) {
        Set<String> places = placeNames(out);
        places.addAll(lexicon.placeAliases.keySet());
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent()) continue;
            int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
            if (a < 0 || b < a) continue;
            if (b - a >= 3 && pt.token(a).word().equals("Headquarters") && pt.token(a + 1).word().equals("of"))
                a += pt.token(a + 2).word().equalsIgnoreCase("the") ? 3 : 2;
            int lastHead = -1;
            boolean eventInside = false;
            for (int k = a; k <= b; k++) {
                if (lexicon.organizationHeads.contains(pt.token(k).word())) lastHead = k;
                if (k > a && k < b && ParsedText.capitalized(pt.token(k)) && lexicon.meetingNouns.contains(ParsedText.lemma(pt.token(k)))
                        && Set.of("of", "on", "for").contains(pt.token(k + 1).word()) && lastHead < k) eventInside = true;
            }
            CoreLabel last = pt.token(b);
            // a category ("Civil Rights Organizations"), unless a place's name makes it one body ("Tuscaloosa City Schools")
            if (eventInside || lastHead < 0 && b > a && pluralOfHead(last.word()) && !places.contains(pt.token(a).word())) { out.remove(i--); continue; }
            if (lastHead >= a && lastHead < b) {
                int c = b;
                while (c > lastHead && lexicon.meetingNouns.contains(ParsedText.lemma(pt.token(c)))) c--;
                if (c == b && isRoleWord(last)) { // people of the organization: cut back to its head
                    c = lastHead; // unless the role word is inside the name: "Council of Chief State School Officers"
                    for (int k = a + 1; k < b; k++) if (CONNECTORS.contains(pt.token(k).word())) c = b;
                }
                b = c;
            }
            // "Quad Leaders", "Quad Foreign Ministers": no organization word, ending in people of the organization
            if (lastHead < 0 && b > a && isRoleWord(last) && !lexicon.governmentWords.contains(last.word())) { // not "Northern Ireland Executive"
                boolean connector = false;
                for (int k = a + 1; k < b; k++) connector |= CONNECTORS.contains(pt.token(k).word());
                int c = b;
                while (!connector && c > a && (isRoleWord(pt.token(c)) || c < b && lexicon.titleModifiers.contains(pt.token(c).word()))) c--;
                b = c;
            }
            // "White House Press" + "Secretary": a word that premodifies a title belongs to the title that follows
            while (b > a && lexicon.titleModifiers.contains(pt.token(b).word()) && followedBy(pt, b, this::isRoleWord)) b--;
            // "Department of Defense Fiscal" + "year": an adjective of the common noun after the name is not part of it
            if (b > a && "JJ".equals(pt.token(b).tag())
                    && followedBy(pt, b, t -> t.tag().startsWith("NN") && !ParsedText.capitalized(t))) b--;
            TextRef r = new TextRef(pt.token(a).beginPosition(), pt.token(b).endPosition());
            if (!r.equals(m.ref())) out.set(i, new Mention(r, m.kind(), r.of(pt.text()), m.sentence()));
        }
    }

    /** A headline in title case or capitals: nearly every word of four letters or more starts with a capital. */
    private static boolean capitalsCarryNoInformation(ParsedText pt, Mention m) {
        int sentence = pt.sentenceOf(pt.tokenAt(m.ref().start()));
        int words = 0, capitalized = 0;
        for (int k = pt.firstToken(sentence); k <= pt.lastToken(sentence); k++) {
            CoreLabel t = pt.token(k);
            if (t.word().length() < 4 || !Character.isLetter(t.word().codePointAt(0))) continue;
            words++;
            if (ParsedText.capitalized(t)) capitalized++;
        }
        return words > 0 && capitalized * 10 >= words * 9;
    }

    private static boolean allCapitals(ParsedText pt, Mention m) {
        int sentence = pt.sentenceOf(pt.tokenAt(m.ref().start()));
        TextRef r = pt.sentenceRef(sentence);
        String s = r.of(pt.text());
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** The texts of the place names found so far (a new, modifiable set). */
    private static Set<String> placeNames(List<Mention> out) {
        Set<String> places = new java.util.HashSet<>();
        for (Mention p : out) if (p.kind() == EntityKind.PLACE) places.add(p.text());
        return places;
    }

    private static boolean followedBy(ParsedText pt, int k, java.util.function.Predicate<CoreLabel> p) {
        return k + 1 < pt.tokens().size() && pt.sentenceOf(k + 1) == pt.sentenceOf(k) && p.test(pt.token(k + 1));
    }

    /**
     * "Mayor-elect Hollies Winston", "Governor Smith": capitalised words right after a person's title, with no
     * organization word, acronym or place name among them, are the person's name even where the model said
     * organization. Not in a list item's "Name, Title Organization", where the name came first.
     */
    private void personsAfterTitles(ParsedText pt, List<Mention> out) {
        Set<String> places = placeNames(out);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent() || m.words() > 3) continue;
            int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
            if (a < 1 || b < a || pt.sentenceOf(a - 1) != pt.sentenceOf(a)) continue;
            CoreLabel before = pt.token(a - 1);
            if (!ParsedText.capitalized(before) || !isRoleWord(before)) continue;
            if (a >= 2 && pt.token(a - 2).word().equals(",")) continue;
            boolean nameLike = true;
            for (int k = a; k <= b; k++) {
                String w = pt.token(k).word();
                if (!ParsedText.capitalized(pt.token(k)) || lexicon.organizationHeads.contains(w) || pluralOfHead(w)
                        || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) || places.contains(w)) nameLike = false;
            }
            if (nameLike) out.set(i, new Mention(m.ref(), EntityKind.PERSON, m.text(), m.sentence()));
        }
    }

    /**
     * "Secretary of Housing and Urban Development Marcia Fudge": after a title and "of", the model can run the
     * portfolio and the holder's name into one organization. Where the name's last two or three words start with a
     * given name (CoreNLP's list of first names), they are the person and the rest is the portfolio.
     */
    private void holderAfterPortfolio(ParsedText pt, List<Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent()) continue;
            int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
            boolean afterTitle = a >= 2 && b - a >= 2 && pt.token(a - 1).word().equals("of") && isRoleWord(pt.token(a - 2));
            if (b - a < 2) continue;
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
                if (!name || CONNECTORS.contains(pt.token(k - 1).word())) continue;
                TextRef org = new TextRef(m.ref().start(), pt.token(k - 1).endPosition());
                TextRef person = new TextRef(pt.token(k).beginPosition(), m.ref().end());
                out.set(i, new Mention(org, EntityKind.ORGANIZATION, org.of(pt.text()), m.sentence()));
                out.add(i + 1, new Mention(person, EntityKind.PERSON, person.of(pt.text()), m.sentence()));
                i++;
                break;
            }
        }
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
            for (int x = 0; x < k; x++) if (!ParsedText.capitalized(tokens.get(x)) && !CONNECTORS.contains(tokens.get(x).word())) return Optional.empty();
            TextRef r = new TextRef(tokens.get(0).beginPosition(), tokens.get(k - 1).endPosition());
            return Optional.of(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), sentence));
        }
        return Optional.empty();
    }

    /**
     * "Secretary of Agriculture", "Minister of Foreign Affairs", "Secretary of Housing and Urban Development": a
     * capitalised phrase after a government portfolio title and "of", with no article and no organization word, is
     * the portfolio, not an organization ("director of X" still names one: directors head organizations).
     */
    private void portfoliosAfterOf(ParsedText pt, List<Mention> out) {
        out.removeIf(m -> {
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent()) return false;
            int a = pt.tokenAt(m.ref().start());
            if (a < 2 || !pt.token(a - 1).word().equals("of") || !lexicon.portfolioTitles.contains(ParsedText.lemma(pt.token(a - 2)))) return false;
            for (String w : m.text().split(" +")) if (lexicon.organizationHeads.contains(w) || pluralOfHead(w) || w.equalsIgnoreCase("the")) return false;
            return true;
        });
    }

    /**
     * "Senate colleagues", "before Senate panel", "Congressional leaders", "House-Senate conference": one word that
     * is an organization word, an adjective or a hyphenated pair, modifying the common noun after it, describes the
     * noun rather than naming an organization. Acronyms ("BBC reporters") still name theirs.
     */
    private void modifiersOfNouns(ParsedText pt, List<Mention> out) {
        out.removeIf(m -> {
            if (m.kind() != EntityKind.ORGANIZATION || m.words() != 1 || m.acronymOf().isPresent()) return false;
            int a = pt.tokenAt(m.ref().start());
            if (a < 0 || pt.tokenAt(m.ref().end() - 1) != a) return false;
            CoreLabel t = pt.token(a);
            String w = t.word();
            boolean modifierShape = lexicon.organizationHeads.contains(w) || "JJ".equals(t.tag())
                    || w.matches("\\p{Lu}\\p{Ll}+(?:ional|ial|ary)") // "Congressional", "Presidential", "Parliamentary"
                    || w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)+");
            return modifierShape && followedBy(pt, a, n -> n.tag().startsWith("NN") && !n.tag().startsWith("NNP") && !ParsedText.capitalized(n));
        });
    }

    /** "Mayor Jane Doe, Newport News, VA": a name the model read as an organization, followed by a state, is a city. */
    private void citiesBeforeStates(ParsedText pt, List<Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent()) continue;
            int b = pt.tokenAt(m.ref().end() - 1);
            if (b < 0 || b + 2 >= pt.tokens().size() || !pt.token(b + 1).word().equals(",")) continue;
            if (!"STATE_OR_PROVINCE".equals(pt.token(b + 2).ner())) continue;
            boolean headed = false;
            for (String w : m.text().split(" +")) headed |= lexicon.organizationHeads.contains(w) || pluralOfHead(w);
            if (!headed) out.set(i, new Mention(m.ref(), EntityKind.PLACE, m.text(), m.sentence()));
        }
    }

    /** "Austan D. Goolsbee": a given name, a middle initial and a family name is a person's name, whatever the model said. */
    private void initialledNames(List<Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent()) continue;
            String[] w = m.text().trim().split(" +");
            if (w.length == 3 && w[1].matches("\\p{Lu}\\.") && w[0].matches("\\p{Lu}\\p{Ll}+") && w[2].matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?")
                    && !lexicon.organizationHeads.contains(w[2]))
                out.set(i, new Mention(m.ref(), EntityKind.PERSON, m.text(), m.sentence()));
        }
    }

    /**
     * Headlines are written in title case or capitals, which the model reads poorly ("North Korea Expels BBC
     * Journalists" gives "Expels BBC"). An organization named in the headline is kept as far as the body names the
     * same organization: whole, or its longest ending the body names ("BBC"); one the body never names is dropped.
     */
    private void headlineOrganizations(ParsedText pt, List<Mention> out) {
        Set<String> inBody = new java.util.HashSet<>();
        for (Mention m : out) if (!pt.inTitle(m.ref().start())) inBody.add(m.text().toLowerCase(Locale.ROOT));
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION || !pt.inTitle(m.ref().start()) || !capitalsCarryNoInformation(pt, m)) continue;
            if (EntityGrouper.isAcronym(m.text()) && !allCapitals(pt, m)) continue; // "NSC" in a title-case headline is still an acronym
            int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
            int from = -1;
            for (int k = a; k <= b && from < 0; k++) {
                TextRef r = new TextRef(pt.token(k).beginPosition(), m.ref().end());
                if (inBody.contains(r.of(pt.text()).toLowerCase(Locale.ROOT))) from = k;
            }
            if (from < 0) { out.remove(i--); continue; }
            if (from > a) {
                TextRef r = new TextRef(pt.token(from).beginPosition(), m.ref().end());
                out.set(i, new Mention(r, m.kind(), r.of(pt.text()), m.sentence()));
            }
        }
    }


    private boolean pluralOfHead(String w) {
        return w.endsWith("ies") && lexicon.organizationHeads.contains(w.substring(0, w.length() - 3) + "y")
                || w.endsWith("s") && lexicon.organizationHeads.contains(w.substring(0, w.length() - 1));
    }

    /**
     * "Rt Hon David Cameron MP", "Hon Nicola Sturgeon MSP": forms of address before a name and post-nominal letters
     * after it (two word lists) are no part of the name. A mention of any kind that starts with a form of address
     * and goes on with capitalised words that are no organization's is a person ("Rt Hon William Hague", which the
     * model took for a place).
     */
    private void honorificsOutOfNames(ParsedText pt, List<Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.acronymOf().isPresent()) continue;
            int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
            if (a < 0 || b < a) continue;
            int a0 = a, b0 = b;
            boolean addressed = false; // by a form of address proper: "The Hague" is no person
            while (a < b && lexicon.honorifics.contains(pt.token(a).word())) addressed |= !Set.of("The", "Right").contains(pt.token(a++).word());
            if (m.kind() != EntityKind.PERSON && !(addressed && nameLike(pt, a, b))) continue;
            while (b > a && (lexicon.postNominals.contains(pt.token(b).word()) || pt.token(b).word().equals(","))) b--;
            if (a == a0 && b == b0 && m.kind() == EntityKind.PERSON) continue;
            TextRef r = new TextRef(pt.token(a).beginPosition(), pt.token(b).endPosition());
            out.set(i, new Mention(r, EntityKind.PERSON, r.of(pt.text()), m.sentence()));
        }
    }

    /** Capitalised words, none an organization word or title, at most four: the shape of a person's name. */
    private boolean nameLike(ParsedText pt, int a, int b) {
        if (b - a > 3) return false;
        for (int k = a; k <= b; k++) {
            CoreLabel t = pt.token(k);
            if (!ParsedText.capitalized(t) && !lexicon.postNominals.contains(t.word())) return false;
            if (lexicon.organizationHeads.contains(t.word()) || isRoleWord(t) || CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * "Mr David Amess", "DAME ANNE BEGG", "Mrs. Janet Lander": a courtesy title followed by capitalised words the
     * model left untagged (capitals defeat it) names a person: the words, up to three, without the title.
     */
    private void namesAfterHonorifics(ParsedText pt, List<Mention> out) {
        List<CoreLabel> toks = pt.tokens();
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < toks.size(); i++) {
            String w = toks.get(i).word();
            if (!lexicon.honorifics.contains(w) || w.equals("The") || w.equals("Right") || Mention.anyCovers(out, toks.get(i + 1))) continue;
            int s = toks.get(i).sentIndex(), a = i + 1, b = a;
            while (a < toks.size() && toks.get(a).sentIndex() == s && lexicon.honorifics.contains(toks.get(a).word())) a++;
            b = a - 1;
            while (b + 1 < toks.size() && toks.get(b + 1).sentIndex() == s && b + 1 - a < 3 && ParsedText.capitalized(toks.get(b + 1))
                    && !lexicon.postNominals.contains(toks.get(b + 1).word()) && !Mention.anyCovers(out, toks.get(b + 1))
                    && Character.isLetter(toks.get(b + 1).word().codePointAt(0))) b++;
            if (b < a || !nameLike(pt, a, b)) continue;
            TextRef r = new TextRef(toks.get(a).beginPosition(), toks.get(b).endPosition());
            found.add(new Mention(r, EntityKind.PERSON, r.of(pt.text()), s));
            i = b;
        }
        out.addAll(found);
        out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
    }

    /**
     * "the Government of Nigeria", "the Federal Government of Somalia", "the Scottish Government", "HM government",
     * "the Northern Ireland Executive": a government named by its country (before or after it) is an organization.
     */
    private void governments(ParsedText pt, List<Mention> out) {
        List<CoreLabel> toks = pt.tokens();
        for (int i = 1; i < toks.size(); i++) {
            CoreLabel g = toks.get(i), before = toks.get(i - 1);
            if (!lexicon.governmentWords.contains(g.word()) || before.sentIndex() != g.sentIndex() || Mention.anyCovers(out, g)) continue;
            int from = -1;
            if ("NATIONALITY".equals(before.ner()) || before.word().equals("HM")) from = i - 1;
            // a place, or a place the model took for an organization ("Northern Ireland" + "Executive")
            for (Mention p : out)
                if (p.ref().end() == before.endPosition() && (p.kind() == EntityKind.PLACE
                        || p.kind() == EntityKind.ORGANIZATION && p.acronymOf().isEmpty() && ParsedText.capitalized(g)))
                    from = pt.tokenAt(p.ref().start());
            if (from < 0) continue;
            // "Northern" + "Ireland" as two places: the whole run of capitalised place words
            while (from - 1 >= pt.firstToken(g.sentIndex()) && ParsedText.capitalized(toks.get(from - 1))) {
                CoreLabel p = toks.get(from - 1);
                boolean place = out.stream().anyMatch(m -> m.kind() == EntityKind.PLACE && m.ref().start() <= p.beginPosition() && p.endPosition() <= m.ref().end());
                if (!place && !"NATIONALITY".equals(p.ner())) break;
                from--;
            }
            TextRef r = new TextRef(toks.get(from).beginPosition(), g.endPosition());
            out.removeIf(m -> r.contains(m.ref()));
            out.add(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), g.sentIndex()));
        }
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (!toks.get(i).word().equals("Government") || !toks.get(i + 1).word().equals("of")) continue;
            CoreLabel next = toks.get(i + 2);
            Optional<Mention> place = out.stream().filter(m -> m.kind() == EntityKind.PLACE && m.ref().start() == next.beginPosition()).findFirst();
            if (place.isEmpty() || Mention.anyCovers(out, toks.get(i))) continue;
            TextRef r = new TextRef(toks.get(i).beginPosition(), place.get().ref().end());
            out.add(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), next.sentIndex()));
        }
        out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
    }

    private static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1];
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

    /** "Nine Stars Alliance": a capitalised word the model tagged as a number (or nothing) before an organization name. */
    private void extendLeft(ParsedText pt, List<Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.kind() != EntityKind.ORGANIZATION) continue;
            int first = pt.tokenAt(m.ref().start());
            int j = first - 1;
            boolean headed = lexicon.organizationHeads.contains(lastWord(m.text()));
            int from = pt.firstToken(m.sentence()) + 1;
            while (true) {
                if (j >= from && bareCapitalized(pt.token(j))) { j--; continue; }
                // "Boys and Girls Club", "Education and Labor Committee": a capitalised word joined to a headed name
                // "Lawyers’ Committee", "Children’s Defense Fund": a capitalised plural in the possessive
                boolean conjunct = headed && j - 1 >= from && Set.of("and", "&").contains(pt.token(j).word()) && bareCapitalized(pt.token(j - 1))
                        && !lexicon.organizationHeads.contains(pt.token(j - 1).word());
                boolean possessive = j - 1 >= from && pt.token(j).word().matches("['’]s?") && bareCapitalized(pt.token(j - 1))
                        && pt.token(j - 1).tag().matches("NNP?S");
                if (conjunct || possessive) { j -= 2; continue; }
                break;
            }
            if (j < first - 1) {
                TextRef r = new TextRef(pt.token(j + 1).beginPosition(), m.ref().end());
                out.set(i, new Mention(r, m.kind(), r.of(pt.text()), m.sentence()));
            }
        }
    }

    private static boolean bareCapitalized(CoreLabel t) {
        return ParsedText.capitalized(t) && Set.of("NUMBER", "O", "MISC").contains(t.ner())
                && !CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT)) && !t.tag().startsWith("PRP") && !t.tag().equals("DT");
    }

    /** "the Office of the High Commissioner for Human Rights (OHCHR)": the phrase is an organization, the acronym its name. */
    private void acronyms(ParsedText pt, List<Mention> out) {
        List<CoreLabel> toks = pt.tokens();
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!toks.get(i).word().equals("(") && !toks.get(i).word().equals("-LRB-")) continue;
            CoreLabel acr = toks.get(i + 1);
            String a = acr.word().replace(".", "");
            if (!(toks.get(i + 2).word().equals(")") || toks.get(i + 2).word().equals("-RRB-"))) continue;
            if (a.length() < 2 || a.length() > 10 || !a.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) continue;
            int sentence = acr.sentIndex();
            // the capitalised phrase before the parenthesis; people are not given acronyms in parentheses, so a
            // "person" with one ("Archer Daniels Midland (ADM)") is a company named after people
            int end = i - 1, start = end;
            CoreLabel beforeBracket = toks.get(end);
            Optional<Mention> person = out.stream().filter(m -> m.kind() == EntityKind.PERSON
                    && m.ref().end() == beforeBracket.endPosition()).findFirst();
            if (person.isPresent()) {
                start = pt.tokenAt(person.get().ref().start());
            } else {
                while (start - 1 >= pt.firstToken(sentence)) {
                    CoreLabel t = toks.get(start - 1);
                    String lw = t.word().toLowerCase(Locale.ROOT);
                    if (t.ner() != null && (t.ner().equals("TITLE") || t.ner().equals("PERSON"))) break;
                    if (ParsedText.capitalized(t) || CONNECTORS.contains(lw)) start--; else break;
                }
            }
            while (start < end && CONNECTORS.contains(toks.get(start).word().toLowerCase(Locale.ROOT))) start++;
            if (start > end) continue;
            List<CoreLabel> phrase = toks.subList(start, end + 1);
            if (!acronymFits(a, phrase)) continue;
            TextRef longRef = new TextRef(toks.get(start).beginPosition(), toks.get(end).endPosition());
            TextRef acrRef = new TextRef(acr.beginPosition(), acr.endPosition());
            EntityKind kind = EntityKind.ORGANIZATION;
            // an acronym of a place is not an organization: keep what the model said
            boolean place = out.stream().anyMatch(m -> m.kind() == EntityKind.PLACE && m.ref().equals(longRef));
            if (place) continue;
            if (person.isPresent()) out.remove(person.get());
            boolean knownOrg = person.isPresent() || out.stream().anyMatch(m -> m.kind() == EntityKind.ORGANIZATION && m.ref().overlaps(longRef));
            boolean headed = phrase.stream().anyMatch(t -> lexicon.organizationHeads.contains(t.word()));
            if (!knownOrg && !headed) continue;
            out.removeIf(m -> m.ref().overlaps(longRef) && longRef.contains(m.ref()) || m.ref().overlaps(acrRef));
            out.add(new Mention(longRef, kind, longRef.of(pt.text()), sentence));
            out.add(new Mention(acrRef, kind, acrRef.of(pt.text()), sentence, Optional.of(longRef)));
        }
    }

    /**
     * The acronym's letters are the initials of the phrase's capitalised words, in order, anchored at the last word;
     * or, for acronyms that take more than initials ("NACO", National Association of Counties), they are found in
     * the phrase from right to left with the first at the start of a word (Schwartz and Hearst, "A simple algorithm
     * for identifying abbreviation definitions in biomedical text", PSB 2003), the phrase's first word included.
     */
    static boolean acronymFits(String acronym, List<CoreLabel> phrase) {
        return initialsFit(acronym, phrase) || lettersFit(acronym.replaceAll("[^\\p{L}\\p{N}]", ""), phrase);
    }

    private static boolean lettersFit(String shortForm, List<CoreLabel> phrase) {
        if (shortForm.length() < 2 || phrase.size() < 2 || phrase.size() > shortForm.length() + 3) return false;
        StringBuilder b = new StringBuilder();
        for (CoreLabel t : phrase) b.append(b.length() == 0 ? "" : " ").append(t.word());
        String longForm = b.toString().toLowerCase(Locale.ROOT), sf = shortForm.toLowerCase(Locale.ROOT);
        int l = longForm.length() - 1;
        for (int k = sf.length() - 1; k >= 0; k--) {
            char c = sf.charAt(k);
            while (l >= 0 && (longForm.charAt(l) != c || k == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1)))) l--;
            if (l < 0) return false;
            l--;
        }
        // the definition starts at the phrase's first word, else the phrase is longer than the name
        return longForm.lastIndexOf(' ', Math.max(l, 0)) < 0;
    }

    /** The acronym's letters are the initials of the phrase's capitalised words, in order, anchored at the last word. */
    private static boolean initialsFit(String acronym, List<CoreLabel> phrase) {
        List<Character> initials = new ArrayList<>();
        for (CoreLabel t : phrase) {
            if (!ParsedText.capitalized(t)) continue;
            for (String part : t.word().split("-")) if (!part.isEmpty()) initials.add(Character.toUpperCase(part.charAt(0)));
        }
        if (initials.size() < 2) return false;
        String letters = acronym.replaceAll("[^A-Z]", "");
        if (letters.isEmpty() || letters.charAt(letters.length() - 1) != initials.get(initials.size() - 1)) return false;
        int k = 0;
        for (char c : initials) if (k < letters.length() && letters.charAt(k) == c) k++;
        return k == letters.length() && letters.length() * 10 >= initials.size() * 6;
    }

    /** Capitalised phrases the model missed: headed by an organization word, or named right after "director of". */
    private void headedOrganizations(ParsedText pt, List<Mention> out) {
        List<CoreLabel> toks = pt.tokens();
        int i = 0;
        while (i < toks.size()) {
            CoreLabel t = toks.get(i);
            if (!ParsedText.capitalized(t) || Mention.anyCovers(out, t) || i == pt.firstToken(t.sentIndex()) && !lexicon.organizationHeads.contains(t.word())) { i++; continue; }
            int j = i;
            while (j + 1 < toks.size() && toks.get(j + 1).sentIndex() == t.sentIndex()
                    && (ParsedText.capitalized(toks.get(j + 1)) && !isPersonOrTitle(toks.get(j + 1))
                    || CONNECTORS.contains(toks.get(j + 1).word()) && j + 2 < toks.size() && ParsedText.capitalized(toks.get(j + 2))))
                j++;
            List<CoreLabel> phrase = toks.subList(i, j + 1);
            boolean headed = phrase.size() >= 2 && phrase.stream().anyMatch(x -> lexicon.organizationHeads.contains(x.word()) && "O".equals(x.ner()));
            boolean afterRoleOf = i >= 2 && !"DT".equals(t.tag()) && toks.get(i - 1).word().equals("of") && isRoleWord(toks.get(i - 2))
                    && phrase.stream().allMatch(x -> "O".equals(x.ner()) || "MISC".equals(x.ner()));
            if ((headed || afterRoleOf) && phrase.stream().noneMatch(x -> Mention.anyCovers(out, x) && !"O".equals(x.ner()) && !"NATIONALITY".equals(x.ner()) && !"COUNTRY".equals(x.ner()))) {
                TextRef r = new TextRef(toks.get(i).beginPosition(), toks.get(j).endPosition());
                out.removeIf(m -> r.contains(m.ref()));
                out.add(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), t.sentIndex()));
            }
            i = j + 1;
        }
    }

    /** A title or role word, also in the plural ("Presidents", which the tagger leaves unlemmatised) or "-elect". */
    private boolean isRoleWord(CoreLabel t) {
        if ("TITLE".equals(t.ner())) return true;
        String w = ParsedText.lemma(t).replaceAll("-elect$", "");
        return lexicon.roleNouns.contains(w) || w.endsWith("s") && lexicon.roleNouns.contains(w.substring(0, w.length() - 1));
    }

    private static boolean isPersonOrTitle(CoreLabel t) {
        return "PERSON".equals(t.ner()) || "TITLE".equals(t.ner());
    }


    private static List<Mention> dedupe(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).ref().equals(m.ref())) continue;
            out.add(m);
        }
        return out;
    }
}
