package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Organization names the model ran into neighbouring words: "Headquarters of the X Command" is X; "X Council
 * Permanent Representatives" are people of X; "X Council Meeting" is X's meeting; "Y Convening of ..." is an
 * event; "Civil Rights Organizations" (a plural organization word ending the name, no other) is a category; "Acting
 * EPA" before "Administrator" is EPA; "X Forum at the Y Institute" is Y; "European and American" is no body.
 */
final class OrganizationNamesTrimmed extends MentionRule {
    OrganizationNamesTrimmed(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        Set<String> places = placeNames(mentions);
        places.addAll(lexicon.placeAliases.keySet());
        return rereadOrganizationsInWords(mentions, m -> reread(pt, m, places));
    }

    /** The name trimmed to the organization's, or nothing where it names a category or an event. */
    private List<Mention> reread(ParsedText pt, Mention m, Set<String> places) {
        int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
        if (a < 0 || b < a) return List.of(m);
        if (b - a >= 3 && pt.token(a).word().equals("Headquarters") && pt.token(a + 1).word().equals("of"))
            a += pt.token(a + 2).word().equalsIgnoreCase("the") ? 3 : 2;
        // "Youth Forum at the National Institute of Arts": an event held at a body, which is the name
        for (int k = a + 1; k < b; k++) {
            if (!pt.token(k).word().equals("at")) continue;
            int c = pt.token(k + 1).word().equalsIgnoreCase("the") ? k + 2 : k + 1;
            boolean headed = false;
            for (int x = c; x <= b; x++) headed |= lexicon.organizationHeads.contains(pt.token(x).word());
            if (headed && c <= b) a = c;
            break;
        }
        // "Commonwealth, State and Territory Treasurers": a plural title alone names the people who hold it
        if (a == b && "NNPS".equals(pt.token(a).tag()) && isRoleWord(pt.token(a)) && !lexicon.organizationHeads.contains(pt.token(a).word()))
            return List.of();
        // "European and American": nationality words alone name no body
        boolean nationalities = true;
        for (int k = a; k <= b; k++) nationalities &= "NATIONALITY".equals(pt.token(k).ner()) || connector(pt.token(k).word());
        if (nationalities) return List.of();
        // "Acting EPA" + "Administrator": a word that premodifies the title after the name is the title's, not the name's
        if (a < b && lexicon.titleModifiers.contains(pt.token(a).word()) && !lexicon.organizationHeads.contains(pt.token(a + 1).word())
                && followedBy(pt, b, this::isRoleWord)) a++;
        int lastHead = -1;
        boolean eventInside = false;
        for (int k = a; k <= b; k++) {
            if (lexicon.organizationHeads.contains(pt.token(k).word())) lastHead = k;
            if (k > a && k < b && ParsedText.capitalized(pt.token(k)) && lexicon.meetingNouns.contains(ParsedText.lemma(pt.token(k)))
                    && lexicon.eventPrepositions.contains(pt.token(k + 1).word()) && lastHead < k) eventInside = true;
        }
        CoreLabel last = pt.token(b);
        // a category ("Civil Rights Organizations"), unless a place's name makes it one body ("Tuscaloosa City Schools")
        if (eventInside || lastHead < 0 && b > a && pluralOfHead(last.word()) && !places.contains(pt.token(a).word())) return List.of();
        if (lastHead >= a && lastHead < b) {
            int c = b;
            while (c > lastHead && lexicon.meetingNouns.contains(ParsedText.lemma(pt.token(c)))) c--;
            if (c == b && isRoleWord(last)) { // people of the organization: cut back to its head
                c = lastHead; // unless the role word is inside the name: "Council of Chief State School Officers"
                for (int k = a + 1; k < b; k++) if (connector(pt.token(k).word())) c = b;
            }
            b = c;
        }
        // "Quad Leaders", "Quad Foreign Ministers": no organization word, ending in people of the organization
        if (lastHead < 0 && b > a && isRoleWord(last) && !lexicon.governmentWords.contains(last.word())) { // not "Northern Ireland Executive"
            boolean joined = false;
            for (int k = a + 1; k < b; k++) joined |= connector(pt.token(k).word());
            int c = b;
            while (!joined && c > a && (isRoleWord(pt.token(c)) || c < b && lexicon.titleModifiers.contains(pt.token(c).word()))) c--;
            b = c;
        }
        // "White House Press" + "Secretary": a word that premodifies a title belongs to the title that follows
        while (b > a && lexicon.titleModifiers.contains(pt.token(b).word()) && followedBy(pt, b, this::isRoleWord)) b--;
        // "Department of Defense Fiscal" + "year": an adjective of the common noun after the name is not part of it
        if (b > a && "JJ".equals(pt.token(b).tag())
                && followedBy(pt, b, t -> t.tag().startsWith("NN") && !ParsedText.capitalized(t))) b--;
        TextRef r = new TextRef(pt.token(a).beginPosition(), pt.token(b).endPosition());
        return List.of(r.equals(m.ref()) ? m : new Mention(r, m.kind(), r.of(pt.text()), m.sentence()));
    }
}
