package org.plenary.extract;

import java.util.List;

/**
 * Names that carry an organization word but name something else: a law, regulation or agreement ("Bank Merger
 * Act", "Public Service Vehicle Regulations for Buses": a document word with no organization word after it); a
 * programme or project with no organization named before it ("Biodefense Graduate Program"); an event ("First
 * Public Hearing": an event word last, no organization word before it); a room or building ("City Council
 * Chambers"). An organization's programme keeps its owner ("X Foundation Scholars Program" is X Foundation), and a
 * programme defined by an acronym in brackets stays ("Food Aid Program (FAP)": bodies are given acronyms).
 */
final class ThingsNamedLikeOrganizations extends MentionRule {
    ThingsNamedLikeOrganizations(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        return rereadOrganizationsInWords(mentions, m -> reread(pt, m, mentions));
    }

    /** The mention, its owner where it names an organization's programme, or nothing where it names no organization. */
    private List<Mention> reread(ParsedText pt, Mention m, List<Mention> mentions) {
        int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
        if (a < 0 || b <= a) return List.of(m);
        boolean defined = mentions.stream().anyMatch(x -> x.acronymOf().filter(m.ref()::equals).isPresent());
        int lastHead = -1, lastDocument = -1;
        for (int k = a; k <= b; k++) {
            String w = pt.token(k).word();
            if (lexicon.organizationHeads.contains(w) && !lexicon.activityHeads.contains(w)) lastHead = k;
            // "... Regulations for Buses", not "... Civil Rights Under Law": after a preposition the word is no title's head
            if (k > a && lexicon.documentHeads.contains(w) && !"IN".equals(pt.token(k - 1).tag()) && !connector(pt.token(k - 1).word()))
                lastDocument = k;
        }
        String last = pt.token(b).word();
        if (lexicon.activityHeads.contains(last) && !defined) {
            if (lastHead < 0) return List.of();
            TextRef owner = new TextRef(m.ref().start(), pt.token(lastHead).endPosition());
            return List.of(new Mention(owner, EntityKind.ORGANIZATION, owner.of(pt.text()), m.sentence()));
        }
        boolean document = lastDocument > lastHead && !defined && !headedByOrganizationWord(pt, m.ref());
        boolean event = lexicon.eventHeads.contains(last) && lastHead < 0;
        // "... Commission Chambers CALL TO ORDER": a room's name the model ran into the heading after it
        boolean facility = lexicon.facilityHeads.contains(last);
        for (int k = Math.max(a + 1, lastHead + 1); k < b && !facility; k++) facility = lexicon.facilityHeads.contains(pt.token(k).word());
        return document || event || facility ? List.of() : List.of(m);
    }
}
