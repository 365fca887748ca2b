package org.plenary.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Who was at a meeting according to the layout of minutes, communiqués and transcripts rather than a verb: a cue
 * ("Present:", "Members present:", "Participants in ...", "Absent:") heading lines that each name a person, or a
 * clause naming people after a cue ("Also present were A, B and C", "Voting for the action were A, Chair; B").
 * A listed name followed by a chair word ("Natascha Engel (Chair)", "Kevin W. White, Chairman,") chaired.
 * Headings inside a list ("From the Scottish government:") divide it into delegations.
 */
final class AttendanceLists {
    /** A person a list names: attended (or chaired), or was named absent; group and order within the list. */
    record Listed(String agent, ParticipationKind kind, boolean absent, int group, int order, TextRef evidence) {}

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> INTRODUCERS = Set.of(":", "be", "include");

    private final Lexicon lexicon;

    AttendanceLists(Lexicon lexicon) { this.lexicon = lexicon; }

    List<Listed> find(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping, IntPredicate isBody) {
        List<Listed> out = new ArrayList<>();
        String mode = null; // "attendee" or "absent" while a list runs
        int group = 0, order = 0;
        for (int s = 0; s < pt.sentences().size(); s++) {
            TextRef sentence = pt.sentenceRef(s);
            if (!isBody.test(sentence.start())) { mode = null; continue; }
            if (!hasWord(pt, s)) continue; // "1.", "-": an item's number the sentence splitter cut off
            List<Mention> persons = personsOf(mentions, s);
            Cue cue = cue(pt, s);
            boolean finite = hasFiniteVerb(pt, s);
            String line = sentence.of(pt.text()).strip();
            if (cue != null && persons.stream().allMatch(p -> pt.tokenAt(p.ref().start()) > cue.end)) {
                List<Mention> named = introduced(pt, s, cue, persons);
                // a heading ("Present:", "Present: A, Chair" with the list going on below) opens a list; a clause does not
                if (!finite || line.endsWith(":")) { mode = cue.kind; group = 0; order = 0; }
                else mode = null;
                for (Mention p : named) add(pt, grouping, p, cue.kind, group, order++, sentence, out);
                continue;
            }
            if (mode == null) continue;
            if (persons.isEmpty()) {
                // "From HM government:": a heading inside the list opens a delegation; any other line ends the list
                if (line.endsWith(":") && !finite) { group++; order = 0; }
                else mode = null;
                continue;
            }
            if (finite) { mode = null; continue; } // a sentence, not a list item
            for (Mention p : persons) add(pt, grouping, p, mode, group, order++, sentence, out);
        }
        return out;
    }

    /**
     * The lines of the article's lists of those present that its layout took for headings ("Present: Mayor A,
     * Chair", "Members present:", "Natascha Engel (Chair)"): a heading line with a cue, and the short lines after
     * it up to a sentence, a heading in capitals or a long line. They are read as prose, so that their names are found.
     */
    List<TextRef> listLines(org.plenary.ingest.Article article) {
        List<TextRef> out = new ArrayList<>();
        boolean open = false;
        for (org.plenary.ingest.Segment seg : article.segments()) {
            org.plenary.ingest.SegmentKind kind = seg.kind();
            if (kind == org.plenary.ingest.SegmentKind.BLANK) continue;
            String line = article.text().substring(seg.start(), seg.end()).strip();
            // "[Mr Clive Betts in the Chair]": a parliamentary record's line naming who chairs, read as prose
            if ((kind == org.plenary.ingest.SegmentKind.HEADING || kind == org.plenary.ingest.SegmentKind.CAPTION) && CHAIR_LINE.matcher(line).find()) {
                out.add(new TextRef(seg.start(), seg.end()));
                continue;
            }
            if (headsList(line) && (kind == org.plenary.ingest.SegmentKind.HEADING || kind == org.plenary.ingest.SegmentKind.BODY
                    || kind == org.plenary.ingest.SegmentKind.CAPTION)) {
                if (kind != org.plenary.ingest.SegmentKind.BODY) out.add(new TextRef(seg.start(), seg.end()));
                open = true;
                continue;
            }
            if (!open) continue;
            String[] words = line.split("\\s+");
            boolean capitals = line.equals(line.toUpperCase(Locale.ROOT)) && !lexicon.honorifics.contains(words[0]);
            boolean shortLine = kind == org.plenary.ingest.SegmentKind.HEADING || kind == org.plenary.ingest.SegmentKind.CAPTION;
            if (shortLine && words.length <= 14 && !capitals) out.add(new TextRef(seg.start(), seg.end()));
            else if (kind != org.plenary.ingest.SegmentKind.BODY || words.length > 14) open = false;
        }
        return out;
    }

    private static final java.util.regex.Pattern CHAIR_LINE = java.util.regex.Pattern.compile("(?i)\\b(in|took|takes) the chair\\b");

    /** A line that opens a list of those present: its first words are a cue ("Present:", "Members present:", "Participants in ..."). */
    private boolean headsList(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        String head = colon >= 0 ? lower.substring(0, colon) : lower;
        // a short heading ("Members present:"), or a longer line that ends introducing the list ("Staff of the Center
        // attending, in addition to Dr. A, were:")
        int words = head.split("\\s+").length;
        if (words > 6 && !(lower.strip().endsWith(":") && words <= 24)) return false;
        for (String cue : lexicon.attendanceCues.keySet())
            if ((" " + head.replaceAll("[^\\p{L} ]", " ") + " ").contains(" " + cue + " ")) return true;
        return false;
    }

    private void add(ParsedText pt, EntityGrouper.Grouping grouping, Mention p, String mode, int group, int order,
                     TextRef evidence, List<Listed> out) {
        Optional<String> key = grouping.keyAt(p.ref());
        if (key.isEmpty()) return;
        boolean absent = mode.equals("absent");
        ParticipationKind kind = !absent && chairMarked(pt, p) ? ParticipationKind.CHAIR : ParticipationKind.ATTENDEE;
        out.add(new Listed(key.get(), kind, absent, group, order, evidence));
    }

    /** A chair word right after the name: "(Chair)", ", Chairman," or ", Chair;" (not "Chair of ..."). */
    boolean chairMarked(ParsedText pt, Mention p) {
        int last = pt.tokenAt(p.ref().end() - 1);
        if (last < 0) return false;
        int s = pt.sentenceOf(last), k = last + 1;
        if (k > pt.lastToken(s)) return false;
        String sep = pt.token(k).word();
        if (!(sep.equals(",") || sep.equals("(") || sep.equals("-LRB-"))) return false;
        k++;
        // "Mayor Richard Clapp, presiding,": the participle of presiding marks the chair as a title does
        if (k <= pt.lastToken(s) && pt.token(k).word().equalsIgnoreCase("presiding")) return true;
        for (String title : lexicon.chairTitles) {
            String[] words = title.split(" ");
            int j = k;
            boolean all = true;
            for (String w : words) { all &= j <= pt.lastToken(s) && pt.token(j).word().equals(w); j++; }
            if (!all) continue;
            if (j > pt.lastToken(s)) return true;
            String after = pt.token(j).word();
            return Set.of(",", ";", ")", "-RRB-", ".").contains(after);
        }
        return false;
    }

    private record Cue(String kind, int start, int end) {}

    /** The first cue phrase of the sentence, by its words in lower case. */
    private Cue cue(ParsedText pt, int s) {
        int first = pt.firstToken(s), last = pt.lastToken(s);
        for (int i = first; i <= last; i++) {
            for (var e : lexicon.attendanceCues.entrySet()) {
                String[] words = e.getKey().split(" ");
                int j = i;
                boolean all = true;
                for (String w : words) { all &= j <= last && pt.token(j).word().toLowerCase(Locale.ROOT).equals(w); j++; }
                // "absent" and "present" as adjectives only: "the present agreement" is no cue
                if (all && words.length == 1 && Set.of("present", "absent").contains(words[0]) && i < last
                        && pt.token(i + 1).tag().startsWith("NN") && !pt.token(i + 1).word().equals(":")) all = false;
                if (all) return new Cue(e.getValue(), i, j - 1);
            }
        }
        return null;
    }

    /** The persons a cue introduces: those after it once a colon, "were" or "included" stands between. */
    private static List<Mention> introduced(ParsedText pt, int s, Cue cue, List<Mention> persons) {
        int from = -1;
        for (int i = cue.end + 1; i <= pt.lastToken(s) && from < 0; i++) {
            CoreLabel t = pt.token(i);
            if (INTRODUCERS.contains(t.word()) || INTRODUCERS.contains(ParsedText.lemma(t))) from = i;
            if (Mention.anyCovers(persons, t)) break;
        }
        if (from < 0 && cue.end + 1 <= pt.lastToken(s) && pt.token(cue.end + 1).word().equals(":")) from = cue.end + 1;
        if (from < 0) return List.of();
        List<Mention> out = new ArrayList<>();
        for (Mention p : persons) if (pt.tokenAt(p.ref().start()) > from) out.add(p);
        return out;
    }

    private static boolean hasWord(ParsedText pt, int s) {
        for (int i = pt.firstToken(s); i <= pt.lastToken(s); i++)
            if (pt.token(i).word().codePoints().anyMatch(Character::isLetter)) return true;
        return false;
    }

    private static boolean hasFiniteVerb(ParsedText pt, int s) {
        for (int i = pt.firstToken(s); i <= pt.lastToken(s); i++) {
            CoreLabel t = pt.token(i);
            if (t.tag() != null && FINITE.contains(t.tag()) && !"TITLE".equals(t.ner())) return true;
        }
        return false;
    }

    private static List<Mention> personsOf(List<Mention> mentions, int s) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) if (m.kind() == EntityKind.PERSON && m.sentence() == s) out.add(m);
        return out;
    }
}
