package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.ingest.Segment;
import org.plenary.ingest.SegmentKind;

/**
 * A document that is one speaker's statement: a headline "Statement of X ...", "Remarks by X", "Prepared testimony
 * of X" ({@code statement-titles.txt}) and a body in the first person without quotation marks. Each body paragraph
 * is then a direct statement of X, as each paragraph of a transcript's turn is; headings, paragraphs that name X in
 * the third person and paragraphs holding quotations (someone else's words, or a release quoting X) are not.
 */
final class StatementDocuments {
    /** A person's own statement says "I"; a body's says "we" (a press office's text about its principal says "our" too). */
    private static final Pattern FIRST_PERSON_SINGULAR = Pattern.compile("\\b(?:I|my|me)\\b");
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us)\\b");
    private static final Pattern TITLE;

    static {
        List<String> heads = new ArrayList<>();
        String modifiers = "";
        for (String l : Lexicon.lines("statement-titles.txt")) {
            if (l.startsWith("modifiers:")) modifiers = String.join("|", l.substring(10).trim().split("\\s+"));
            else heads.add(Pattern.quote(l));
        }
        TITLE = Pattern.compile("(?i)^\\s*(?:(?:" + modifiers + ")\\s+)?(?:" + String.join("|", heads) + ")\\s+(?:of|by|from)\\s+");
    }

    private StatementDocuments() {}

    static List<StatementFinder.Found> find(ParsedText pt, SpeakerResolver speakers) {
        String text = pt.text();
        Segment title = null;
        for (Segment s : pt.article().segments()) if (s.kind() == SegmentKind.TITLE) { title = s; break; }
        if (title == null) return List.of();
        Matcher m = TITLE.matcher(text.substring(title.start(), title.end()));
        if (!m.lookingAt()) return List.of();
        Optional<String> speaker = Optional.empty();
        TextRef source = null;
        for (int i = title.start() + m.end(); i < title.end() && speaker.isEmpty(); i++) {
            Optional<String> k = speakers.entityCovering(i).filter(x -> speakers.kindOf(x) != EntityKind.PLACE);
            if (k.isPresent()) { speaker = k; source = pt.tokenAt(i) >= 0 ? speakers.spanAt(pt.token(pt.tokenAt(i))) : new TextRef(i, i + 1); }
        }
        if (speaker.isEmpty()) return List.of();
        List<StatementFinder.Found> out = new ArrayList<>();
        boolean firstPerson = false;
        for (Segment s : pt.article().segments()) {
            if (s.kind() != SegmentKind.BODY || s.start() < title.end()) continue;
            String p = text.substring(s.start(), s.end());
            String trimmed = p.strip();
            if (trimmed.isEmpty() || StatementFinder.words(trimmed) < 6 || !".!?0123456789".contains(trimmed.substring(trimmed.length() - 1))) continue;
            if (p.chars().anyMatch(c -> "\"“”«»„".indexOf(c) >= 0)) continue;
            boolean namesSpeaker = false;
            for (int i = s.start(); i < s.end(); i++)
                if (speakers.entityCovering(i).equals(speaker)) { namesSpeaker = true; break; }
            if (namesSpeaker) continue;
            Pattern own = speakers.kindOf(speaker.get()) == EntityKind.PERSON ? FIRST_PERSON_SINGULAR : FIRST_PERSON_PLURAL;
            if (own.matcher(p).find()) firstPerson = true;
            int a = s.start() + p.indexOf(trimmed);
            out.add(new StatementFinder.Found(speaker.get(), new TextRef(a, a + trimmed.length()), true, 0.8, source, source));
        }
        // a release about the speaker ("X said on Monday ...") is not the speaker's own text
        return firstPerson ? out : List.of();
    }

}
