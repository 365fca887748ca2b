package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "City Commission Meeting Minutes", "Community Redevelopment Agency Board Minutes", "Code Enforcement Special
 * Magistrate Minutes", a minutes heading "Meeting Minutes City Commission Tuesday": a record a body keeps (minutes,
 * policy) is a document, and the capitalised words before it, or in a heading after it, name the body. The
 * body's name leaves out the meeting ("... Meeting Minutes"), the date after it and a board named by its body's name
 * ("Agency Board"); a bare organization word left alone ("Board Minutes") names no body. A name before a record word
 * is a body even without an organization word, where an officer's title heads it ("Special Magistrate Minutes"):
 * records are kept by bodies and officers.
 */
final class BodiesOfRecords extends MentionRule {
    BodiesOfRecords(Lexicon lexicon) { super(lexicon); }

    @Override
    List<Mention> apply(ParsedText pt, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.ORGANIZATION || m.acronymOf().isPresent()) { out.add(m); continue; }
            int a = pt.tokenAt(m.ref().start()), b = pt.tokenAt(m.ref().end() - 1);
            int record = -1;
            for (int k = a; a >= 0 && k <= b; k++) if (lexicon.recordNouns.contains(pt.token(k).word())) { record = k; break; }
            if (record < 0) { out.add(m); continue; }
            // a record with no body's word or officer's title before it is a programme's ("Improving Student
            // Achievement Agenda"): a document, no organization
            // "X Administration’s Safer Streets Policy": the record is the owner's, named before the possessive
            int owner = record - 1;
            for (int k = a; k < record; k++) if ("POS".equals(pt.token(k).tag())) owner = k - 1;
            java.util.Optional<Mention> before = owner >= a && headedOrTitled(pt, a, owner)
                    ? body(pt, a, owner, m.sentence()).filter(this::namesABody) : java.util.Optional.empty();
            java.util.Optional<Mention> after = body(pt, record + 1, b, m.sentence()).filter(this::namesABody);
            // the record last ("X Meeting Minutes"), or a heading's record before the body ("Meeting Minutes X Tuesday");
            // "Foreign Policy Centre" is neither
            if (record == b) before.ifPresent(out::add);
            else if (before.isEmpty() && after.isPresent()) out.add(after.get());
            else if (record != b) out.add(m);
        }
        // "Code Enforcement Special Magistrate Minutes": a name the model left untagged, before a record word
        List<CoreLabel> toks = pt.tokens();
        for (int k = 1; k < toks.size(); k++) {
            CoreLabel t = toks.get(k);
            if (!lexicon.recordNouns.contains(t.word()) || Mention.anyCovers(out, t) || Mention.anyCovers(mentions, t)) continue;
            int a = k;
            while (a - 1 >= pt.firstToken(t.sentIndex()) && bareNameWord(toks.get(a - 1)) && !Mention.anyCovers(out, toks.get(a - 1))) a--;
            // headed by an organization word or an officer's title ("Hearing Officer Minutes"): "Improving Student
            // Achievement Agenda" is a programme's
            if (a < k && headedOrTitled(pt, a, k - 1)) body(pt, a, k - 1, t.sentIndex()).filter(this::namesABody).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt((Mention m) -> m.ref().start()));
        return out;
    }

    /** The body named by tokens a..b, without its meeting, a trailing date and a board named by the body's name. */
    private java.util.Optional<Mention> body(ParsedText pt, int a, int b, int sentence) {
        while (b >= a && ("DATE".equals(pt.token(b).ner()) || !ParsedText.capitalized(pt.token(b))
                || lexicon.meetingNouns.contains(ParsedText.lemma(pt.token(b))))) b--;
        while (a <= b && (!ParsedText.capitalized(pt.token(a)) || lexicon.meetingNouns.contains(ParsedText.lemma(pt.token(a))))) a++;
        // "Community Redevelopment Agency Board": the agency's board, named by the agency
        if (b - 1 > a && lexicon.organizationHeads.contains(pt.token(b).word()) && lexicon.organizationHeads.contains(pt.token(b - 1).word())) b--;
        if (b < a || a == b && lexicon.organizationHeads.contains(pt.token(a).word())) return java.util.Optional.empty();
        TextRef r = new TextRef(pt.token(a).beginPosition(), pt.token(b).endPosition());
        return java.util.Optional.of(new Mention(r, EntityKind.ORGANIZATION, r.of(pt.text()), sentence));
    }

    private boolean headedOrTitled(ParsedText pt, int a, int b) {
        for (int k = a; k <= b; k++) if (lexicon.organizationHeads.contains(pt.token(k).word()) || isRoleWord(pt.token(k))) return true;
        return false;
    }

    /** Two words or more, or an organization word: one capitalised word alone ("Foreign") names no body. */
    private boolean namesABody(Mention m) {
        if (m.words() >= 2) return true;
        return lexicon.organizationHeads.contains(m.text()) || EntityGrouper.isAcronym(m.text());
    }

    /** A capitalised word of a name ("Special Magistrate" is one): no person's or date's, not a connector. */
    private boolean bareNameWord(CoreLabel t) {
        return ParsedText.capitalized(t) && !"PERSON".equals(t.ner()) && !"DATE".equals(t.ner()) && !"NUMBER".equals(t.ner())
                && !connector(t.word().toLowerCase(java.util.Locale.ROOT)) && !lexicon.recordNouns.contains(t.word());
    }
}
