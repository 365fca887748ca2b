package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.ingest.Article;
import org.plenary.ingest.Segment;
import org.plenary.ingest.SegmentKind;

/**
 * Speaker turns of transcripts, interviews and parliamentary records, which mark who speaks by a label and no
 * quotation marks: a label opening a paragraph ({@code MS SMITH: ...}, {@code Minister: ...}, {@code Q1 Chair: ...},
 * {@code Penny Wong, Foreign Minister: ...}; also inside a quotation mark that opens a quoted exchange) or a name on a line of its own before the paragraphs spoken
 * (Hansard: {@code Mr. King}, {@code The Secretary of State (Mr. Tom King)}, {@code 4. Mr. Flannery}). Each paragraph
 * of a turn, up to the next label or heading, is one direct statement of the label's speaker. An article is read
 * as a transcript only when it has at least two labels: one "Note: ..." paragraph or one name heading is not one.
 */
final class TranscriptTurns {
    /**
     * One paragraph of a turn.
     *
     * @param label the label's words (numbering and "Q1" prefixes aside): what names the speaker; null for a paragraph
     *              no label introduces that the transcript's principal speaker (the one its headline names) spoke:
     *              opening remarks before the first label, or an answer after a reporter's "Q." question
     * @param text  the paragraph's words after the label
     */
    record Turn(TextRef label, TextRef text) {}

    /** "Q:", "Q1", "Q. 4" before a questioner's label. */
    private static final Pattern QUESTION_PREFIX = Pattern.compile("^(?:Q\\s?\\.?\\s?\\d*[.:]?\\s+)");
    /** A paragraph opening with a label and a colon. */
    private static final Pattern INLINE = Pattern.compile("^\\s*[\"“]?(?:\\d{1,3}[.)]\\s+)?([^:\\n\"“”]{1,90}?)\\s*:\\s+(?=\\S)");
    /** A label alone on its line, ending in a colon ("GREG JENNETT:", "TREASURER:"); the turn is the paragraphs below. */
    private static final Pattern OWN_LINE = Pattern.compile("^\\s*(?:\\d{1,3}[.)]\\s+)?([^:\\n\"“”]{1,90}?)\\s*:\\s*$");
    /**
     * The congressional record's label: titles, then the name in capitals and a full stop ("Mr. LINDER. The
     * committee will come to order.", "The CHAIRMAN.", "Senator STEVENS.", "Mr. HASTINGS of Florida.").
     */
    private static final Pattern RECORD_LABEL = Pattern.compile(
            "^\\s*((?:[\\p{Lu}][\\p{L}]*\\.?\\s+){1,3}\\p{Lu}[\\p{Lu}'’-]+(?:\\s+\\p{Lu}[\\p{Lu}'’-]+)?(?:\\s+of\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)?)\\.\\s+(?=\\S)");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+");
    /** A reporter's question in a briefing transcript: "Q Thank you. Will ...?", "Q. And the cost?", "Question: ...". */
    private static final Pattern QUESTION_LINE = Pattern.compile("^\\s*(?:Q\\.?\\s+(?=\\p{Lu}|[\"“])|(?:Q|QUESTION|Question):\\s+(?=\\S))");
    /** The answer after a "Q" question in an interview: "A: ...", "A. ...". */
    private static final Pattern ANSWER_LINE = Pattern.compile("^\\s*(?:A[.:]|ANSWER:|Answer:)\\s+(?=\\S)");
    /** Labels of speakers the record does not name ("Some hon. members"), as {@code unnamed-speakers.txt} lists them. */
    private static final Set<String> UNNAMED_SPEAKERS = Set.copyOf(Lexicon.lines("unnamed-speakers.txt"));
    private static final Pattern ANY_LABEL = Pattern.compile("^\\s*([^:\\n\"“”]{1,40}?)\\s*:\\s");
    /** A roman numeral of a panel of witnesses ("I", "II", "IV"). */
    private static final Pattern PANEL_NUMBER = Pattern.compile("(?:I{1,3}|IV|VI{0,3}|IX|X)");
    /** Lower-case words a label may hold: "Secretary of State for X", "Mr van der Berg". */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "on", "de", "van", "von", "der", "da", "du", "la", "le", "al", "bin", "to");
    private static final int MAX_LABEL_WORDS = 12;
    /** An entry of a list of those present: a name with its titles ("Mike Null, Asst. City Mgr. / Public Works Dir."). */
    private static final int MAX_LIST_ENTRY_WORDS = 14;

    private TranscriptTurns() {}

    static List<Turn> find(Article article) {
        String text = article.text();
        List<Line> lines = lines(article);
        List<Turn> out = new ArrayList<>();
        int labels = 0;
        TextRef speaking = null; // the label of the turn under way
        boolean first = true;
        boolean inAttendance = false; // under "Members present:": the short lines below are names, not speakers
        boolean labelSeen = false, afterQuestion = false;
        int marked = 0; // labels written as labels (a colon, or the record's "Mr. NAME."), not names on their own line
        List<Turn> opening = new ArrayList<>(); // unlabelled paragraphs before the first label
        java.util.Set<String> bodyLabels = bodyLabels(text, lines);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind == SegmentKind.BLANK) continue;
            if (first) { first = false; continue; } // a headline "Name: what was said" is no turn
            String line = text.substring(l.start, l.end).strip();
            if (inAttendance) {
                Matcher inline = INLINE.matcher(text).region(l.start, l.end);
                boolean labelled = inline.lookingAt() && label(text, inline.start(1), inline.end(1)) != null;
                if (words(text, l.start, l.end) <= MAX_LIST_ENTRY_WORDS && !endsSentence(text, l) && !labelled) {
                    speaking = null;
                    continue;
                }
                inAttendance = false;
            }
            if (line.endsWith(":") && attendanceHeading(line.substring(0, line.length() - 1))) {
                inAttendance = true;
                speaking = null;
                continue;
            }
            if (l.kind == SegmentKind.BODY && unnamedSpeaker(text, l)) {
                // an interjection of unnamed members: no one's words, and the end of the turn before it
                speaking = null;
                afterQuestion = false;
                continue;
            }
            if (l.kind == SegmentKind.BODY && QUESTION_LINE.matcher(text).region(l.start, l.end).lookingAt()) {
                // a reporter's question marked "Q": no one's words; unlabelled paragraphs after it are the answer
                speaking = null;
                afterQuestion = true;
                labels++;
                continue;
            }
            Matcher answer = ANSWER_LINE.matcher(text).region(l.start, l.end);
            if (l.kind == SegmentKind.BODY && afterQuestion && answer.lookingAt()) {
                // "Q: ... / A: ...": the answer is the principal speaker's, like an unlabelled one
                speaking = null;
                TextRef said = trimmed(text, answer.end(), l.end);
                if (said != null) out.add(new Turn(null, said));
                continue;
            }
            Matcher own = OWN_LINE.matcher(text).region(l.start, l.end);
            if (own.matches() && label(text, own.start(1), own.end(1)) != null && speechFollows(text, lines, i)
                    && !attendanceHeading(text.substring(own.start(1), own.end(1)))) {
                speaking = label(text, own.start(1), own.end(1));
                labels++;
                marked++;
                labelSeen = true;
                afterQuestion = false;
                continue;
            }
            Matcher m = INLINE.matcher(text).region(l.start, l.end);
            boolean inline = m.lookingAt() && label(text, m.start(1), m.end(1)) != null;
            if (!inline) {
                m = RECORD_LABEL.matcher(text).region(l.start, l.end);
                inline = m.lookingAt() && recordLabel(m.group(1)) && label(text, m.start(1), m.end(1)) != null;
            }
            // a turn cut off mid-sentence ("MR. ROE: Shall I --") reads as a heading or caption, not body text; its label, one a
            // body paragraph of the transcript also opens with, shows it is a turn all the same
            boolean turnLine = l.kind == SegmentKind.BODY
                    || (l.kind == SegmentKind.HEADING || l.kind == SegmentKind.CAPTION) && inline
                            && bodyLabels.contains(labelWords(text, m.start(1), m.end(1)));
            if (turnLine && inline && !attendanceHeading(text.substring(m.start(1), m.end(1)))) {
                speaking = label(text, m.start(1), m.end(1));
                labels++;
                marked++;
                labelSeen = true;
                afterQuestion = false;
                TextRef said = trimmed(text, m.end(), l.end);
                if (said != null) out.add(new Turn(speaking, said));
                // a quoted turn ("“PENCE: ...”") ends with its closing mark
                if ((line.startsWith("“") || line.startsWith("\"")) && (line.endsWith("”") || line.endsWith("\"") && line.length() > 1))
                    speaking = null;
            } else if (words(text, l.start, l.end) <= MAX_LABEL_WORDS && !endsSentence(text, l) && nextIsBody(lines, i)
                    && label(text, l.start, l.end) != null) {
                // a name on its own line: the paragraphs below are its turn; but the last name of a list of names on
                // their own lines ("Members present:") introduces nothing
                // nor does an entry of a numbered or bulleted list of people, nor a name before a list
                int prev = previousNonBlank(lines, i), next = nextNonBlank(lines, i);
                boolean list = listItem(text, lines, next) || listItem(text, lines, prev) && listItem(text, lines, i);
                // (but a person's name under a heading that names no person, "Westminster Hall", is no list entry)
                boolean afterName = nameLine(text, lines, prev) && !(namesPerson(text, new TextRef(l.start, l.end))
                        && !namesPerson(text, new TextRef(lines.get(prev).start, lines.get(prev).end)));
                speaking = afterName || list ? null : label(text, l.start, l.end);
                if (speaking != null) { labels++; labelSeen = true; afterQuestion = false; }
            } else if (l.kind == SegmentKind.BODY && speaking != null && !listItem(text, lines, i)
                    && !introducesList(text, lines, i)) {
                TextRef said = trimmed(text, l.start, l.end);
                if (said != null) out.add(new Turn(speaking, said));
            } else if (l.kind == SegmentKind.BODY && speaking == null && (!labelSeen || afterQuestion)
                    && !listItem(text, lines, i) && !introducesList(text, lines, i)) {
                // a question over several paragraphs goes on while its paragraphs ask
                boolean stillAsking = afterQuestion && line.endsWith("?") && lastWasQuestion(text, lines, i);
                TextRef said = trimmed(text, l.start, l.end);
                if (said != null && !stillAsking) {
                    Turn t = new Turn(null, said);
                    out.add(t);
                    if (!labelSeen) opening.add(t);
                }
            } else {
                speaking = null;
            }
        }
        // opening remarks are the principal speaker's own words: in the first person somewhere
        boolean firstPerson = false;
        for (Turn t : opening) firstPerson |= FIRST_PERSON.matcher(t.text().of(text)).find();
        if (!firstPerson) out.removeAll(opening);
        if (labels >= 2) return out;
        // one label is enough when it names a person: remarks or a briefing given by one speaker over many
        // paragraphs ("DR. SMITH: ...", "RIGHT HONOURABLE JANE DOE (Prime Minister): ..."); a lone "Note:" or
        // "Contact:" names no one
        Turn labelled = out.stream().filter(t -> t.label() != null).findFirst().orElse(null);
        if (labels == 1 && marked == 1 && labelled != null && namesPerson(text, labelled.label())) return out;
        // so is one name on its own line over speech that opens in the first person: a record of one member's speech
        // ("Mr Jane Roe (Wellingborough) (Con)" over her paragraphs)
        if (labels == 1 && marked == 0 && labelled != null && namesPerson(text, labelled.label())
                && FIRST_PERSON.matcher(labelled.text().of(text)).find())
            return out;
        return List.of();
    }

    /** The labels (lower case) that open body paragraphs with a colon: the transcript's speakers. */
    private static java.util.Set<String> bodyLabels(String text, List<Line> lines) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Line l : lines) {
            if (l.kind != SegmentKind.BODY) continue;
            Matcher m = INLINE.matcher(text).region(l.start, l.end);
            if (m.lookingAt() && label(text, m.start(1), m.end(1)) != null) out.add(labelWords(text, m.start(1), m.end(1)));
        }
        return out;
    }

    private static String labelWords(String text, int start, int end) {
        TextRef l = label(text, start, end);
        return l == null ? "" : l.of(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|my|me|[Ww]e|[Oo]ur|us)\\b");

    /** Whether the paragraph before line {@code i} is a reporter's "Q" question or goes on asking one. */
    private static boolean lastWasQuestion(String text, List<Line> lines, int i) {
        int j = previousNonBlank(lines, i);
        if (j < 0) return false;
        String prev = text.substring(lines.get(j).start, lines.get(j).end).strip();
        return QUESTION_LINE.matcher(prev).lookingAt() || prev.endsWith("?") && lastWasQuestion(text, lines, j);
    }

    private static boolean unnamedSpeaker(String text, Line l) {
        Matcher m = ANY_LABEL.matcher(text).region(l.start, l.end);
        if (!m.lookingAt()) return false;
        // "Unidentified Male 1": the number tells unnamed speakers apart and names none of them
        String label = m.group(1).replace(".", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip().replaceFirst("\\s+\\d{1,2}$", "");
        return UNNAMED_SPEAKERS.contains(label);
    }

    private static boolean namesPerson(String text, TextRef label) {
        for (TextRef part : parts(text, label)) if (personName(text, part, Lexicon.standard()) != null) return true;
        return false;
    }

    /**
     * Whether the line after a label alone on its line is speech: body text that is not a list entry and is a
     * sentence or longer than a label ("Present:" over a list of names heads no turn).
     */
    private static boolean speechFollows(String text, List<Line> lines, int i) {
        int j = nextNonBlank(lines, i);
        if (j < 0 || lines.get(j).kind != SegmentKind.BODY || listItem(text, lines, j)) return false;
        Line n = lines.get(j);
        String line = text.substring(n.start, n.end).strip();
        // "Great to be with you.": a full stop after a short word ends a sentence of three words or more
        return endsSentence(text, n) || line.endsWith(".") && words(text, n.start, n.end) >= 3
                || words(text, n.start, n.end) > MAX_LABEL_WORDS;
    }

    private static final Set<String> ATTENDANCE_WORDS = Set.copyOf(Lexicon.standard().attendanceCues.keySet());

    /** "MEMBERS PRESENT", "Apologies": a heading of those present or absent, not a speaker. */
    private static boolean attendanceHeading(String label) {
        String l = label.toLowerCase(Locale.ROOT).strip();
        for (String cue : ATTENDANCE_WORDS) if (l.equals(cue) || l.endsWith(" " + cue) || l.startsWith(cue + " ")) return true;
        return false;
    }

    /**
     * A record label opens with a title ("Mr.", "The", "Senator") and ends its name with a word in capitals of three
     * letters or more, before an optional "of State": "The UN." or "NATO MEMBERS." is no label.
     */
    private static boolean recordLabel(String label) {
        String[] w = label.trim().split("\\s+");
        int last = -1;
        for (int i = 0; i < w.length && !w[i].equals("of"); i++)
            if (w[i].length() >= 2 && w[i].equals(w[i].toUpperCase(Locale.ROOT)) && !w[i].endsWith(".")) last = i;
        if (last < 1 || w[last].replaceAll("[^\\p{L}]", "").length() < 3) return false;
        String first = w[0].replace(".", "").toLowerCase(Locale.ROOT);
        if (!first.equals("the") && !HONORIFICS.contains(first)) return false;
        for (int i = 1; i < last; i++) {
            String lw = w[i].replace(".", "").toLowerCase(Locale.ROOT);
            if (!HONORIFICS.contains(lw) && !w[i].equals(w[i].toUpperCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** The name part of a label, numbering and question prefixes stripped, or null when it cannot be one. */
    static TextRef label(String text, int start, int end) {
        String s = text.substring(start, end);
        Matcher n = NUMBERING.matcher(s);
        if (n.lookingAt()) start += n.end();
        Matcher q = QUESTION_PREFIX.matcher(text.substring(start, end));
        if (q.lookingAt()) start += q.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (start >= end) return null;
        String label = text.substring(start, end);
        // "I: Jane Doe, Minister ..." / "II: ...": the panels of witnesses a committee hears are numbered, not named
        if (PANEL_NUMBER.matcher(label).matches()) return null;
        String[] words = label.replaceAll("[(),]", " ").trim().split("\\s+");
        if (words.length == 0 || words.length > MAX_LABEL_WORDS || words[0].isEmpty()) return null;
        if (!Character.isUpperCase(words[0].codePointAt(0))) return null;
        for (String w : words) {
            if (CONNECTORS.contains(w)) continue;
            if (!Character.isUpperCase(w.codePointAt(0))) return null;
            // a constituency joined by a dash ("Cape Breton—Canso") is one word of the label
            if (!w.matches("[\\p{L}\\p{M}][\\p{L}\\p{M}.'’–—-]*")) return null;
        }
        if (CONNECTORS.contains(words[words.length - 1])) return null;
        return new TextRef(start, end);
    }

    private record Line(int start, int end, SegmentKind kind) {}

    private static List<Line> lines(Article article) {
        List<Line> out = new ArrayList<>();
        String text = article.text();
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            if (end > pos && text.charAt(end - 1) == '\r') end--;
            out.add(new Line(pos, end, text.substring(pos, end).isBlank() ? SegmentKind.BLANK : kindAt(article, pos, end)));
            pos = nl < 0 ? text.length() : nl + 1;
        }
        return out;
    }

    /** The kind of the segment holding the line's first non-space character. */
    private static SegmentKind kindAt(Article a, int start, int end) {
        String text = a.text();
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) i++;
        for (Segment s : a.segments()) if (s.start() <= i && i < s.end()) return s.kind();
        return SegmentKind.BLANK;
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\d{1,3}[.)]|[-*•·–])\\s+\\S");

    private static boolean listItem(String text, List<Line> lines, int j) {
        return j >= 0 && LIST_ITEM.matcher(text.substring(lines.get(j).start, lines.get(j).end)).find();
    }

    /** A short line ending in a colon before a list ("From the White House:"): a heading of the list, not speech. */
    private static boolean introducesList(String text, List<Line> lines, int i) {
        String s = text.substring(lines.get(i).start, lines.get(i).end).strip();
        return s.endsWith(":") && s.split("\\s+").length <= 8 && listItem(text, lines, nextNonBlank(lines, i));
    }

    private static int nextNonBlank(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) if (lines.get(j).kind != SegmentKind.BLANK) return j;
        return -1;
    }

    private static int previousNonBlank(List<Line> lines, int i) {
        for (int j = i - 1; j >= 0; j--) if (lines.get(j).kind != SegmentKind.BLANK) return j;
        return -1;
    }

    /** A short line of capitalized words that is not body text: one entry of a list of names. */
    private static boolean nameLine(String text, List<Line> lines, int j) {
        if (j < 0) return false;
        Line l = lines.get(j);
        return l.kind != SegmentKind.BODY && words(text, l.start, l.end) <= MAX_LABEL_WORDS && !endsSentence(text, l)
                && label(text, l.start, l.end) != null;
    }

    private static boolean nextIsBody(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (lines.get(j).kind == SegmentKind.BLANK) continue;
            return lines.get(j).kind == SegmentKind.BODY;
        }
        return false;
    }

    private static boolean endsSentence(String text, Line l) {
        String s = text.substring(l.start, l.end).strip();
        if (s.isEmpty()) return false;
        char c = s.charAt(s.length() - 1);
        if (c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '”') return true;
        // a full stop ends a sentence, not an abbreviation ("Mr.", "Jr.")
        return c == '.' && !s.matches("(?s).*\\b\\p{L}{1,3}\\.$");
    }

    private static TextRef trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end - start >= 2 ? new TextRef(start, end) : null;
    }

    private static int words(String text, int start, int end) {
        String s = text.substring(start, end).trim();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** Honorifics and office titles before a name (the list names are read with). */
    private static final Set<String> HONORIFICS = PersonName.TITLES;
    /** "Natascha Engel (Chair)": a name with its role in parentheses, as attendance lists give them. */
    private static final Pattern NAME_WITH_ROLE = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{M}.'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]+){0,3})\\s*\\(([^()\\n]{2,40})\\)");

    /**
     * The mentions with a person mention added for each speaker label that names a person no mention covers
     * (labels stand in caption lines, which the NLP stage does not read, and are often in capitals), and for each
     * name given with a role in parentheses that a label uses ("Natascha Engel (Chair)" for "Chair:"). A label
     * names a person when, titles aside, it opens with a known given name and has two words or more, or
     * carries an honorific ("Mr. Flannery").
     */
    static List<Mention> withSpeakerNames(List<Mention> mentions, ParsedText pt, Lexicon lexicon) {
        List<Turn> turns = find(pt.article());
        if (turns.isEmpty()) return mentions;
        String text = pt.text();
        List<Mention> out = new ArrayList<>(mentions);
        java.util.Set<TextRef> labels = new java.util.LinkedHashSet<>();
        for (Turn t : turns) if (t.label() != null) labels.add(t.label());
        java.util.Set<String> roles = new java.util.HashSet<>();
        for (TextRef l : labels) {
            for (TextRef part : parts(text, l)) {
                TextRef name = personName(text, part, lexicon);
                if (name != null) add(out, pt, name);
                else roles.add(text.substring(part.start(), part.end()).toLowerCase(Locale.ROOT));
            }
        }
        Matcher m = NAME_WITH_ROLE.matcher(text);
        while (m.find()) {
            if (!roles.contains(m.group(2).trim().toLowerCase(Locale.ROOT))) continue;
            // a name given the very role a speaker label uses is a person even without a known given name
            TextRef name = personName(text, new TextRef(m.start(1), m.end(1)), lexicon);
            if (name == null && m.group(1).trim().split("\\s+").length >= 2) name = new TextRef(m.start(1), m.end(1));
            if (name != null) add(out, pt, name);
        }
        out.sort(java.util.Comparator.comparingInt(x -> x.ref().start()));
        return out;
    }

    private static void add(List<Mention> out, ParsedText pt, TextRef name) {
        for (int i = 0; i < out.size(); i++) {
            Mention x = out.get(i);
            if (!x.ref().overlaps(name)) continue;
            // a label in capitals that the name finder found: the name as a name is written
            if (x.kind() == EntityKind.PERSON && name.contains(x.ref()) && !x.text().equals(titleCase(x.text())))
                out.set(i, new Mention(x.ref(), x.kind(), titleCase(x.text()), x.sentence(), x.acronymOf()));
            // found with its honorific ("MS. SMITH"): the name without it, so that it joins the person named in full
            else if (x.kind() == EntityKind.PERSON && x.ref().contains(name) && !x.ref().equals(name))
                out.set(i, new Mention(name, x.kind(), titleCase(name.of(pt.text())), x.sentence(), x.acronymOf()));
            return;
        }
        int t = pt.tokenAt(name.start());
        int sentence = t >= 0 ? pt.sentenceOf(t) : Math.max(0, pt.sentences().size() - 1);
        out.add(new Mention(name, EntityKind.PERSON, titleCase(name.of(pt.text())), sentence));
    }

    /** A label's parts: "Penny Wong, Foreign Minister" and "The Secretary of State (Mr. Tom King)" have two. */
    static List<TextRef> parts(String text, TextRef label) {
        List<TextRef> out = new ArrayList<>();
        int start = label.start();
        for (int i = label.start(); i <= label.end(); i++) {
            if (i == label.end() || "(),".indexOf(text.charAt(i)) >= 0) {
                TextRef t = trimmed(text, start, i);
                if (t != null) out.add(t);
                start = i + 1;
            }
        }
        return out;
    }

    /** The name in a label part without its honorifics, if the part names a person (see {@link #withSpeakerNames}). */
    static TextRef personName(String text, TextRef part, Lexicon lexicon) {
        int start = part.start();
        boolean honorific = false;
        Matcher w = Pattern.compile("[\\p{L}\\p{M}.'’-]+").matcher(text).region(part.start(), part.end());
        List<int[]> words = new ArrayList<>();
        while (w.find()) words.add(new int[] {w.start(), w.end()});
        int i = 0;
        while (i < words.size() - 1) {
            // a title of two words ("Right Honourable", "Rt Hon") before one of one word ("Hon")
            if (i + 2 < words.size() && HONORIFICS.contains(wordsAt(text, words, i, 2))) { honorific = true; i += 2; continue; }
            String lw = wordsAt(text, words, i, 1);
            if (!HONORIFICS.contains(lw) && !lw.equals("the")) break;
            honorific |= HONORIFICS.contains(lw);
            i++;
        }
        if (i >= words.size()) return null;
        int rest = words.size() - i;
        String first = text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
        boolean named = honorific && rest <= 3 || rest >= 2 && rest <= 4 && lexicon.givenNames().contains(first);
        if (!named) return null;
        // "Mr SPEAKER", "Madam Chair", "Mr President": a form of address of an office, not a name
        boolean office = true;
        for (int k = i; k < words.size() && office; k++)
            office = lexicon.roleNouns.contains(text.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT));
        if (office) return null;
        for (int k = i; k < words.size(); k++) {
            String word = text.substring(words.get(k)[0], words.get(k)[1]);
            if (!Character.isUpperCase(word.codePointAt(0)) || CONNECTORS.contains(word)) return null;
        }
        start = words.get(i)[0];
        return new TextRef(start, words.get(words.size() - 1)[1]);
    }

    /** The {@code n} words from word {@code i}, lower case, without periods: "Rt. Hon." -> "rt hon". */
    private static String wordsAt(String text, List<int[]> words, int i, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            if (k > i) b.append(' ');
            b.append(text.substring(words.get(k)[0], words.get(k)[1]).replace(".", "").toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** "ANTHONY ALBANESE" -> "Anthony Albanese"; mixed case as written. Same length, so offsets still fit. */
    static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) return s;
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
