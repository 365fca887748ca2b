package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.plenary.ingest.Segment;
import org.plenary.ingest.SegmentKind;

/**
 * A document that is one speaker's statement: a headline "Statement of X ...", "Remarks by X", "Prepared testimony
 * of X", or one naming the speaker before the event ("X holds a media availability", "X delivers remarks", both in
 * {@code statement-titles.txt}) and a body in the first person without quotation marks. Each body paragraph
 * is then a direct statement of X, as each paragraph of a transcript's turn is; headings, paragraphs that name X in
 * the third person and paragraphs holding quotations (someone else's words, or a release quoting X) are not.
 */
final class StatementDocuments {
    /** A person's own statement says "I"; a body's says "we" (a press office's text about its principal says "our" too). */
    private static final Pattern FIRST_PERSON_SINGULAR = Pattern.compile("\\b(?:I|my|me)\\b");
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us)\\b");
    private static final Pattern TITLE;
    /** "Transcript - Premier X holds a media availability in Y": group 1 is where the speaker is named. */
    private static final Pattern SPEAKER_FIRST_TITLE;

    static {
        List<String> heads = new ArrayList<>();
        String modifiers = "", verbs = "", events = "";
        for (String l : Lexicon.lines("statement-titles.txt")) {
            if (l.startsWith("modifiers:")) modifiers = String.join("|", l.substring(10).trim().split("\\s+"));
            else if (l.startsWith("verbs:")) verbs = String.join("|", l.substring(6).trim().split("\\s+"));
            else if (l.startsWith("events:")) {
                List<String> e = new ArrayList<>();
                for (String w : l.substring(7).trim().split("\\s+")) e.add(w.replace("_", "\\s+"));
                events = String.join("|", e);
            }
            else heads.add(Pattern.quote(l));
        }
        TITLE = Pattern.compile("(?i)^\\s*(?:transcript\\s*[-–—:]\\s*)?(?:(?:(?:" + modifiers + ")\\s+)?(?:" + String.join("|", heads) + ")\\s+(?:of|by|from)\\s+|interview\\s+with\\s+)");
        SPEAKER_FIRST_TITLE = Pattern.compile("^\\s*(?:(?i:transcript)\\s*[-–—:]\\s*)?(\\p{Lu}.{2,80}?)\\s+(?i:" + verbs + ")\\s+(?i:an?\\s+)?(?i:"
                + modifiers + ")?\\s*(?i:" + events + ")\\b");
    }

    private StatementDocuments() {}

    static List<StatementFinder.Found> find(ParsedText pt, SpeakerResolver speakers) {
        String text = pt.text();
        Segment title = title(pt);
        Optional<StatementFinder.Attributed> named = namedInHeadline(pt, speakers, title, false);
        if (named.isEmpty()) named = selfIntroduced(pt, speakers, title == null ? 0 : title.end(), pt.text().length());
        if (named.isEmpty()) return List.of();
        Optional<String> speaker = Optional.of(named.get().speaker());
        TextRef source = named.get().source();
        if (speaker.isEmpty()) return List.of();
        List<StatementFinder.Found> out = new ArrayList<>();
        boolean firstPerson = false;
        for (Segment s : pt.article().segments()) {
            if (s.kind() != SegmentKind.BODY || s.start() < title.end()) continue;
            String p = text.substring(s.start(), s.end());
            String trimmed = p.strip();
            if (trimmed.isEmpty() || StatementFinder.words(trimmed) < 6 || !".!?0123456789".contains(trimmed.substring(trimmed.length() - 1))) continue;
            if (quotesSomeone(p)) continue;
            boolean namesSpeaker = false;
            // the paragraph where the speakers introduce themselves names them and is theirs
            boolean introduction = source != null && s.start() <= source.start() && source.end() <= s.end();
            for (int i = s.start(); i < s.end() && !introduction; i++)
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


    /** Quotation marks around one or two words ("Sunshine" meetings) are scare quotes; around more, someone's words. */
    private static final Pattern SCARE_QUOTE = Pattern.compile("[\"“„«]\\s*[^\\s\"“”«»„]+(?:\\s+[^\\s\"“”«»„]+)?\\s*[\"”»]");

    /** Whether a paragraph holds a quotation: a quotation mark that is no part of a scare quote. */
    private static boolean quotesSomeone(String paragraph) {
        String rest = SCARE_QUOTE.matcher(paragraph).replaceAll("");
        return rest.chars().anyMatch(c -> "\"“”«»„".indexOf(c) >= 0);
    }

    /**
     * The one person a transcript's headline names as its speaker ("Press conference by X", "Remarks by X", "X holds
     * a media availability"): who speaks the paragraphs no label introduces. Empty when the headline names two
     * speakers ("Remarks by X and Y") or none.
     */
    static Optional<StatementFinder.Attributed> principal(ParsedText pt, SpeakerResolver speakers, int openingEnd) {
        Segment title = title(pt);
        Optional<StatementFinder.Attributed> named = namedInHeadline(pt, speakers, title, true);
        return named.isPresent() ? named : selfIntroduced(pt, speakers, title == null ? 0 : title.end(), openingEnd);
    }

    /** How many body paragraphs a speaker's self-introduction may come after: it opens the remarks. */
    private static final int INTRODUCTION_PARAGRAPHS = 2;

    /**
     * The person who introduces themselves in the first body paragraphs between {@code from} and {@code to}, read
     * from the parse rather than the words: a person's name that is the predicate of a copula whose subject is the
     * speaker ("I am Ana Ruiz", "I'm Governor Ana Ruiz", "My name is Ana Ruiz"). Opening remarks of a meeting or a
     * briefing often name their speaker only so, with no label and no headline naming anyone.
     */
    static Optional<StatementFinder.Attributed> selfIntroduced(ParsedText pt, SpeakerResolver speakers, int from, int to) {
        int paragraphs = 0;
        for (Segment s : pt.article().segments()) {
            if (s.kind() != SegmentKind.BODY || s.start() < from || s.start() >= to) continue;
            if (++paragraphs > INTRODUCTION_PARAGRAPHS) break;
            int first = pt.tokenAt(s.start()), last = pt.tokenAt(Math.max(s.start(), s.end() - 1));
            if (first < 0 || last < 0) continue;
            for (int si = pt.sentenceOf(first); si <= pt.sentenceOf(last); si++) {
                SemanticGraph g = pt.graph(si);
                if (g == null) continue;
                for (IndexedWord w : g.vertexSet()) {
                    CoreLabel t = pt.token(pt.global(si, w.index()));
                    if (pt.insideQuote(t.beginPosition())) continue;
                    Optional<String> k = speakers.entityCovering(t.beginPosition()).filter(x -> speakers.kindOf(x) == EntityKind.PERSON);
                    if (k.isEmpty() || !copulaOfSpeaker(g, w)) continue;
                    TextRef source = speakers.spanAt(t);
                    return Optional.of(new StatementFinder.Attributed(k.get(), source, source));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code w} is the complement of "is"/"am" whose subject is "I" or "my name". */
    private static boolean copulaOfSpeaker(SemanticGraph g, IndexedWord w) {
        boolean copula = false, speaker = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (rel.equals("cop")) copula = true;
            else if (rel.startsWith("nsubj")) {
                String word = d.word().toLowerCase(java.util.Locale.ROOT);
                if (word.equals("i")) speaker = true;
                else if (word.equals("name"))
                    for (SemanticGraphEdge p : g.outgoingEdgeIterable(d))
                        if (p.getRelation().toString().startsWith("nmod:poss") && p.getDependent().word().equalsIgnoreCase("my")) speaker = true;
            }
        }
        return copula && speaker;
    }

    private static Segment title(ParsedText pt) {
        for (Segment s : pt.article().segments()) if (s.kind() == SegmentKind.TITLE) return s;
        return null;
    }

    /** The speaker the headline names by one of the title forms; with {@code onePerson}, only a single person. */
    private static Optional<StatementFinder.Attributed> namedInHeadline(ParsedText pt, SpeakerResolver speakers, Segment title, boolean onePerson) {
        if (title == null) return Optional.empty();
        String text = pt.text();
        String headline = text.substring(title.start(), title.end());
        Matcher m = TITLE.matcher(headline);
        int from, to; // where the headline names the speaker
        if (m.lookingAt()) { from = title.start() + m.end(); to = title.end(); }
        else {
            m = SPEAKER_FIRST_TITLE.matcher(headline);
            if (!m.lookingAt()) return Optional.empty();
            from = title.start() + m.start(1);
            to = title.start() + m.end(1);
        }
        Optional<String> speaker = Optional.empty();
        TextRef source = null;
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            Optional<String> k = speakers.entityCovering(i).filter(x -> speakers.kindOf(x) != EntityKind.PLACE);
            if (k.isEmpty()) continue;
            // one person among the headline's names ("Port Authority Director X"): that person
            if (onePerson && speakers.kindOf(k.get()) != EntityKind.PERSON) continue;
            all.add(k.get());
            if (speaker.isEmpty()) { speaker = k; source = pt.tokenAt(i) >= 0 ? speakers.spanAt(pt.token(pt.tokenAt(i))) : new TextRef(i, i + 1); }
            if (!onePerson) break;
        }
        if (speaker.isEmpty() || onePerson && all.size() != 1) return Optional.empty();
        return Optional.of(new StatementFinder.Attributed(speaker.get(), source, source));
    }
}
