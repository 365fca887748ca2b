package org.plenary.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the meeting an article reports (the first meeting noun of its prose: "meeting", "session", "hearing", ...)
 * with the body that held it, its date (CoreNLP's SUTime value, its missing year taken from the article's date),
 * its place, and who convened, chaired, spoke, testified, led a delegation or attended. Who is only mentioned gets
 * no participation.
 */
final class MeetingFinder {
    /** The meeting, who took part, and places named as written that are no entity of the text yet ("Nagoya, Japan"). */
    record Result(Optional<MeetingFact> meeting, List<ParticipationFact> participations, List<ExtractedEntity> places) {
        Result(Optional<MeetingFact> meeting, List<ParticipationFact> participations) { this(meeting, participations, List.of()); }
    }

    private static final Pattern ISO = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})(?:-(\\d{2}))?");
    private static final String KEY = "meeting:1";
    /** Whether a quote makes a speaker only near the meeting's paragraphs (off: see participations). */
    private static final boolean NEAR_MEETING_ONLY = false;
    private static final Set<String> MEETING_VERBS = Set.of("meet", "convene", "host", "gather", "hold", "welcome");

    private final Lexicon lexicon;
    private final AttendanceLists attendanceLists;

    MeetingFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.attendanceLists = new AttendanceLists(lexicon);
    }

    Result find(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping, SpeakerResolver speakers,
                List<StatementFinder.Found> statements, List<RoleFact> roles, Optional<String> published, IntPredicate isBody) {
        int nounAt = -1;
        for (int i = 0; i < pt.tokens().size(); i++) {
            CoreLabel t = pt.token(i);
            if (t.tag() != null && t.tag().startsWith("NN") && lexicon.meetingNouns.contains(ParsedText.lemma(t))
                    && !Mention.anyCovers(mentions, t) && isBody.test(t.beginPosition())) { nounAt = i; break; }
        }
        if (nounAt < 0) {
            for (int i = 0; i < pt.tokens().size(); i++) {
                CoreLabel t = pt.token(i);
                // "X met with Y", "X hosted Y": a meeting reported by its verb
                if (t.tag() != null && t.tag().startsWith("VB") && Set.of("meet", "host", "convene").contains(ParsedText.lemma(t))
                        && isBody.test(t.beginPosition())) { nounAt = i; break; }
            }
        }
        List<AttendanceLists.Listed> listed = attendanceLists.find(pt, mentions, grouping, isBody);
        boolean fromList = nounAt < 0 && !listed.isEmpty(); // a list of those present reports a meeting
        if (fromList) nounAt = pt.firstToken(pt.sentenceOf(pt.tokenAt(listed.get(0).evidence().start())));
        // a record of a sitting in speakers' turns (a Hansard debate, question time) is the meeting, named by its title
        boolean turns = statements.stream().anyMatch(f -> f.source() != null && f.source().equals(f.cue()));
        boolean fromTurns = nounAt < 0 && turns;
        if (fromTurns) {
            fromList = true; // named like a list's meeting: by the title
            int first = statements.stream().filter(f -> f.source() != null && f.source().equals(f.cue()))
                    .mapToInt(f -> f.text().start()).min().orElse(0);
            nounAt = pt.firstToken(pt.sentenceOf(Math.max(0, pt.tokenAt(first))));
        }
        if (nounAt < 0) return new Result(Optional.empty(), List.of());
        int s = pt.sentenceOf(nounAt);
        SemanticGraph g = pt.graph(s);
        IndexedWord noun = g.getNodeByIndexSafe(pt.token(nounAt).index());
        String name = fromList ? pt.article().metadata().title().map(MeetingFinder::clip).orElse(clip(pt.sentenceRef(s).of(pt.text())))
                : pt.token(nounAt).tag().startsWith("VB") ? clip(pt.sentenceRef(s).of(pt.text()))
                : noun == null ? pt.token(nounAt).word() : nounPhrase(pt, g, s, noun);
        // sentences about the meeting: a meeting noun, or a verb of meeting ("met with", "convened", "hosted")
        List<Integer> meetingSentences = new ArrayList<>();
        for (int i = 0; i < pt.tokens().size(); i++) {
            CoreLabel t = pt.token(i);
            boolean isNoun = t.tag() != null && t.tag().startsWith("NN") && lexicon.meetingNouns.contains(ParsedText.lemma(t)) && !Mention.anyCovers(mentions, t);
            boolean verb = t.tag() != null && t.tag().startsWith("VB") && MEETING_VERBS.contains(ParsedText.lemma(t));
            if ((isNoun || verb) && isBody.test(t.beginPosition()) && !meetingSentences.contains(t.sentIndex()))
                meetingSentences.add(t.sentIndex());
        }
        Optional<String> body = body(pt, mentions, grouping, g, s, noun);
        // a record of a sitting in speakers' turns that names no other meeting is dated by its date line: the dates its
        // speakers name are of other things (a transcript about a meeting it names is dated by that meeting)
        Optional<StatedDate> date = (fromTurns ? datelineDate(pt.article()) : Optional.<StatedDate>empty())
                .or(() -> date(pt, titleMeetingSentences(pt), published)).or(() -> date(pt, meetingSentences, published))
                .or(() -> date(pt, titleSentences(pt), published)).or(() -> datelineDate(pt.article()))
                .or(() -> weekMonth(pt, meetingSentences, published));
        List<ExtractedEntity> newPlaces = new ArrayList<>();
        Optional<String> place = place(pt, mentions, grouping, meetingSentences, newPlaces);
        MeetingFact meeting = new MeetingFact(KEY, name, body, date.map(StatedDate::iso), date.map(StatedDate::ref), place, pt.sentenceRef(s));

        List<ParticipationFact> parts = new ArrayList<>();
        Set<String> absent = new java.util.HashSet<>();
        for (int k = 0; k < pt.sentences().size(); k++) {
            if (!isBody.test(pt.sentenceRef(k).start())) continue;
            participations(pt, speakers, k, nounAt, parts, absent);
        }
        for (AttendanceLists.Listed l : listed) {
            if (l.absent()) absent.add(l.agent());
            else parts.add(new ParticipationFact(l.agent(), KEY, l.kind(), l.evidence()));
        }
        // minutes of a council whose list marks no chair: its one Mayor presides (extract/presiding-titles.txt)
        if (!listed.isEmpty() && listed.stream().noneMatch(l -> l.kind() == ParticipationKind.CHAIR)) {
            Set<String> presiding = new LinkedHashSet<>();
            for (RoleFact r : roles)
                if (lexicon.presidingTitles.contains(r.title().strip()) && listed.stream().anyMatch(l -> !l.absent() && l.agent().equals(r.holder())))
                    presiding.add(r.holder());
            if (presiding.size() == 1) {
                String chair = presiding.iterator().next();
                listed.stream().filter(l -> l.agent().equals(chair)).findFirst()
                        .ifPresent(l -> parts.add(new ParticipationFact(chair, KEY, ParticipationKind.CHAIR, l.evidence())));
            }
        }
        parts.addAll(chairsNamedByTheSitting(pt, mentions, grouping));
        Set<Integer> meetingParagraphs = new java.util.HashSet<>();
        for (int ms : meetingSentences) meetingParagraphs.add(pt.paragraphOf(pt.sentenceRef(ms).start()));
        boolean transcript = turns;
        for (StatementFinder.Found f : statements) {
            // who is quoted took part by speaking; an organization's statement is no turn at the meeting
            if (speakers.kindOf(f.speaker()) != EntityKind.PERSON) continue;
            // a news report quotes people who were not there (an expert, a spokesperson, a leader elsewhere): a quote
            // makes a speaker only in a paragraph about the meeting, in a transcript, or of who took part otherwise
            boolean turn = f.source() != null && f.source().equals(f.cue());
            boolean near = meetingParagraphs.contains(pt.paragraphOf(f.text().start()))
                    || f.source() != null && meetingParagraphs.contains(pt.paragraphOf(f.source().start()));
            boolean otherwise = parts.stream().anyMatch(p -> p.agent().equals(f.speaker()));
            // measured on dev (participation precision 0.732 -> 0.784), but a report of one meeting quotes its speakers
            // in paragraphs that do not name it ("In response, X praised ..."), so it is not applied yet
            if (NEAR_MEETING_ONLY && !turn && !near && !otherwise && !transcript) continue;
            if (parts.stream().noneMatch(p -> p.agent().equals(f.speaker()) && p.kind() == ParticipationKind.SPEAKER))
                parts.add(new ParticipationFact(f.speaker(), KEY, ParticipationKind.SPEAKER, f.text()));
        }
        // "Co-Chairs Governor A and Governor B", "Committee Chairman C": the chair of the meeting's body, or of no body named
        for (RoleFact r : roles) {
            String[] words = r.title().toLowerCase(java.util.Locale.ROOT).split("[\\s]+");
            // the head of the title: its last word, or the word before its portfolio ("Co-Chair of the Council")
            int of = 0;
            while (of < words.length && !Set.of("of", "for", "on", "to", "at").contains(words[of])) of++;
            String head = words[of > 0 && of < words.length ? of - 1 : words.length - 1].replaceFirst("^co-", "");
            boolean deputy = Arrays.stream(words).anyMatch(w -> Set.of("vice", "deputy", "former", "acting").contains(w) || w.startsWith("vice-"));
            boolean chairWord = lexicon.chairTitles.stream().anyMatch(c -> c.equalsIgnoreCase(head));
            if (chairWord && !deputy && (r.organization().isEmpty() || r.organization().equals(body)))
                parts.add(new ParticipationFact(r.holder(), KEY, ParticipationKind.CHAIR, r.evidence()));
        }
        parts.removeIf(p -> absent.contains(p.agent()));
        return new Result(Optional.of(meeting), strongestPerAgent(delegations(listed, parts)), newPlaces);
    }

    /** Nouns of the office of chairing a sitting, said to the chair: "under your chairmanship, Mr X". */
    private static final Set<String> CHAIRSHIP = Set.of("chairmanship", "chairship", "chairpersonship", "chairwomanship");

    /**
     * The forms parliamentary records use for who chairs a sitting: "[Mr Clive Betts in the Chair]" (a line of its
     * own in Hansard), and a member addressing the chair at the start of a speech: "It is a pleasure to serve under
     * your chairmanship, Mr Walker".
     */
    private List<ParticipationFact> chairsNamedByTheSitting(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping) {
        List<ParticipationFact> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PERSON) continue;
            Optional<String> key = grouping.keyAt(m.ref());
            int first = pt.tokenAt(m.ref().start()), last = pt.tokenAt(m.ref().end() - 1);
            if (key.isEmpty() || first < 0 || last < 0) continue;
            int s = pt.sentenceOf(first);
            boolean inTheChair = last + 3 <= pt.lastToken(s) && pt.token(last + 1).word().equalsIgnoreCase("in")
                    && pt.token(last + 2).word().equalsIgnoreCase("the") && pt.token(last + 3).word().equalsIgnoreCase("chair");
            int k = first - 1;
            while (k >= pt.firstToken(s) && lexicon.honorifics.contains(pt.token(k).word())) k--;
            boolean addressed = k - 2 >= pt.firstToken(s) && pt.token(k).word().equals(",")
                    && CHAIRSHIP.contains(pt.token(k - 1).word().toLowerCase(java.util.Locale.ROOT))
                    && pt.token(k - 2).word().equalsIgnoreCase("your");
            if (inTheChair || addressed)
                out.add(new ParticipationFact(key.get(), KEY, ParticipationKind.CHAIR, pt.sentenceRef(s)));
        }
        return out;
    }

    /** The order in which one person's ways of taking part outrank each other: one participation per person. */
    private static final List<ParticipationKind> PRECEDENCE = List.of(ParticipationKind.CHAIR, ParticipationKind.CONVENER,
            ParticipationKind.DELEGATION_HEAD, ParticipationKind.TESTIFIER, ParticipationKind.SPEAKER, ParticipationKind.ATTENDEE);

    /**
     * "X hosted Y" and "X spoke" describe one person's part twice: the most specific kind stands (chair over convener
     * over delegation head over testifier over speaker over attendee), with the evidence of its first statement.
     */
    static List<ParticipationFact> strongestPerAgent(List<ParticipationFact> parts) {
        java.util.Map<String, ParticipationFact> best = new java.util.LinkedHashMap<>();
        for (ParticipationFact p : parts) {
            ParticipationFact b = best.get(p.agent());
            if (b == null || PRECEDENCE.indexOf(p.kind()) < PRECEDENCE.indexOf(b.kind())) best.put(p.agent(), p);
        }
        return List.copyOf(best.values());
    }

    /**
     * A list of those present in groups under headings ("From the Scottish government:", "From the Welsh
     * government:"): each group is a delegation, led by the person it names first, except the chair's own group.
     */
    private static List<ParticipationFact> delegations(List<AttendanceLists.Listed> listed, List<ParticipationFact> parts) {
        Set<Integer> groups = new java.util.HashSet<>();
        for (AttendanceLists.Listed l : listed) if (!l.absent()) groups.add(l.group());
        if (groups.size() < 2) return parts;
        Set<String> chairs = new java.util.HashSet<>();
        for (ParticipationFact p : parts) if (p.kind() == ParticipationKind.CHAIR) chairs.add(p.agent());
        List<ParticipationFact> out = new ArrayList<>(parts);
        for (int g : groups) {
            List<AttendanceLists.Listed> members = listed.stream().filter(l -> l.group() == g && !l.absent()).toList();
            if (members.isEmpty() || members.stream().anyMatch(l -> chairs.contains(l.agent()))) continue;
            AttendanceLists.Listed head = members.get(0);
            out.add(new ParticipationFact(head.agent(), KEY, ParticipationKind.DELEGATION_HEAD, head.evidence()));
        }
        return out;
    }

    /** A meeting named by its verb ("X met with Y"): the sentence that reports it, cut at a word. */
    private static String clip(String sentence) {
        String t = sentence.strip();
        if (t.length() <= 120) return t;
        int cut = t.lastIndexOf(' ', 120);
        return t.substring(0, cut > 40 ? cut : 120) + " …";
    }

    /** Modifiers, the noun, and what the meeting was on: "first-ever high-level meeting focused on X". */
    private static String nounPhrase(ParsedText pt, SemanticGraph g, int s, IndexedWord noun) {
        int from = noun.index(), to = noun.index();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String rel = e.getRelation().toString();
            int d = e.getDependent().index();
            if ((rel.equals("amod") || rel.equals("compound")) && d < noun.index()) from = Math.min(from, minIndex(g, e.getDependent()));
            if ((rel.startsWith("nmod:on") || rel.startsWith("nmod:about") || rel.startsWith("acl") || rel.startsWith("nmod:of")) && d > noun.index()) {
                to = Math.max(to, maxIndex(g, e.getDependent()));
            }
        }
        int a = pt.global(s, from), b = pt.global(s, to);
        String text = new TextRef(pt.token(a).beginPosition(), pt.token(b).endPosition()).of(pt.text());
        return text.length() > 160 ? pt.token(pt.global(s, noun.index())).word() : text;
    }

    private static int minIndex(SemanticGraph g, IndexedWord w) {
        return g.descendants(w).stream().mapToInt(IndexedWord::index).min().orElse(w.index());
    }

    private static int maxIndex(SemanticGraph g, IndexedWord w) {
        return g.descendants(w).stream().mapToInt(IndexedWord::index).max().orElse(w.index());
    }

    /** The organization that held it: subject of "held", "of"/possessor of the noun, "at X", else the first in the sentence. */
    private Optional<String> body(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping, SemanticGraph g, int s, IndexedWord noun) {
        if (noun != null) {
            for (SemanticGraphEdge e : g.incomingEdgeIterable(noun)) {
                if (e.getRelation().toString().equals("obj")) {
                    for (SemanticGraphEdge se : g.outgoingEdgeIterable(e.getGovernor()))
                        if (se.getRelation().toString().startsWith("nsubj")) {
                            Optional<String> k = organizationAt(pt, mentions, grouping, s, se.getDependent());
                            if (k.isPresent()) return k;
                        }
                }
            }
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
                String rel = e.getRelation().toString();
                if (rel.equals("nmod:of") || rel.equals("nmod:poss") || rel.equals("nmod:by")) {
                    Optional<String> k = organizationAt(pt, mentions, grouping, s, e.getDependent());
                    if (k.isPresent()) return k;
                }
            }
        }
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.ORGANIZATION && m.sentence() == s) return grouping.keyAt(m.ref());
        }
        return Optional.empty();
    }

    private static Optional<String> organizationAt(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping, int s, IndexedWord w) {
        int off = pt.token(pt.global(s, w.index())).beginPosition();
        for (Mention m : mentions)
            if (m.kind() == EntityKind.ORGANIZATION && m.ref().start() <= off && off < m.ref().end()) return grouping.keyAt(m.ref());
        return Optional.empty();
    }

    /**
     * A headline that names the meeting and its day ("September 18, 2023 City Council Meeting Minutes", "Minutes of
     * the Regular Meeting held March 4, 2025") dates it better than the body, whose dates are often of the next
     * meeting or of the minutes approved.
     */
    private List<Integer> titleMeetingSentences(ParsedText pt) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < pt.tokens().size(); i++) {
            CoreLabel t = pt.token(i);
            if (!pt.inTitle(t.beginPosition())) continue;
            if (lexicon.meetingNouns.contains(ParsedText.lemma(t)) || lexicon.meetingNouns.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                if (!out.contains(t.sentIndex())) out.add(t.sentIndex());
            }
        }
        return out;
    }

    /** A full date (ISO) and where the text states it. */
    private record StatedDate(String iso, TextRef ref) {}

    /** The sentences of the title line. */
    private static List<Integer> titleSentences(ParsedText pt) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < pt.tokens().size(); i++) {
            CoreLabel t = pt.token(i);
            if (pt.inTitle(t.beginPosition()) && !out.contains(t.sentIndex())) out.add(t.sentIndex());
        }
        return out;
    }

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\\s+(\\d{4})\\b");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /**
     * "September 17, 2025", "Wednesday, 16 October 2019" or "Thursday 31st March 2011" on a line of its own before
     * the prose (a release's or a report's date line): the day of a meeting whose sentences state none, as releases
     * issued at a meeting's close and reports of the day's sitting are dated.
     */
    private static Optional<StatedDate> datelineDate(org.plenary.ingest.Article article) {
        for (org.plenary.ingest.Segment seg : article.segments()) {
            if (seg.kind() == org.plenary.ingest.SegmentKind.BODY) break;
            if (seg.kind() != org.plenary.ingest.SegmentKind.DATELINE && seg.kind() != org.plenary.ingest.SegmentKind.HEADING) continue;
            String line = article.text().substring(seg.start(), seg.end());
            if (line.strip().split("\\s+").length > 8) continue; // "HC Deb 20 April 1989 vol 151 cc446-9"
            Matcher a = MONTH_DAY_YEAR.matcher(line), b = DAY_MONTH_YEAR.matcher(line);
            if (a.find()) return Optional.of(new StatedDate(iso(a.group(3), a.group(1), a.group(2)), new TextRef(seg.start() + a.start(), seg.start() + a.end())));
            if (b.find()) return Optional.of(new StatedDate(iso(b.group(3), b.group(2), b.group(1)), new TextRef(seg.start() + b.start(), seg.start() + b.end())));
        }
        return Optional.empty();
    }

    private static String iso(String year, String month, String day) {
        int m = 0;
        while (m < MONTHS.size() && !MONTHS.get(m).equalsIgnoreCase(month)) m++; // "25 JUNE 2003" in a capitals header
        return String.format("%s-%02d-%02d", year, m + 1, Integer.parseInt(day));
    }

    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");

    /** "this week", "this weekend": the meeting's month only (the week's Thursday decides which). */
    private static Optional<StatedDate> weekMonth(ParsedText pt, List<Integer> sentences, Optional<String> published) {
        for (int s : sentences) {
            for (CoreEntityMention m : pt.sentence(s).entityMentions()) {
                if (!"DATE".equals(m.entityType())) continue;
                String v = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                if (v == null) continue;
                Matcher x = WEEK.matcher(v);
                if (!x.find()) continue;
                java.time.LocalDate thursday = java.time.LocalDate.of(Integer.parseInt(x.group(1)), 1, 4)
                        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(x.group(2)))
                        .with(java.time.DayOfWeek.THURSDAY);
                return Optional.of(new StatedDate(thursday.toString().substring(0, 7), new TextRef(m.charOffsets().first, m.charOffsets().second)));
            }
        }
        return Optional.empty();
    }

    /**
     * The full date stated in a sentence about the meeting, its missing year taken from the article's date: of two
     * dates in one sentence the one nearest a meeting word ("announced Friday that ... will begin hearings on January 24").
     */
    private Optional<StatedDate> date(ParsedText pt, List<Integer> sentences, Optional<String> published) {
        for (int s : sentences) {
            List<Integer> anchors = new ArrayList<>();
            for (int i = pt.firstToken(s); i <= pt.lastToken(s); i++) {
                CoreLabel t = pt.token(i);
                if (t.tag() == null) continue;
                String lemma = ParsedText.lemma(t);
                if (t.tag().startsWith("NN") && (lexicon.meetingNouns.contains(lemma) || lexicon.meetingNouns.contains(t.word().toLowerCase(java.util.Locale.ROOT)))
                        || t.tag().startsWith("VB") && MEETING_VERBS.contains(lemma)) anchors.add(t.beginPosition());
            }
            List<CoreEntityMention> dates = new ArrayList<>(pt.sentence(s).entityMentions());
            if (!anchors.isEmpty())
                dates.sort(java.util.Comparator.comparingInt(m -> anchors.stream()
                        .mapToInt(a -> Math.abs(a - m.charOffsets().first)).min().orElse(0)));
            for (CoreEntityMention m : dates) {
                // a date, or a time of a known day ("this afternoon", normalized to the article's date)
                if (!"DATE".equals(m.entityType()) && !"TIME".equals(m.entityType())) continue;
                if (boundsAPeriod(pt, m)) continue;
                String v = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                if (v == null) continue;
                Matcher x = ISO.matcher(v);
                if (!x.find() || x.group(3) == null) continue;
                String year = x.group(1);
                if (year.equals("XXXX")) {
                    if (published.isEmpty() || published.get().length() < 4) continue;
                    int y = Integer.parseInt(published.get().substring(0, 4));
                    if (published.get().length() >= 7 && Integer.parseInt(x.group(2)) > Integer.parseInt(published.get().substring(5, 7))) y--;
                    year = Integer.toString(y);
                }
                return Optional.of(new StatedDate(year + "-" + x.group(2) + "-" + x.group(3),
                        new TextRef(m.charOffsets().first, m.charOffsets().second)));
            }
        }
        return Optional.empty();
    }

    /** Words before a date that make it the start or end of a period, not a day something happened on. */
    private static final Set<String> PERIOD_BOUNDS = Set.of("until", "till", "since", "by");

    /**
     * "wearing a mask becomes compulsory from June 15", "valid until March 3", "since May 2": a date that starts or
     * ends a period (a rule's effect, a deadline) dates no meeting; "met from June 15 to 17" is a meeting's days.
     */
    private static boolean boundsAPeriod(ParsedText pt, CoreEntityMention m) {
        int first = pt.tokenAt(m.charOffsets().first), last = pt.tokenAt(m.charOffsets().second - 1);
        if (first <= 0 || last < 0) return false;
        int s = pt.sentenceOf(first);
        if (first - 1 < pt.firstToken(s)) return false;
        String before = pt.token(first - 1).word().toLowerCase(java.util.Locale.ROOT);
        if (PERIOD_BOUNDS.contains(before)) return true;
        if (!before.equals("from")) return false;
        for (int k = last + 1; k <= Math.min(pt.lastToken(s), last + 2); k++)
            if (Set.of("to", "through", "until", "till", "-", "–", "and").contains(pt.token(k).word().toLowerCase(java.util.Locale.ROOT))) return false;
        return true;
    }

    private static final List<String> PLACE_PREFERENCE = List.of("CITY", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY");

    private static final Set<String> PLACE_TAGS = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY", "LOCATION");

    /**
     * Where the meeting was: a building after "at"/"in" ("at Dublin Castle", "in the Oval Office", "at 10 Downing
     * Street"; heads in extract/venue-heads.txt), else the most specific place after "at"/"in" in a sentence about
     * the meeting; both as written, with the region or country that follows ("Nagoya, Japan", "Lima, Peru").
     */
    private Optional<String> place(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping, List<Integer> sentences,
                                   List<ExtractedEntity> added) {
        for (int s : sentences) {
            for (int i = pt.firstToken(s); i < pt.lastToken(s); i++) {
                String w = pt.token(i).word();
                if (!w.equals("at") && !w.equals("in")) continue;
                int from = i + 1, k = from;
                if (pt.token(k).word().equalsIgnoreCase("the")) k++;
                int head = -1;
                for (int x = k; x <= Math.min(pt.lastToken(s), k + 4); x++) {
                    CoreLabel t = pt.token(x);
                    boolean part = ParsedText.capitalized(t) || t.tag().equals("CD") && x == k;
                    if (!part || "PERSON".equals(t.ner())) break;
                    if (lexicon.venueHeads.contains(t.word())) { head = x > k ? x : -1; break; } // "the House" alone names no building
                }
                if (head < 0) continue;
                // "at the U.N. Headquarters in New York": the city that follows names the place (as before these rules)
                if (head + 2 <= pt.lastToken(s) && pt.token(head + 1).word().equals("in") && PLACE_TAGS.contains(pt.token(head + 2).ner())) continue;
                int end = extendByAddress(pt, s, head);
                return Optional.of(asWritten(pt, mentions, grouping, end > head ? k : from, extendByRegion(pt, s, end), added));
            }
        }
        Optional<String> header = headerVenue(pt.article(), added);
        if (header.isPresent()) return header;
        // a title that says where ("... remarks at the end of the sitting in Ottawa"), then the story's dateline
        // ("WASHINGTON – Today, ..."): where a report was written is where the meeting it reports on was held
        return locatedPlace(pt, mentions, grouping, sentences, added)
                .or(() -> locatedPlace(pt, mentions, grouping, titleSentences(pt), added))
                .or(() -> datelinePlace(pt.article(), added));
    }

    /** The most specific place after "at"/"in" in the given sentences, as written, with the region that follows it. */
    private static Optional<String> locatedPlace(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping, List<Integer> sentences,
                                                 List<ExtractedEntity> added) {
        Mention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PLACE || !sentences.contains(m.sentence())) continue;
            int t = pt.tokenAt(m.ref().start());
            boolean located = false;
            for (int k = Math.max(pt.firstToken(m.sentence()), t - 3); k < t; k++) {
                String w = pt.token(k).word().toLowerCase();
                if (w.equals("in") || w.equals("at")) located = true;
            }
            if (!located) continue;
            int rank = PLACE_PREFERENCE.indexOf(pt.token(t).ner());
            if (rank < 0) rank = PLACE_PREFERENCE.size();
            if (rank < bestRank) { best = m; bestRank = rank; }
        }
        if (best == null) return Optional.empty();
        int s = best.sentence();
        int a = pt.tokenAt(best.ref().start()), b = pt.tokenAt(best.ref().end() - 1);
        // "Mexico City" where the model named only "City": the neighbouring words of the same place
        while (a - 1 >= pt.firstToken(s) && PLACE_TAGS.contains(pt.token(a - 1).ner()) && ParsedText.capitalized(pt.token(a - 1))) a--;
        while (b + 1 <= pt.lastToken(s) && PLACE_TAGS.contains(pt.token(b + 1).ner()) && ParsedText.capitalized(pt.token(b + 1))) b++;
        b = extendByRegion(pt, s, b);
        if (pt.token(a).beginPosition() == best.ref().start() && pt.token(b).endPosition() == best.ref().end()) return grouping.keyAt(best.ref());
        return Optional.of(asWritten(pt, mentions, grouping, a, b, added));
    }

    /** "WASHINGTON –", "GENEVA, May 5 (Reuters) -": the place a dateline opens with, up to its date or agency. */
    private static final Pattern DATELINE_PLACE = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu})(?:,\\s*(\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?))?");

    /**
     * The place of the dateline that opens the first paragraph of a report ("WASHINGTON – Today, ..."), as written,
     * with the region after a comma ("OTTAWA, Ontario") but not the date ("GENEVA, May 5").
     */
    private static Optional<String> datelinePlace(org.plenary.ingest.Article article, List<ExtractedEntity> added) {
        for (org.plenary.ingest.Segment seg : article.segments()) {
            if (seg.kind() == org.plenary.ingest.SegmentKind.BODY) break;
            if (seg.kind() != org.plenary.ingest.SegmentKind.DATELINE) continue;
            String line = article.text().substring(seg.start(), seg.end());
            // a dateline inside a line of prose, not a date line of its own ("September 14, 2022")
            int lineEnd = article.text().indexOf('\n', seg.end());
            if (lineEnd == seg.end() || seg.end() == article.text().length()) continue;
            Matcher m = DATELINE_PLACE.matcher(line);
            if (!m.find()) continue;
            int end = m.group(2) != null && MONTHS.stream().noneMatch(x -> m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith(x.toLowerCase(java.util.Locale.ROOT).substring(0, 3)))
                    ? m.end(2) : m.end(1);
            TextRef ref = new TextRef(seg.start() + m.start(1), seg.start() + end);
            String text = ref.of(article.text());
            String key = EntityKind.PLACE.slug() + ":" + EntityGrouper.normal(text);
            if (added.stream().noneMatch(e -> e.key().equals(key)))
                added.add(new ExtractedEntity(key, EntityKind.PLACE, text, List.of(), List.of(ref)));
            return Optional.of(key);
        }
        return Optional.empty();
    }

    /**
     * "in the City Commission Chambers, 6130 Sunset Drive", "in the Courthouse, County Commission Chambers, Fifth
     * Floor, located at ...": the parts after a building that say where in it or at which address it is (a street
     * number, a floor, a room, another building, and after a street address its town and state), up to a part in
     * other words. Returns the last token kept.
     */
    private int extendByAddress(ParsedText pt, int s, int b) {
        boolean address = false;
        for (int n = 0; n < 5; n++) {
            int c = b + 1;
            if (c + 1 > pt.lastToken(s) || !pt.token(c).word().equals(",")) break;
            int e = c + 1, last = -1;
            boolean number = pt.token(e).tag().equals("CD");
            boolean room = pt.token(e).word().equalsIgnoreCase("Room") || pt.token(e).word().equalsIgnoreCase("Suite");
            for (int x = e; x <= pt.lastToken(s) && x <= e + 6; x++) {
                CoreLabel t = pt.token(x);
                if (t.word().equals(",") || t.word().equals(".") || t.word().equals(";")) break;
                if (!(ParsedText.capitalized(t) || t.tag().equals("CD") || t.word().matches("[A-Z]?-?\\d+[A-Za-z]?(-\\d+)?"))) { last = -2; break; }
                last = x;
            }
            if (last < 0) break;
            String lastWord = pt.token(last).word();
            boolean floor = lastWord.equalsIgnoreCase("Floor");
            boolean building = lexicon.venueHeads.contains(lastWord);
            // after a street address, the town and the state it is in ("39 Main Street, Montpelier, Vermont")
            boolean town = address && last - e < 3;
            for (int x = e; x <= last && town; x++)
                town = !Set.of("PERSON", "DATE", "TIME", "TITLE", "ORGANIZATION").contains(pt.token(x).ner());
            if (!(number || room || floor || building || town)) break;
            address |= number;
            b = last;
        }
        return b;
    }

    /**
     * Minutes set their place in a header line above the prose ("BOARD CHAMBERS, FIRST FLOOR, ESCAMBIA COUNTY
     * GOVERNMENTAL COMPLEX", "Westminster Hall"): a short heading line, not the title, with a building word (in any
     * case; extract/venue-heads.txt) ending one of its comma-separated parts, before the first line of prose.
     */
    private Optional<String> headerVenue(org.plenary.ingest.Article article, List<ExtractedEntity> added) {
        // a letterhead's building (the line above a street address: "Indian River County Administration Complex",
        // "18012 7th Street, Building A") is where the body has its offices; a room line elsewhere in the header
        // ("Commission Chambers" under the date and time) is where it met
        List<org.plenary.ingest.Segment> header = new ArrayList<>();
        for (org.plenary.ingest.Segment seg : article.segments()) {
            if (seg.kind() == org.plenary.ingest.SegmentKind.BODY) break;
            if (seg.kind() != org.plenary.ingest.SegmentKind.BLANK) header.add(seg);
        }
        List<org.plenary.ingest.Segment> ordered = new ArrayList<>();
        List<org.plenary.ingest.Segment> letterheads = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            org.plenary.ingest.Segment next = i + 1 < header.size() ? header.get(i + 1) : null;
            boolean aboveAddress = next != null && article.text().substring(next.start(), next.end()).strip().matches("\\d+[A-Za-z]?\\s+\\S.*");
            (aboveAddress ? letterheads : ordered).add(header.get(i));
        }
        ordered.addAll(letterheads);
        for (org.plenary.ingest.Segment seg : ordered) {
            if (seg.kind() != org.plenary.ingest.SegmentKind.HEADING && seg.kind() != org.plenary.ingest.SegmentKind.DATELINE) continue;
            String line = article.text().substring(seg.start(), seg.end());
            String stripped = line.strip().replaceAll("[.,:;]+$", "");
            if (stripped.isEmpty() || stripped.split("\\s+").length > 12 || stripped.startsWith("[")) continue;
            boolean venue = false;
            for (String part : stripped.split(",")) {
                String[] words = part.strip().split("\\s+");
                String lastWord = words[words.length - 1];
                boolean capitals = words.length > 1 && java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)));
                venue |= capitals && !lastWord.equalsIgnoreCase("Office") && lexicon.venueHeads.stream().anyMatch(h -> h.equalsIgnoreCase(lastWord));
            }
            if (!venue) continue;
            int start = seg.start() + line.indexOf(stripped);
            TextRef ref = new TextRef(start, start + stripped.length());
            String key = EntityKind.PLACE.slug() + ":" + EntityGrouper.normal(stripped);
            if (added.stream().noneMatch(e -> e.key().equals(key)))
                added.add(new ExtractedEntity(key, EntityKind.PLACE, stripped, List.of(), List.of(ref)));
            return Optional.of(key);
        }
        return Optional.empty();
    }

    /** ", Japan", ", Hawaii", ", Bethesda, Maryland": the places that follow a place after commas. */
    private static int extendByRegion(ParsedText pt, int s, int b) {
        for (int n = 0; n < 2; n++) {
            int c = b + 1;
            if (c + 1 > pt.lastToken(s) || !pt.token(c).word().equals(",")) break;
            int e = c + 1;
            if (!PLACE_TAGS.contains(pt.token(e).ner()) || !ParsedText.capitalized(pt.token(e))) break;
            while (e + 1 <= pt.lastToken(s) && PLACE_TAGS.contains(pt.token(e + 1).ner()) && ParsedText.capitalized(pt.token(e + 1))
                    && pt.token(e + 1).ner().equals(pt.token(e).ner())) e++;
            b = e;
        }
        return b;
    }

    /** The place written in tokens [a, b]: an entity of the text with that very span, else a new place entity. */
    private static String asWritten(ParsedText pt, List<Mention> mentions, EntityGrouper.Grouping grouping, int a, int b, List<ExtractedEntity> added) {
        TextRef ref = new TextRef(pt.token(a).beginPosition(), pt.token(b).endPosition());
        for (Mention m : mentions)
            if (m.ref().equals(ref) && grouping.keyAt(m.ref()).isPresent()) return grouping.keyAt(m.ref()).get();
        String text = ref.of(pt.text()).replaceAll("(?U)\\s+", " ");
        String key = EntityKind.PLACE.slug() + ":" + EntityGrouper.normal(text);
        if (added.stream().noneMatch(e -> e.key().equals(key)))
            added.add(new ExtractedEntity(key, EntityKind.PLACE, text, List.of(), List.of(ref)));
        return key;
    }

    /** What a body receives from a speaker: "received an overview from X", "a report from Y". */
    private static final Set<String> RECEIVED = Set.of("overview", "update", "briefing", "presentation", "report",
            "information", "testimony", "remarks", "comments");

    /** Nouns of what a speaker gives a meeting: "provided an overview", "delivered remarks". */
    private static final Set<String> CONTRIBUTIONS = Set.of("overview", "remark", "remarks", "update", "briefing",
            "presentation", "address", "speech", "report");

    /**
     * Participation stated by a word: convened/hosted/welcomed (and whom: a visiting delegation's head), met with,
     * presided/chaired/called to order/opened the meeting/under the chairmanship of, testified, led the delegation
     * or was led by, attended/joined, spoke or provided an overview; "X was absent" takes part in no way.
     */
    private void participations(ParsedText pt, SpeakerResolver speakers, int s, int meetingWord, List<ParticipationFact> out, Set<String> absent) {
        SemanticGraph g = pt.graph(s);
        if (g == null) return;
        for (IndexedWord w : g.vertexListSorted()) {
            CoreLabel t = pt.token(pt.global(s, w.index()));
            if (pt.insideQuote(t.beginPosition())) continue;
            String lemma = ParsedText.lemma(t);
            boolean verb = t.tag().startsWith("VB"), noun = t.tag().startsWith("NN");
            // "X was absent", "X was unavailable today": takes part in no way
            if ((lemma.equals("absent") || lemma.equals("unavailable")) && t.tag().startsWith("JJ")) {
                absent.addAll(agents(pt, speakers, g, s, w, lemma));
                continue;
            }
            // "X did not attend", "X was unable to attend": the verb of attending denied
            if (verb && Set.of("attend", "participate").contains(lemma) && denied(g, w)) {
                absent.addAll(agents(pt, speakers, g, s, w, lemma));
                continue;
            }
            ParticipationKind kind = switch (lemma) {
                case "convene", "host", "organize", "organise" -> verb ? ParticipationKind.CONVENER : null;
                // "welcomed the delegation", "welcomed Minister X": a host receives someone; "welcomed the signing of
                // the treaty", "welcomed progress" is approval, no part in the meeting
                case "welcome" -> verb && hasEntityObject(speakers, g, s, w) ? ParticipationKind.CONVENER : null;
                case "receive" -> verb && hasPersonObject(speakers, g, s, w) ? ParticipationKind.CONVENER : null;
                case "meet" -> verb && !withPersons(speakers, g, s, w).isEmpty() ? ParticipationKind.CONVENER : null;
                case "preside", "chair", "co-chair", "cochair", "moderate" -> verb ? ParticipationKind.CHAIR : null;
                case "call", "bring" -> verb && toOrder(g, w) ? ParticipationKind.CHAIR : null;
                case "open", "adjourn", "close", "recess", "reconvene" -> verb && meetingObject(g, w) ? ParticipationKind.CHAIR : null;
                case "take" -> verb && objectWord(g, w, "chair") ? ParticipationKind.CHAIR : null; // "X took the Chair"
                // who moves or seconds a motion sits on the body: "Moved by A, seconded by B", "A moved to approve ..."
                case "move" -> verb && movesMotion(g, w) ? ParticipationKind.ATTENDEE : null;
                case "second" -> verb ? ParticipationKind.ATTENDEE : null;
                case "testify" -> verb ? ParticipationKind.TESTIFIER : null;
                case "testimony" -> noun ? ParticipationKind.TESTIFIER : null;
                case "attend", "participate", "join" -> verb ? ParticipationKind.ATTENDEE : null;
                case "present" -> t.tag().startsWith("JJ") ? ParticipationKind.ATTENDEE : null;
                case "lead" -> verb && leadsDelegation(g, w) ? ParticipationKind.DELEGATION_HEAD : null;
                case "speak", "brief", "talk", "update", "explain", "advise", "address", "describe" -> verb ? ParticipationKind.SPEAKER : null;
                case "go" -> verb && particle(g, w, "over") ? ParticipationKind.SPEAKER : null; // "went over the ballot question"
                case "provide", "give", "deliver", "make" -> !verb ? null : evidence(g, w) ? ParticipationKind.TESTIFIER
                        : contributes(g, w) ? ParticipationKind.SPEAKER : null;
                default -> null;
            };
            Set<String> who = new LinkedHashSet<>();
            if (kind != null) who.addAll(agents(pt, speakers, g, s, w, lemma));
            // "under the chairmanship of X", "the presidency of X"
            if (noun && (lemma.equals("chairmanship") || lemma.equals("chairpersonship"))) {
                kind = ParticipationKind.CHAIR;
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w))
                    if (e.getRelation().toString().equals("nmod:of")) who.addAll(along(speakers, g, s, e.getDependent()));
            }
            // "ON MOTION by A, SECONDED by B": the mover of a motion named by the noun
            if (noun && lemma.equals("motion")) {
                kind = ParticipationKind.ATTENDEE;
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w))
                    if (Set.of("nmod:by", "nmod:agent").contains(e.getRelation().toString())) who.addAll(along(speakers, g, s, e.getDependent()));
                who.removeIf(k -> speakers.kindOf(k) != EntityKind.PERSON);
            }
            // "The Board heard comments from X", "heard the request from X": X spoke
            if (verb && lemma.equals("hear")) {
                kind = ParticipationKind.SPEAKER;
                who.addAll(fromPersons(speakers, g, s, w));
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w))
                    if (e.getRelation().toString().equals("obj")) who.addAll(fromPersons(speakers, g, s, e.getDependent()));
            }
            // "The Council received an overview from X, an update from Y": who gave the body a contribution spoke
            if (verb && lemma.equals("receive")) {
                Set<String> givers = new LinkedHashSet<>();
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                    if (!e.getRelation().toString().equals("obj")) continue;
                    List<IndexedWord> objs = new ArrayList<>(List.of(e.getDependent()));
                    for (SemanticGraphEdge c : g.outgoingEdgeIterable(e.getDependent()))
                        if (c.getRelation().toString().startsWith("conj")) objs.add(c.getDependent());
                    boolean contribution = false;
                    for (IndexedWord o : objs)
                        if (o.word() != null && RECEIVED.contains(o.word().toLowerCase(java.util.Locale.ROOT))) {
                            contribution = true;
                            // "from X" may hang on a word inside the object: "an overview of the plan from X"
                            for (IndexedWord d : g.descendants(o)) givers.addAll(fromPersons(speakers, g, s, d));
                        }
                    if (contribution) givers.addAll(fromPersons(speakers, g, s, w)); // "from X" hung on the verb
                }
                if (!givers.isEmpty()) {
                    kind = ParticipationKind.SPEAKER;
                    who = givers;
                }
            }
            if (kind == null) continue;
            if (kind == ParticipationKind.CHAIR && chairsAnotherMeeting(pt, g, s, w, meetingWord)) continue;
            for (String agent : who) record(speakers, agent, kind, pt.sentenceRef(s), out);
            // "A and B were joined by C", "A, joined by C, met ...": C joined the meeting of A, who held it
            if (verb && lemma.equals("join") && who.stream().anyMatch(a -> speakers.kindOf(a) == EntityKind.PERSON))
                for (String host : joinedHosts(speakers, g, s, w)) record(speakers, host, ParticipationKind.CONVENER, pt.sentenceRef(s), out);
            // "X also met with Y": another meeting than the one reported, whose guests are not this meeting's
            if (particle(g, w, "also") || particle(g, w, "separately")) continue;
            // whom a host receives or met with: the visiting delegation's head; whom a group met: an attendee
            if (Set.of("host", "welcome", "receive", "meet").contains(lemma) && verb) {
                boolean personHost = who.stream().anyMatch(a -> speakers.kindOf(a) == EntityKind.PERSON);
                Set<String> guests = lemma.equals("meet") ? withPersons(speakers, g, s, w) : objects(speakers, g, s, w);
                ParticipationKind guestKind = personHost ? ParticipationKind.DELEGATION_HEAD : ParticipationKind.ATTENDEE;
                for (String guest : guests) record(speakers, guest, guestKind, pt.sentenceRef(s), out);
            }
        }
    }

    /**
     * "a new cross-nations forum will be set up, to be chaired by X", "a separate working group chaired by Y": the
     * chair of a body or meeting that the text introduces as another one (a noun with "a", "another", "new",
     * "separate") than the meeting it reports, whom the chairing verb describes.
     */
    private static boolean chairsAnotherMeeting(ParsedText pt, SemanticGraph g, int s, IndexedWord w, int meetingWord) {
        List<IndexedWord> described = new ArrayList<>();
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            // "a group chaired by X" (the noun it modifies); "a group will be set up, to be chaired by X" (the subject
            // of the verb it completes)
            if (rel.startsWith("acl")) described.add(e.getGovernor());
            if (rel.equals("xcomp") || rel.startsWith("advcl"))
                for (SemanticGraphEdge se : g.outgoingEdgeIterable(e.getGovernor()))
                    if (se.getRelation().toString().startsWith("nsubj")) described.add(se.getDependent());
        }
        for (IndexedWord noun : described) {
            if (pt.global(s, noun.index()) == meetingWord) continue;
            for (SemanticGraphEdge d : g.outgoingEdgeIterable(noun)) {
                String rel = d.getRelation().toString(), word = d.getDependent().word().toLowerCase(java.util.Locale.ROOT);
                if (rel.equals("det") && Set.of("a", "an", "another").contains(word)
                        || rel.equals("amod") && Set.of("new", "separate", "another", "future").contains(word)) return true;
            }
        }
        return false;
    }

    private static void record(SpeakerResolver speakers, String agent, ParticipationKind kind, TextRef evidence, List<ParticipationFact> out) {
        if (speakers.kindOf(agent) == EntityKind.PLACE) return;
        if (kind != ParticipationKind.ATTENDEE && kind != ParticipationKind.SPEAKER && kind != ParticipationKind.TESTIFIER
                && speakers.kindOf(agent) != EntityKind.PERSON) return;
        if (out.stream().noneMatch(p -> p.agent().equals(agent) && p.kind() == kind))
            out.add(new ParticipationFact(agent, KEY, kind, evidence));
    }

    /** "did not attend", "never attended", "was unable to attend": the verb negated or governed by "unable". */
    private static boolean denied(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString(), word = e.getDependent().word().toLowerCase(java.util.Locale.ROOT);
            if (rel.equals("neg") || rel.equals("advmod") && Set.of("not", "n't", "never").contains(word)) return true;
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w))
            if (e.getRelation().toString().equals("xcomp") && e.getGovernor().lemma() != null
                    && Set.of("unable", "fail").contains(e.getGovernor().lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    /** The verb's object is the given word: "took the Chair". */
    private static boolean objectWord(SemanticGraph g, IndexedWord w, String word) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w))
            if (e.getRelation().toString().equals("obj") && word.equalsIgnoreCase(e.getDependent().word())) return true;
        return false;
    }

    /**
     * "moved to approve the minutes", "moved that ...", "Moved by A", "moved the adoption of ...": a motion, not a move
     * elsewhere ("moved to Chicago", "we move on to item 4", "moved the boxes").
     */
    private static boolean movesMotion(SemanticGraph g, IndexedWord w) {
        boolean motion = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            String lemma = e.getDependent().lemma() == null ? "" : e.getDependent().lemma().toLowerCase(java.util.Locale.ROOT);
            if (rel.equals("compound:prt") || rel.startsWith("obl:to") || rel.startsWith("obl:into") || rel.startsWith("obl:from")) return false;
            if (rel.equals("obj")) {
                if (!MOTION_OBJECTS.contains(lemma)) return false;
                motion = true;
            }
            if (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obl:agent") || rel.equals("obl:by")) motion = true;
        }
        return motion;
    }

    /** What a member moves: "moved the adoption of ...", "moved approval", "moved the motion". */
    private static final Set<String> MOTION_OBJECTS = Set.of("motion", "adoption", "approval", "amendment", "resolution",
            "ordinance", "item", "minutes", "agenda", "question", "acceptance", "deferral");

    /** A particle or adverb of the verb: "went over", "also met". */
    private static boolean particle(SemanticGraph g, IndexedWord w, String word) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("compound:prt") || rel.equals("advmod")) && word.equalsIgnoreCase(e.getDependent().word())) return true;
        }
        return false;
    }

    /** The persons named after "from": "comments from X". */
    private static Set<String> fromPersons(SpeakerResolver speakers, SemanticGraph g, int s, IndexedWord w) {
        Set<String> out = new LinkedHashSet<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obl:from") || rel.equals("nmod:from")) out.addAll(along(speakers, g, s, e.getDependent()));
        }
        out.removeIf(k -> speakers.kindOf(k) != EntityKind.PERSON);
        return out;
    }

    /** "called the meeting to order", "brought the Council Meeting to order". */
    private static boolean toOrder(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("obl") && "order".equalsIgnoreCase(e.getDependent().word())) return true;
            // the parser may hang "to order" on the object: "brought [the Meeting to order]"
            if (rel.equals("obj"))
                for (SemanticGraphEdge o : g.outgoingEdgeIterable(e.getDependent()))
                    if (o.getRelation().toString().startsWith("nmod") && "order".equalsIgnoreCase(o.getDependent().word())) return true;
        }
        return false;
    }

    /** "opened the regular meeting", "adjourned the sitting": the object is a meeting noun. */
    private boolean meetingObject(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w))
            if (e.getRelation().toString().equals("obj") && e.getDependent().lemma() != null
                    && lexicon.meetingNouns.contains(e.getDependent().lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    /** "gave evidence", "made representations", "gave testimony": what a witness gives a committee. */
    private static boolean evidence(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w))
            if (e.getRelation().toString().equals("obj") && e.getDependent().word() != null
                    && Set.of("evidence", "representations", "testimony").contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    /** "provided an overview", "delivered opening remarks". */
    private static boolean contributes(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w))
            if (e.getRelation().toString().equals("obj") && e.getDependent().word() != null
                    && CONTRIBUTIONS.contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    /** The persons named as the verb's object, with their conjuncts. */
    private static Set<String> objects(SpeakerResolver speakers, SemanticGraph g, int s, IndexedWord w) {
        Set<String> out = new LinkedHashSet<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w))
            if (e.getRelation().toString().equals("obj")) out.addAll(along(speakers, g, s, e.getDependent()));
        out.removeIf(k -> speakers.kindOf(k) != EntityKind.PERSON);
        return out;
    }

    /**
     * The verb's object, or its passive subject ("were welcomed by X"), is people: a person or an organization named,
     * or a noun for persons ("the heads of delegation", "governors"; role-nouns.txt, person-epithets.txt).
     */
    private boolean hasEntityObject(SpeakerResolver speakers, SemanticGraph g, int s, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (!rel.equals("obj") && !rel.equals("nsubj:pass")) continue;
            String head = e.getDependent().lemma() == null ? "" : e.getDependent().lemma().toLowerCase(java.util.Locale.ROOT);
            if (lexicon.roleNouns.contains(head) || lexicon.personEpithets.contains(head)) return true;
            for (String k : along(speakers, g, s, e.getDependent()))
                if (speakers.kindOf(k) == EntityKind.PERSON || speakers.kindOf(k) == EntityKind.ORGANIZATION) return true;
        }
        return false;
    }

    /**
     * Who was joined, for "join" used with an agent ("by C"): the passive subject ("A and B were joined by C"), the
     * person the participle describes ("A, joined by C, ..."), or the subject of the verb the participle hangs on.
     * Persons only. (A clause opening with the participle, "Joined by C, A unveiled ...", is not yet read: CoreNLP
     * does not hang it where this looks.)
     */
    private static Set<String> joinedHosts(SpeakerResolver speakers, SemanticGraph g, int s, IndexedWord join) {
        boolean agent = false;
        Set<String> out = new LinkedHashSet<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(join)) {
            String rel = e.getRelation().toString();
            agent |= rel.equals("obl:agent") || rel.equals("obl:by");
            if (rel.equals("nsubj:pass")) out.addAll(along(speakers, g, s, e.getDependent()));
        }
        if (!agent) return Set.of();
        // the participle hangs on the person it describes (acl), or on the verb of the clause it opens (advcl),
        // whose subject is the one joined
        for (SemanticGraphEdge e : g.incomingEdgeIterable(join)) {
            IndexedWord gov = e.getGovernor();
            boolean verbal = gov.tag() != null && gov.tag().startsWith("VB");
            if (!verbal) out.addAll(along(speakers, g, s, gov));
            else for (SemanticGraphEdge se : g.outgoingEdgeIterable(gov))
                if (se.getRelation().toString().startsWith("nsubj")) out.addAll(along(speakers, g, s, se.getDependent()));
        }
        out.removeIf(k -> speakers.kindOf(k) != EntityKind.PERSON);
        return out;
    }

    private static boolean hasPersonObject(SpeakerResolver speakers, SemanticGraph g, int s, IndexedWord w) {
        return !objects(speakers, g, s, w).isEmpty();
    }

    /** The persons a verb of meeting names after "with". */
    private static Set<String> withPersons(SpeakerResolver speakers, SemanticGraph g, int s, IndexedWord w) {
        Set<String> out = new LinkedHashSet<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obl:with") || rel.equals("nmod:with")) out.addAll(along(speakers, g, s, e.getDependent()));
        }
        out.removeIf(k -> speakers.kindOf(k) != EntityKind.PERSON);
        return out;
    }

    /** The entity a word names, and those of its conjuncts and appositions. */
    private static Set<String> along(SpeakerResolver speakers, SemanticGraph g, int s, IndexedWord head) {
        Set<String> out = new LinkedHashSet<>();
        java.util.Deque<IndexedWord> todo = new java.util.ArrayDeque<>(List.of(head));
        Set<IndexedWord> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            IndexedWord x = todo.pop();
            if (!seen.add(x) || seen.size() > 40) continue;
            speakers.entityAt(s, x).ifPresent(out::add);
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(x)) {
                String rel = e.getRelation().toString();
                if (rel.startsWith("conj") || rel.equals("appos")) todo.push(e.getDependent());
            }
        }
        return out;
    }

    /** The first person named in a word's phrase, leaving out what hangs on "on behalf of" ("for" a person, likewise). */
    private static Optional<String> personInPhrase(SpeakerResolver speakers, SemanticGraph g, int s, IndexedWord head) {
        java.util.TreeMap<Integer, String> found = new java.util.TreeMap<>();
        java.util.Deque<IndexedWord> todo = new java.util.ArrayDeque<>(List.of(head));
        Set<IndexedWord> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            IndexedWord x = todo.pop();
            if (!seen.add(x) || seen.size() > 60) continue;
            speakers.entityAt(s, x).filter(k -> speakers.kindOf(k) == EntityKind.PERSON).ifPresent(k -> found.putIfAbsent(x.index(), k));
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(x)) {
                String rel = e.getRelation().toString();
                if (rel.contains("behalf") || rel.startsWith("acl") || rel.startsWith("advcl")
                        || "behalf".equalsIgnoreCase(e.getDependent().word())) continue;
                todo.push(e.getDependent());
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.firstEntry().getValue());
    }

    private static boolean leadsDelegation(SemanticGraph g, IndexedWord lead) {
        // "the Executive was led by A and B": a passive with an agent
        boolean passive = false, agent = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(lead)) {
            String rel = e.getRelation().toString();
            passive |= rel.equals("nsubj:pass") || rel.equals("aux:pass");
            agent |= rel.equals("obl:agent") || rel.equals("obl:by");
        }
        if (passive && agent) return true;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(lead))
            if (e.getRelation().toString().equals("obj") && e.getDependent().lemma() != null
                    && e.getDependent().lemma().toLowerCase().startsWith("delegation")) return true;
        return false;
    }

    /** Who did it: the active subject, the passive agent ("convened by X"), "testimony from X", with conjuncts. */
    private static Set<String> agents(ParsedText pt, SpeakerResolver speakers, SemanticGraph g, int s, IndexedWord w, String lemma) {
        Set<String> out = new LinkedHashSet<>();
        List<IndexedWord> heads = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("obl:by") || rel.equals("nsubj:xsubj")
                    || (lemma.equals("testimony") && rel.equals("nmod:from"))) heads.add(e.getDependent());
        }
        // "... gave firsthand testimony": the subject of the verb governing the noun
        if (lemma.equals("testimony")) {
            for (SemanticGraphEdge e : g.incomingEdgeIterable(w))
                if (e.getRelation().toString().equals("obj"))
                    for (SemanticGraphEdge se : g.outgoingEdgeIterable(e.getGovernor()))
                        if (se.getRelation().toString().equals("nsubj")) heads.add(se.getDependent());
        }
        // "chaired by the Minister for Oceans and Inland Waters, the Hon. Jane Doe, on behalf of the Chair, X": an agent
        // that is a title names its holder after it; the first person inside the agent's phrase, not one it acts for
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            // (the title may be read as an organization: "the Australian Government Minister for Agriculture")
            if (!(rel.equals("obl:agent") || rel.equals("obl:by"))
                    || speakers.entityAt(s, e.getDependent()).filter(k -> speakers.kindOf(k) == EntityKind.PERSON).isPresent()) continue;
            personInPhrase(speakers, g, s, e.getDependent()).ifPresent(out::add);
        }
        // "X were present": the adjective's subject
        if (heads.isEmpty()) {
            for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                if (e.getRelation().toString().startsWith("conj"))
                    for (SemanticGraphEdge se : g.outgoingEdgeIterable(e.getGovernor()))
                        if (se.getRelation().toString().equals("nsubj")) heads.add(se.getDependent());
            }
        }
        // conjuncts and appositions share the role; "representatives of X, including A and B": the named persons
        for (IndexedWord h : heads) {
            Optional<String> direct = speakers.entityAt(s, h);
            direct.ifPresent(out::add);
            java.util.Deque<IndexedWord> todo = new java.util.ArrayDeque<>(List.of(h));
            Set<IndexedWord> seen = new java.util.HashSet<>();
            while (!todo.isEmpty()) {
                IndexedWord x = todo.pop();
                if (!seen.add(x) || seen.size() > 40) continue;
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(x)) {
                    String rel = e.getRelation().toString();
                    boolean along = rel.startsWith("conj") || rel.equals("appos") || rel.startsWith("nmod:including")
                            || direct.isEmpty() && rel.startsWith("nmod");
                    if (!along) continue;
                    todo.push(e.getDependent());
                    Optional<String> k = speakers.entityAt(s, e.getDependent());
                    EntityKind wanted = direct.map(speakers::kindOf).orElse(EntityKind.PERSON);
                    if (k.isPresent() && speakers.kindOf(k.get()) == wanted
                            && (rel.startsWith("conj") || rel.equals("appos") || rel.startsWith("nmod:including"))) out.add(k.get());
                }
            }
        }
        return out;
    }

}
