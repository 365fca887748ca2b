package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what was said and who said it, on the dependency parse.
 * <ul>
 * <li>Direct speech: each quotation CoreNLP finds (of four words or more; shorter ones are scare quotes), attributed
 * to the subject of a verb of communication in the same sentence ("Hwang said", "the ministry stated"), of the
 * sentence that introduces it with a colon, of a short "he said." sentence right after it, or, for a quotation
 * standing alone, the speaker of the quotation just before it in the same or the previous paragraph.</li>
 * <li>Reported speech: a verb of communication (a data list) with a subject and a clausal or nominal complement
 * ("X warned that ...", "X urged Y to ..."), or "according to X". The statement's text runs from the first word
 * of the complement to the end of the sentence, without the closing punctuation.</li>
 * </ul>
 * A speaker is always a named person or organization (pronouns resolved); without one, nothing is attributed.
 */
final class StatementFinder {
    /**
     * A statement before its meeting is known; {@code source} (the words naming the speaker there) and {@code cue}
     * (the words marking speech) are null when the text has none at this statement.
     */
    record Found(String speaker, TextRef text, boolean direct, double confidence, TextRef source, TextRef cue) {}

    /** A speaker found for a statement, with where the text names it and the cue. */
    record Attributed(String speaker, TextRef source, TextRef cue) {}

    private static final Set<String> COMPLEMENT_RELATIONS = Set.of("ccomp", "xcomp", "parataxis");
    private static final Set<String> SKIP_AT_START = Set.of("that", ",", ":", "out", "for", "to", "on", "of");

    private final Lexicon lexicon;

    StatementFinder(Lexicon lexicon) { this.lexicon = lexicon; }

    List<Found> find(ParsedText pt, SpeakerResolver speakers, java.util.function.IntPredicate isBody) {
        List<Found> out = new ArrayList<>();
        List<Found> labelled = turns(pt, speakers);
        // a document that is one speaker's statement reads like one long turn
        List<Found> turns = labelled.isEmpty() ? StatementDocuments.find(pt, speakers) : labelled;
        List<Found> reported = new ArrayList<>();
        reported(pt, speakers, isBody, reported);
        for (Found f : ReportingShapes.nominal(pt, speakers, lexicon, isBody))
            if (reported.stream().noneMatch(r -> r.text().overlaps(f.text()))) reported.add(f);
        direct(pt, speakers, isBody, out, reported);
        partialQuotations(pt, reported, out);
        listItems(pt, speakers, isBody, out, reported);
        HeadlineSpeakers.find(pt, speakers).ifPresent(f -> (f.direct() ? out : reported).add(f));
        out.addAll(reported);
        // in a transcript, what a speaker reports inside a turn stays ("he told me that ..."); the speaker's own words
        // there, and a quotation of a whole exchange ("“PENCE: Well, ...”"), are the turn itself
        out.removeIf(f -> turns.stream().anyMatch(t -> t.text().overlaps(f.text()) && (f.direct() || t.speaker().equals(f.speaker()))));
        // a name a speaker addresses ("Mr Ruiz, thank you for ...") is no one reporting speech
        if (!turns.isEmpty()) out.removeIf(f -> f.source() != null && TurnSpeakers.isAddress(pt.text(), f.source()));
        out.addAll(turns);
        List<Found> split = new ArrayList<>();
        for (Found f : out) split.addAll(byParagraph(pt.text(), f));
        split.sort(Comparator.comparingInt(f -> f.text().start()));
        return split;
    }

    /**
     * A quotation running over several paragraphs is one statement per paragraph, as transcripts' turns are: a
     * statement is the unit a reader cites, and paragraphs of one quotation often address different matters.
     */
    private static List<Found> byParagraph(String text, Found f) {
        if (!f.direct() || text.indexOf('\n', f.text().start()) < 0 || text.indexOf('\n', f.text().start()) >= f.text().end()) return List.of(f);
        // quotation marks inside mean the marks were paired wrongly across paragraphs, not one long quotation
        for (int i = f.text().start(); i < f.text().end(); i++) if (isQuoteMark(text.charAt(i)) && text.charAt(i) != '\'' && text.charAt(i) != '’') return List.of(f);
        List<Found> out = new ArrayList<>();
        int pos = f.text().start();
        while (pos < f.text().end()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 || nl > f.text().end() ? f.text().end() : nl;
            int a = pos, b = end;
            while (a < b && (Character.isWhitespace(text.charAt(a)) || isQuoteMark(text.charAt(a)))) a++;
            while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || isQuoteMark(text.charAt(b - 1)))) b--;
            if (b > a && words(text.substring(a, b)) >= 2)
                out.add(new Found(f.speaker(), new TextRef(a, b), true, f.confidence(), f.source(), f.cue()));
            pos = end + 1;
        }
        return out.isEmpty() ? List.of(f) : out;
    }

    // ---- transcripts

    private static List<Found> turns(ParsedText pt, SpeakerResolver speakers) {
        List<Found> out = new ArrayList<>();
        List<TranscriptTurns.Turn> all = TranscriptTurns.find(pt.article());
        java.util.Map<TextRef, Optional<String>> resolved = TurnSpeakers.resolve(pt, speakers, all);
        Optional<Attributed> principal = null; // the speaker the headline names, for paragraphs no label introduces
        for (TranscriptTurns.Turn t : all) {
            if (t.label() == null) {
                if (principal == null) {
                    // a speaker who introduces themselves does so in the opening remarks, before the first label
                    int openingEnd = all.stream().filter(x -> x.label() != null).mapToInt(x -> x.label().start()).min().orElse(pt.text().length());
                    principal = StatementDocuments.principal(pt, speakers, openingEnd);
                }
                String said = t.text().of(pt.text()).strip();
                if (principal.isPresent() && words(said) >= 4 && ".!?".indexOf(said.charAt(said.length() - 1)) >= 0)
                    out.add(new Found(principal.get().speaker(), t.text(), true, 0.8, principal.get().source(), principal.get().cue()));
                continue;
            }
            Optional<String> speaker = resolved.get(t.label());
            if (speaker.isPresent() && words(t.text().of(pt.text())) >= 2)
                out.add(new Found(speaker.get(), t.text(), true, 0.9, t.label(), t.label()));
        }
        return out;
    }

    // ---- direct speech

    private void direct(ParsedText pt, SpeakerResolver speakers, java.util.function.IntPredicate isBody, List<Found> out,
                        List<Found> reported) {
        for (TextRef q : pt.quotes()) {
            TextRef inner = inner(pt.text(), q);
            if (inner.end() - inner.start() < 2 || !isBody.test(q.start())) continue;
            // one or two quoted words are a scare quote or a name unless a reported statement holds them (below), or
            // they open a quotation split around its attribution ("“My hope,” he said, “is that ...”")
            if ((words(inner.of(pt.text())) < 3 && !opensSplitQuotation(pt, q)) || QuotedNames.isTitle(inner.of(pt.text()))) continue;
            Found previous = previousStatement(out, reported, q.start());
            int first = pt.tokenAt(q.start()), last = pt.tokenAt(q.end() - 1);
            if (first < 0 || last < 0) continue;
            int s0 = pt.sentenceOf(first), s1 = pt.sentenceOf(last);
            Optional<Attributed> speaker = Optional.empty();
            double confidence = 0.9;
            // 0. a dash and a name right after the quotation: "“...” ― Ana Ruiz" (an attribution line)
            speaker = dashAttribution(pt, speakers, q);
            // 1. a verb of communication outside the quotation, in the sentences the quotation touches
            for (int s = s0; s <= s1 && speaker.isEmpty(); s++) speaker = speechVerbSubject(pt, speakers, s, q);
            // 2. introduced with a colon or comma: the subject of the main verb of the sentence that introduces it,
            // which may end the paragraph before ("issued the following statement:"), headings between aside
            int intro = introduction(pt, q, isBody);
            if (speaker.isEmpty() && intro >= 0) {
                int si = pt.sentenceOf(pt.tokenAt(intro));
                SemanticGraph g = pt.graph(si);
                if (g != null && !g.getRoots().isEmpty() && !pt.insideQuote(pt.token(pt.global(si, g.getFirstRoot().index())).beginPosition())) {
                    IndexedWord root = g.getFirstRoot();
                    speaker = speakers.subjectOf(si, root).map(k -> new Attributed(k,
                            speakers.subjectSpan(si, root).orElse(null), speakers.spanAt(si, root)));
                }
                confidence = 0.8;
            }
            // 3. an attribution sentence right after: "..." He said. / "..." Ruiz said at the briefing on Monday.
            if (speaker.isEmpty() && s1 + 1 < pt.sentences().size()
                    && pt.paragraphOf(pt.sentenceRef(s1 + 1).start()) == pt.paragraphOf(q.start())) {
                speaker = speechVerbSubject(pt, speakers, s1 + 1, q).filter(x -> attributionOnly(pt, s1 + 1));
                confidence = 0.8;
            }
            // 4. a quotation standing alone after a sentence of its paragraph whose subject was named after the last
            // statement: that subject introduces it ("Ruiz was blunt. “We will not pay.”")
            if (speaker.isEmpty() && s0 > 0 && wholeSentences(pt, q, s0, s1)) {
                TextRef before = pt.sentenceRef(s0 - 1);
                if (pt.paragraphOf(before.start()) == pt.paragraphOf(q.start()) && !pt.insideQuote(before.start())
                        && (previous == null || previous.text().end() <= before.start())) {
                    speaker = speakers.introducer(s0 - 1);
                    confidence = 0.7;
                }
            }
            // 5. a quotation standing alone continues the speaker of the statement just before it (a quotation or
            // reported speech) in the same or the previous paragraph
            if (speaker.isEmpty() && previous != null
                    && paragraphBreaks(pt.text(), previous.text().end(), q.start()) <= 1
                    && wholeSentences(pt, q, s0, s1)) {
                // where the text named that speaker and the cue stay those of the statement it continues
                speaker = Optional.of(new Attributed(previous.speaker(), previous.source(), previous.cue()));
                confidence = 0.7;
            }
            speaker = speaker.filter(k -> speakers.kindOf(k.speaker()) != EntityKind.PLACE);
            if (speaker.isPresent()) {
                Attributed a = speaker.get();
                Found f = new Found(a.speaker(), inner, true, confidence, a.source(), a.cue());
                out.add(f);
            }
        }
    }

    private static final java.util.regex.Pattern LIST_MARK = java.util.regex.Pattern.compile("^\\s*(?:\\d{1,3}[.)]|\\(?[a-z]\\)|[-*•·–])\\s+");

    /**
     * Statements inside lists: a sentence ending in a colon whose verb of communication has a speaker ("The
     * minister said:", "The council stressed the following points:") introduces the list items below it, each
     * one statement of that speaker (direct when the item is a quotation).
     */
    private void listItems(ParsedText pt, SpeakerResolver speakers, java.util.function.IntPredicate isBody, List<Found> direct,
                           List<Found> reported) {
        String text = pt.text();
        for (int s = 0; s < pt.sentences().size(); s++) {
            int last = pt.lastToken(s);
            if (!pt.token(last).word().equals(":") || !isBody.test(pt.token(last).beginPosition())) continue;
            int lineEnd = text.indexOf('\n', pt.token(last).endPosition());
            if (lineEnd < 0 || !text.substring(pt.token(last).endPosition(), lineEnd).isBlank()) continue;
            Optional<Attributed> who = speechVerbSubject(pt, speakers, s, new TextRef(0, 0));
            if (who.isEmpty()) continue;
            int pos = lineEnd + 1;
            while (pos < text.length()) {
                int nl = text.indexOf('\n', pos);
                int end = nl < 0 ? text.length() : nl;
                String line = text.substring(pos, end);
                if (line.isBlank()) { pos = end + 1; continue; }
                java.util.regex.Matcher m = LIST_MARK.matcher(line);
                if (!m.lookingAt() || !isBody.test(pos + m.end())) break;
                int a = pos + m.end(), b = end;
                while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ".;,".indexOf(text.charAt(b - 1)) >= 0)) b--;
                TextRef item = new TextRef(a, b);
                boolean quoted = isQuoteMark(text.charAt(a)) && b - a > 2;
                TextRef said = quoted ? inner(text, new TextRef(a, Math.min(end, b + 1))) : item;
                boolean taken = direct.stream().anyMatch(f -> f.text().overlaps(said)) || reported.stream().anyMatch(f -> f.text().overlaps(said));
                if (!taken && words(said.of(text)) >= 2)
                    (quoted ? direct : reported).add(new Found(who.get().speaker(), said, quoted, 0.8, who.get().source(), who.get().cue()));
                pos = end + 1;
            }
        }
    }

    /** The person or organization named right after a quotation and a dash, on the same line. */
    private static Optional<Attributed> dashAttribution(ParsedText pt, SpeakerResolver speakers, TextRef q) {
        String text = pt.text();
        int i = q.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || ",.".indexOf(text.charAt(i)) >= 0)) i++;
        if (i >= text.length() || "―—–-".indexOf(text.charAt(i)) < 0) return Optional.empty();
        TextRef dash = new TextRef(i, i + 1);
        i++;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) i++;
        if (i >= text.length() || text.charAt(i) == '\n') return Optional.empty();
        int at = i, token = pt.tokenAt(i);
        if (token < 0) return Optional.empty();
        return speakers.entityCovering(at).filter(k -> speakers.kindOf(k) != EntityKind.PLACE)
                .map(k -> new Attributed(k, speakers.spanAt(pt.token(token)), dash));
    }

    /** How many paragraph breaks (line breaks, blank lines between them counting as one) lie between two offsets. */
    static int paragraphBreaks(String text, int from, int to) {
        int n = 0;
        boolean inBreak = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') { if (!inBreak) n++; inBreak = true; }
            else if (!Character.isWhitespace(c)) inBreak = false;
        }
        return n;
    }

    /** The statement found last before an offset, quotations and reported speech alike, or null. */
    private static Found previousStatement(List<Found> direct, List<Found> reported, int before) {
        Found best = null;
        for (List<Found> l : List.of(direct, reported))
            for (Found f : l)
                if (f.text().end() <= before && (best == null || f.text().end() > best.text().end())) best = f;
        return best;
    }

    /**
     * A sentence that only attributes: its verb of communication has no clause or object of its own ("He said.",
     * "Ruiz said at the briefing on Monday."), so the quotation before it is what was said.
     */
    private boolean attributionOnly(ParsedText pt, int s) {
        if (pt.sentence(s).tokens().size() <= 6) return true;
        if (pt.sentence(s).tokens().size() > 16) return false;
        SemanticGraph g = pt.graph(s);
        if (g == null || g.getRoots().isEmpty()) return false;
        IndexedWord root = g.getFirstRoot();
        CoreLabel verb = pt.token(pt.global(s, root.index()));
        if (!isSpeechVerb(verb) && !isQuotationVerb(verb)) return false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(root)) {
            String rel = e.getRelation().toString();
            if (COMPLEMENT_RELATIONS.contains(rel) || rel.equals("obj")) return false;
        }
        return true;
    }

    /**
     * Quoted words inside a reported statement ("X said the plan was \"a costly disaster\"") are the speaker's own
     * words: a direct statement of the same speaker (three words or more), unless a quotation rule already took them.
     */
    private static void partialQuotations(ParsedText pt, List<Found> reported, List<Found> direct) {
        List<Found> add = new ArrayList<>();
        for (TextRef q : pt.quotes()) {
            TextRef inner = inner(pt.text(), q);
            // one or two quoted words inside reported speech ("called them \"scum\"") are a characterization the
            // reporter quotes, not a statement of their own (the project's gold; PolNeAR counts them)
            if (inner.end() - inner.start() < 2 || words(inner.of(pt.text())) < 3 || QuotedNames.isTitle(inner.of(pt.text()))) continue;
            if (direct.stream().anyMatch(f -> f.text().overlaps(inner))) continue;
            for (Found r : reported) {
                if (r.text().start() <= inner.start() && inner.start() < r.text().end() && !r.text().equals(inner)) {
                    add.add(new Found(r.speaker(), inner, true, 0.75, r.source(), r.cue()));
                    break;
                }
            }
        }
        direct.addAll(add);
    }

    /**
     * A quotation ending in a comma that the same sentence continues, after a few words of attribution, with another
     * quotation opening in lower case: "“That,” he added, “promises ...”".
     */
    private static boolean opensSplitQuotation(ParsedText pt, TextRef q) {
        String text = pt.text();
        int e = q.end() - 1;
        while (e > q.start() && isQuoteMark(text.charAt(e))) e--;
        if (text.charAt(e) != ',') return false;
        for (TextRef next : pt.quotes()) {
            if (next.start() < q.end()) continue;
            String between = text.substring(q.end(), next.start());
            if (between.length() > 60 || between.indexOf('\n') >= 0 || words(between) > 6) return false;
            TextRef in = inner(text, next);
            return in.end() > in.start() && Character.isLowerCase(text.charAt(in.start()));
        }
        return false;
    }

    private static TextRef inner(String text, TextRef q) {
        int s = q.start(), e = q.end();
        if (s < e && isQuoteMark(text.charAt(s))) s++;
        if (e > s && isQuoteMark(text.charAt(e - 1))) e--;
        return new TextRef(s, e);
    }

    private static boolean isQuoteMark(char c) { return "\"“”«»„‘’'".indexOf(c) >= 0; }

    /**
     * The offset of the colon or comma that introduces a quotation, or -1: right before it, or ending the body
     * paragraph before it (a colon only), lines that are not body text (a heading) skipped.
     */
    private static int introduction(ParsedText pt, TextRef q, java.util.function.IntPredicate isBody) {
        String text = pt.text();
        int i = q.start() - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) i--;
        if (i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == ',')) return pt.tokenAt(i) >= 0 ? i : -1;
        if (i >= 0 && text.charAt(i) != '\n') return -1; // the quotation starts inside a paragraph, after other words
        for (int lines = 0; i >= 0 && lines < 3; lines++) { // up to three lines back, over blank lines and headings
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
            if (i < 0) return -1;
            if (isBody.test(i)) return text.charAt(i) == ':' && pt.tokenAt(i) >= 0 ? i : -1;
            int lineStart = text.lastIndexOf('\n', i);
            i = lineStart;
        }
        return -1;
    }

    private static boolean wholeSentences(ParsedText pt, TextRef q, int s0, int s1) {
        return pt.sentenceRef(s0).start() >= q.start() - 1 && pt.sentenceRef(s1).end() <= q.end() + 1;
    }

    /**
     * The subject of a verb of communication of the sentence that lies outside the quotation; beside a quotation
     * also of a verb that marks a speaker only there ("...," he continued).
     */
    private Optional<Attributed> speechVerbSubject(ParsedText pt, SpeakerResolver speakers, int s, TextRef q) {
        SemanticGraph g = pt.graph(s);
        if (g == null) return Optional.empty();
        Attributed best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (IndexedWord w : g.vertexListSorted()) {
            CoreLabel t = pt.token(pt.global(s, w.index()));
            if (q.start() <= t.beginPosition() && t.beginPosition() < q.end()) continue;
            if (pt.insideQuote(t.beginPosition())) continue;
            if (!isSpeechVerb(t) && !(q.end() > q.start() && isQuotationVerb(t))) continue;
            Optional<String> subj = speakers.subjectOf(s, w).filter(k -> speakers.kindOf(k) != EntityKind.PLACE);
            Optional<TextRef> span = speakers.subjectSpan(s, w);
            // a subject the parse found inside a quotation ("“If it fails, it fails,” said X"; "“My hope,” he said,
            // “is ...”") is not the speaker: the name or pronoun right after the verb is, else the one right before it
            if (span.isPresent() && pt.insideQuote(span.get().start())) {
                subj = Optional.empty();
                for (int n : new int[] {pt.global(s, w.index()) + 1, pt.global(s, w.index()) - 1}) {
                    if (n < pt.firstToken(s) || n > pt.lastToken(s) || pt.insideQuote(pt.token(n).beginPosition())) continue;
                    IndexedWord nw = g.getNodeByIndexSafe(n - pt.firstToken(s) + 1);
                    if (nw == null) continue;
                    subj = speakers.entityAt(s, nw).filter(k -> speakers.kindOf(k) != EntityKind.PLACE);
                    if (subj.isPresent()) { span = Optional.of(speakers.spanAt(pt.token(n))); break; }
                }
            }
            if (subj.isEmpty()) continue;
            Attributed a = new Attributed(subj.get(), span.orElse(null), new TextRef(t.beginPosition(), t.endPosition()));
            if (q.end() <= q.start()) return Optional.of(a); // no quotation: the first verb with a speaker
            // beside a quotation the verb nearest to it ("When X noted ..., Y boasted, “...”" is Y's)
            int distance = t.endPosition() <= q.start() ? q.start() - t.endPosition() : t.beginPosition() - q.end();
            if (distance < bestDistance) { best = a; bestDistance = distance; }
        }
        return Optional.ofNullable(best);
    }

    private boolean isQuotationVerb(CoreLabel t) {
        return t.tag() != null && t.tag().startsWith("VB") && lexicon.quotationVerbs.contains(ParsedText.lemma(t));
    }

    private boolean isSpeechVerb(CoreLabel t) {
        return t.tag() != null && t.tag().startsWith("VB") && lexicon.speechVerbs.contains(ParsedText.lemma(t));
    }

    // ---- reported speech

    private void reported(ParsedText pt, SpeakerResolver speakers, java.util.function.IntPredicate isBody, List<Found> out) {
        for (int s = 0; s < pt.sentences().size(); s++) {
            TextRef sentence = pt.sentenceRef(s);
            if (!isBody.test(sentence.start())) continue;
            SemanticGraph g = pt.graph(s);
            if (g == null) continue;
            // one reported statement per sentence (later verbs elaborate the first), but a clause ("emphasized that
            // ...") is what was said rather than a thing welcomed or praised: the first clausal one wins
            Found nominal = null;
            boolean found = false;
            TextRef said = null; // what the sentence's first clausal statement reports: a speaker inside it also spoke
            for (IndexedWord w : g.vertexListSorted()) {
                CoreLabel t = pt.token(pt.global(s, w.index()));
                if (pt.insideQuote(t.beginPosition())) continue;
                if (lowerEquals(t, "according") && w.index() < pt.sentence(s).tokens().size()) {
                    if (nominal == null && accordingTo(pt, speakers, s, w, out)) { found = true; break; }
                    continue;
                }
                if (!isSpeechVerb(t)) continue;
                if (sayingFrame(pt, g, s, w)) continue;
                if (said != null && !said.contains(new TextRef(t.beginPosition(), t.endPosition()))) continue;
                if (CollectiveVoice.jointSubject(pt, speakers, s, w)) continue;
                Optional<String> speaker = speakers.subjectOf(s, w).filter(k -> speakers.kindOf(k) != EntityKind.PLACE);
                if (speaker.isEmpty()) continue;
                if (ReportingShapes.greetsPerson(pt, speakers, s, w)) continue;
                Optional<TextRef> content = complement(pt, g, s, w);
                if (content.isEmpty()) continue;
                TextRef c = ReportingShapes.afterAddressee(pt, speakers, s, w, content.get());
                if (mostlyQuoted(pt, c)) continue;
                Found f = new Found(speaker.get(), c, false, 0.85, speakers.subjectSpan(s, w).orElse(null),
                        new TextRef(t.beginPosition(), t.endPosition()));
                if (said != null) { // "NPR reported X recommended Y": X's statement inside the reporter's
                    if (clausal(g, w) && !f.speaker().equals(out.get(out.size() - 1).speaker())) out.add(f);
                    continue;
                }
                if (clausal(g, w)) { out.add(f); found = true; said = c; continue; }
                if (nominal == null) nominal = f;
            }
            if (!found && nominal != null) out.add(nominal);
        }
    }

    /**
     * "It would be fair to say that ...", "it is safe to say ...": a speech verb in the infinitive under an adjective
     * frames the speaker's own opinion; its subject "it" stands for no one who spoke.
     */
    private static boolean sayingFrame(ParsedText pt, SemanticGraph g, int s, IndexedWord verb) {
        int gi = pt.global(s, verb.index());
        if (gi - 1 < pt.firstToken(s) || !lowerEquals(pt.token(gi - 1), "to")) return false;
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb))
            if (e.getGovernor().tag() != null && e.getGovernor().tag().startsWith("JJ")) return true;
        return false;
    }

    /** "according to X, Y" / "Y, according to X". */
    private boolean accordingTo(ParsedText pt, SpeakerResolver speakers, int s, IndexedWord according, List<Found> out) {
        int gi = pt.global(s, according.index());
        if (gi + 2 > pt.lastToken(s) || !lowerEquals(pt.token(gi + 1), "to")) return false;
        Optional<String> speaker = Optional.empty();
        int afterName = gi + 2, nameStart = -1;
        for (int i = gi + 2; i <= pt.lastToken(s); i++) {
            Optional<String> k = speakers.entityCovering(pt.token(i).beginPosition()).filter(x -> speakers.kindOf(x) != EntityKind.PLACE);
            if (k.isPresent()) { speaker = k; afterName = i + 1; if (nameStart < 0) nameStart = i; }
            else if (speaker.isPresent() || pt.token(i).word().equals(",")) break;
        }
        if (speaker.isEmpty()) return false;
        int first = pt.firstToken(s), last = lastContentToken(pt, s);
        TextRef content;
        if (gi == first) { // "According to X, Y."
            int i = afterName;
            while (i <= last && pt.token(i).word().equals(",")) i++;
            if (i > last) return false;
            content = new TextRef(pt.token(i).beginPosition(), pt.token(last).endPosition());
        } else { // "Y, according to X."
            int e = gi - 1;
            while (e > first && (pt.token(e).word().equals(",") || pt.token(e).word().equals("—"))) e--;
            content = new TextRef(pt.token(first).beginPosition(), pt.token(e).endPosition());
        }
        if (words(content.of(pt.text())) < 3) return false;
        TextRef source = new TextRef(pt.token(nameStart).beginPosition(), pt.token(afterName - 1).endPosition());
        TextRef cue = new TextRef(pt.token(gi).beginPosition(), pt.token(gi + 1).endPosition());
        out.add(new Found(speaker.get(), content, false, 0.8, source, cue));
        return true;
    }

    /** The reported content of a verb of communication, as a text span, if it has one. */
    private Optional<TextRef> complement(ParsedText pt, SemanticGraph g, int s, IndexedWord verb) {
        boolean clausal = false, nominal = false;
        int before = Integer.MAX_VALUE;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            int di = e.getDependent().index();
            if (COMPLEMENT_RELATIONS.contains(rel)) {
                clausal = true;
                if (di < verb.index()) before = Math.min(before, di);
            } else if (rel.equals("obj") || rel.startsWith("obl:for")) {
                nominal = true;
            }
        }
        String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
        // "called the meeting to order": procedure; "called for X", "called on X to", "called X Y" report what was said
        if (lemma.equals("call") && calledSomething(g, verb)) return Optional.empty();
        int vi = pt.global(s, verb.index());
        int first = pt.firstToken(s), last = lastContentToken(pt, s);
        if (!clausal && nominal && lexicon.bareClauseSpeechVerbs.contains(lemma) && !bareClauseAfter(pt, vi, last)) nominal = false;
        else if (!clausal && nominal && lexicon.bareClauseSpeechVerbs.contains(lemma)) return span(pt, vi + 1, last);
        if (!clausal && !nominal) return parenthetical(pt, g, s, verb);
        if (!clausal && lexicon.clauseOnlySpeechVerbs.contains(lemma)) return Optional.empty();
        if (before != Integer.MAX_VALUE) {
            // "Y, X said." — the content precedes the verb, up to the comma before the subject
            int e = vi - 1;
            while (e > first && !pt.token(e).word().equals(",")) e--;
            if (e <= first) return Optional.empty();
            int end = e - 1;
            int start = first;
            while (start < end && isQuoteMark(pt.token(start).word().charAt(0))) start++;
            return span(pt, start, end);
        }
        int i = vi + 1;
        // "told X that Y", "informed X that Y": the content is the clause, not the listener; "said during that
        // time, Y": words between the verb and its clause are part of what was said
        IndexedWord clause = null;
        boolean listener = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("ccomp") && e.getDependent().index() > verb.index()
                    && (clause == null || e.getDependent().index() < clause.index())) clause = e.getDependent();
            if ((rel.equals("obj") || rel.equals("iobj")) && e.getDependent().index() > verb.index()) listener = true;
        }
        if (clause != null) {
            int min = g.descendants(clause).stream().mapToInt(IndexedWord::index).min().orElse(clause.index());
            // the complementizer "that", as the parse marks it or, when the parse attached it elsewhere ("said
            // during the hearing that ..."), the last "that" between the verb and the clause's head
            int ch = pt.global(s, clause.index());
            for (int k = ch - 1; k > vi; k--)
                if (lowerEquals(pt.token(k), "that") && Set.of("IN", "WDT").contains(pt.token(k).tag())) { i = Math.max(i, k + 1); break; }
            if (listener && min > verb.index()) i = Math.max(i, pt.global(s, min));
        }
        // particles and the complementizer: "pointed out that", "called for"
        while (i <= last && (SKIP_AT_START.contains(pt.token(i).word().toLowerCase(Locale.ROOT))
                || "RP".equals(pt.token(i).tag()))) i++;
        if (i > last) return Optional.empty();
        return span(pt, i, last);
    }

    /**
     * "X says the plan is ready", parsed as "says [the plan]" and a clause hanging elsewhere: the words after the verb
     * are a clause without "that" when a finite verb follows them with nothing between that would start another
     * clause (a comma, a colon, a conjunction) and is no relative clause's ("wrote a letter that was sent").
     */
    private static boolean bareClauseAfter(ParsedText pt, int vi, int last) {
        for (int j = vi + 2; j <= last; j++) {
            CoreLabel t = pt.token(j);
            String w = t.word().toLowerCase(Locale.ROOT), tag = t.tag() == null ? "" : t.tag();
            if (CLAUSE_BREAKS.contains(w) || tag.equals("CC") || tag.equals("-LRB-")) return false;
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"))
                return !RELATIVE_WORDS.contains(pt.token(j - 1).word().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static final Set<String> RELATIVE_WORDS = Set.of("that", "which", "who", "whom", "whose", "where", "when");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "—", "–", "-", "-lrb-", "-rrb-");

    /**
     * "This plan, he said, will fail": a verb of communication set off by commas inside what was said (the parse
     * hangs it on the clause as parataxis). What was said starts after the comma that closes the attribution, as the
     * gold of split reported speech has it; with the attribution at the end ("The plan will fail, he said") it is
     * everything before the comma that opens it.
     */
    private static Optional<TextRef> parenthetical(ParsedText pt, SemanticGraph g, int s, IndexedWord verb) {
        boolean aside = false;
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb))
            if (e.getRelation().toString().equals("parataxis")) aside = true;
        if (!aside) return Optional.empty();
        int vi = pt.global(s, verb.index()), first = pt.firstToken(s), last = lastContentToken(pt, s);
        int open = vi - 1; // the comma before the subject
        while (open > first && vi - open <= 6 && !pt.token(open).word().equals(",")) open--;
        if (open <= first || !pt.token(open).word().equals(",")) return Optional.empty();
        int close = vi + 1;
        while (close <= last && close - vi <= 6 && !pt.token(close).word().equals(",")) close++;
        if (close <= last && pt.token(close).word().equals(",")) return span(pt, close + 1, last);
        if (close > last) return span(pt, first, open - 1);
        return Optional.empty();
    }

    /**
     * "called X to order": the procedural idiom that opens a sitting, nothing said ("order" as the verb's oblique or
     * open complement, however the parser reads "to order"). Any other call reports speech: "called for X",
     * "called on X to", "called defectors scum".
     */
    private static boolean calledSomething(SemanticGraph g, IndexedWord verb) {
        boolean object = false, toOrder = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("ccomp") || rel.startsWith("obl:for")) return false;
            if (rel.equals("obj")) object = true;
            if ((rel.startsWith("obl") || rel.equals("xcomp")) && e.getDependent().word().equalsIgnoreCase("order")) toOrder = true;
        }
        return object && toOrder;
    }

    /** A finite clause ("emphasized that ..."), not an infinitive ("urged X to ..."). */
    private static boolean clausal(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb))
            if (e.getRelation().toString().equals("ccomp")) return true;
        return false;
    }

    private static Optional<TextRef> span(ParsedText pt, int from, int to) {
        if (to < from) return Optional.empty();
        TextRef r = new TextRef(pt.token(from).beginPosition(), pt.token(to).endPosition());
        return words(r.of(pt.text())) >= 3 ? Optional.of(r) : Optional.empty();
    }

    /** The last token of a sentence that is not closing punctuation. */
    private static int lastContentToken(ParsedText pt, int s) {
        int last = pt.lastToken(s);
        while (last > pt.firstToken(s) && isClosingPunctuation(pt.token(last).word())) last--;
        return last;
    }

    private static boolean isClosingPunctuation(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(":") || w.equals("...") || w.equals("…");
    }

    /**
     * Whether a quotation of its own (three words or more, no title) makes up most of a reported content: that is a
     * direct statement. One or two quoted words ("called the plan a \"disaster\"") stay the reported statement's.
     */
    private static boolean mostlyQuoted(ParsedText pt, TextRef c) {
        int quoted = 0;
        for (TextRef q : pt.quotes()) {
            String inside = inner(pt.text(), q).of(pt.text());
            if (words(inside) < 3 || QuotedNames.isTitle(inside)) continue;
            int a = Math.max(q.start(), c.start()), b = Math.min(q.end(), c.end());
            if (b > a) quoted += b - a;
        }
        return quoted * 2 > (c.end() - c.start());
    }

    private static boolean lowerEquals(CoreLabel t, String w) { return t.word().equalsIgnoreCase(w); }

    static int words(String s) { return s.isBlank() ? 0 : s.trim().split("\\s+").length; }
}
