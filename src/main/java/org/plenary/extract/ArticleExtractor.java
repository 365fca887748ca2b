package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.plenary.ingest.Article;
import org.plenary.ingest.Segment;
import org.plenary.ingest.SegmentKind;

/**
 * The extract stage: one article in, one {@link ArticleExtraction} out. Runs CoreNLP once over the article's
 * prose, then the rule stages on its annotations: names, entities, statements, roles, the meeting and who took
 * part. Thread-safe: CoreNLP's pipeline may be shared by several threads.
 */
public final class ArticleExtractor {
    private final NlpPipeline nlp;
    private final Lexicon lexicon = Lexicon.standard();
    private final MentionFinder mentionFinder = new MentionFinder(lexicon);
    private final EntityGrouper grouper = new EntityGrouper(lexicon);
    private final StatementFinder statementFinder = new StatementFinder(lexicon);
    private final RoleFinder roleFinder = new RoleFinder(lexicon);
    private final MeetingFinder meetingFinder = new MeetingFinder(lexicon);
    private final MandateFinder mandateFinder = new MandateFinder(lexicon);
    private final AttendanceLists attendanceLists = new AttendanceLists(lexicon);
    private final PersonBlocks personBlocks = new PersonBlocks(lexicon);

    public ArticleExtractor(NlpPipeline nlp) { this.nlp = nlp; }

    public ArticleExtraction extract(Article article) {
        Optional<String> published = article.metadata().published();
        String docDate = published.filter(p -> p.length() == 10).orElse(null);
        List<TextRef> listLines = new ArrayList<>(attendanceLists.listLines(article)); // lists of those present, laid out as headings
        for (TextRef r : personBlocks.lines(article)) if (!listLines.contains(r)) listLines.add(r); // names and titles laid out as headings
        var doc = nlp.annotate(ParsedText.prose(article, true, listLines), docDate);
        ParsedText pt = new ParsedText(article, doc);
        IntPredicate isBody = offset -> kindAt(article, offset) == SegmentKind.BODY
                || listLines.stream().anyMatch(r -> r.start() <= offset && offset < r.end());

        List<Mention> mentions = TranscriptTurns.withSpeakerNames(mentionFinder.find(pt), pt, lexicon);
        EntityGrouper.Grouping grouping = grouper.group(mentions, article.text());
        SpeakerResolver speakers = new SpeakerResolver(pt, mentions, grouping);
        List<StatementFinder.Found> found = statementFinder.find(pt, speakers, isBody);
        List<RoleFact> roles = roleFinder.find(pt, mentions, grouping);
        MeetingFinder.Result meeting = meetingFinder.find(pt, mentions, grouping, speakers, found, roles, published, isBody);

        Optional<String> meetingKey = meeting.meeting().map(MeetingFact::key);
        List<StatementFact> statements = new ArrayList<>();
        for (StatementFinder.Found f : found) {
            statements.add(new StatementFact(f.speaker(), f.text().of(article.text()), f.direct(), f.text(), meetingKey, f.confidence(),
                    Optional.ofNullable(f.source()), Optional.ofNullable(f.cue())));
        }
        List<ExtractedEntity> entities = new ArrayList<>(grouping.entities());
        for (ExtractedEntity p : meeting.places()) // the meeting's place as written ("Nagoya, Japan")
            if (entities.stream().noneMatch(e -> e.key().equals(p.key()))) entities.add(p);
        Optional<String> author = article.metadata().author().map(a -> addNamed(entities, article, EntityKind.PERSON, a, SegmentKind.BYLINE));
        Optional<String> publisher = article.metadata().publisher().map(p -> addNamed(entities, article, EntityKind.ORGANIZATION, p, SegmentKind.CREDIT));
        List<MandateFact> mandates = mandateFinder.mandates(pt, meeting.meeting(), isBody);
        List<SessionFact> sessions = mandateFinder.sessions(pt, roles, mentions);
        return new ArticleExtraction(article, entities, meeting.meeting().stream().toList(), roles,
                meeting.participations(), statements, author, publisher, mandates, sessions);
    }

    /** The author or publisher as an entity, with the place its name stands in a byline or credit line if any. */
    static String addNamed(List<ExtractedEntity> entities, Article article, EntityKind kind, String name, SegmentKind where) {
        String key = kind.slug() + ":" + EntityGrouper.normal(name);
        // the publisher or author may already be named in the text ("the White House" for "The White House")
        String wanted = kind == EntityKind.ORGANIZATION ? EntityGrouper.organizationKey(name) : EntityGrouper.normal(name);
        for (ExtractedEntity e : entities) {
            if (e.kind() != kind) continue;
            List<String> names = new ArrayList<>(e.altNames());
            names.add(e.name());
            for (String n : names) {
                String k = kind == EntityKind.ORGANIZATION ? EntityGrouper.organizationKey(n) : EntityGrouper.normal(n);
                if (k.equals(wanted)) return e.key();
            }
        }
        List<TextRef> mentions = new ArrayList<>();
        String lowerText = article.text().toLowerCase(Locale.ROOT), lowerName = name.toLowerCase(Locale.ROOT);
        for (Segment s : article.segments()) {
            if (s.kind() != where) continue;
            int at = lowerText.indexOf(lowerName, s.start());
            if (at >= 0 && at + name.length() <= s.end()) mentions.add(new TextRef(at, at + name.length()));
        }
        entities.add(new ExtractedEntity(key, kind, name, List.of(), mentions));
        return key;
    }

    private static SegmentKind kindAt(Article a, int offset) {
        for (Segment s : a.segments()) if (s.start() <= offset && offset < s.end()) return s.kind();
        return SegmentKind.BLANK;
    }
}
