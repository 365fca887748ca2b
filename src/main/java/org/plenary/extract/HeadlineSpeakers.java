package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Optional;
import org.plenary.ingest.Segment;
import org.plenary.ingest.SegmentKind;

/**
 * A headline that gives a person's claim after the person's name and a colon ("Ruiz: Valley Clinic Will Stay Open",
 * "Sen. Ana Ruiz: “We Will Not Pay”") is that person's statement: news headlines attribute so, with the colon as the
 * verb of communication. Only a person's name counts as the speaker (a body's name before a colon heads a document,
 * "Foreign Affairs Council: Press remarks"), with nothing before it but capitalized words (a title: "Sen.", "Former
 * Gov."), so "Remarks by X:" and "Statement of X, Governor:" (documents and their subjects) stay out. The claim is
 * a direct statement when it is one quotation in double marks, else reported speech.
 */
final class HeadlineSpeakers {
    private HeadlineSpeakers() {}

    static Optional<StatementFinder.Found> find(ParsedText pt, SpeakerResolver speakers) {
        String text = pt.text();
        for (Segment s : pt.article().segments()) {
            if (s.kind() != SegmentKind.TITLE) continue;
            int colon = text.indexOf(':', s.start());
            if (colon < 0 || colon >= s.end()) continue;
            int nameEnd = colon;
            while (nameEnd > s.start() && Character.isWhitespace(text.charAt(nameEnd - 1))) nameEnd--;
            if (nameEnd <= s.start()) continue;
            int token = pt.tokenAt(nameEnd - 1);
            if (token < 0) continue;
            CoreLabel last = pt.token(token);
            Optional<String> speaker = speakers.entityCovering(last.beginPosition());
            if (speaker.isEmpty() || speakers.kindOf(speaker.get()) != EntityKind.PERSON) continue;
            TextRef name = speakers.spanAt(last);
            if (name.end() != nameEnd || !titleWordsOnly(text.substring(s.start(), name.start()))) continue;
            int a = colon + 1, b = s.end();
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) b--;
            if (a >= b) continue;
            TextRef claim = new TextRef(a, b);
            boolean quoted = onlyQuotation(text, claim);
            TextRef said = quoted ? new TextRef(a + 1, b - 1) : claim;
            if (StatementFinder.words(said.of(text)) < 3) continue;
            return Optional.of(new StatementFinder.Found(speaker.get(), said, quoted, 0.7, name, new TextRef(colon, colon + 1)));
        }
        return Optional.empty();
    }

    /** Words that may stand before the name: capitalized ones (titles, epithets), no function words, no commas. */
    private static boolean titleWordsOnly(String before) {
        for (String w : before.trim().split("\\s+")) {
            if (w.isEmpty()) continue;
            if (!Character.isUpperCase(w.charAt(0)) || w.indexOf(',') >= 0 || w.indexOf(':') >= 0) return false;
        }
        return before.isBlank() || before.trim().split("\\s+").length <= 4;
    }

    /** One quotation in double marks making up the whole claim: “…” or "…", none inside. */
    private static boolean onlyQuotation(String text, TextRef claim) {
        if (claim.end() - claim.start() < 3) return false;
        char open = text.charAt(claim.start()), close = text.charAt(claim.end() - 1);
        boolean marks = (open == '“' && close == '”') || (open == '"' && close == '"');
        if (!marks) return false;
        String inside = text.substring(claim.start() + 1, claim.end() - 1);
        return inside.indexOf('“') < 0 && inside.indexOf('”') < 0 && inside.indexOf('"') < 0;
    }
}
