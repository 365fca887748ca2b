package org.plenary.extract;

import java.util.List;
import java.util.Optional;
import org.plenary.ingest.Article;

/**
 * Everything extracted from one article: the output of the extract stage, read by resolve and graph.
 *
 * @param author    entity key of the article's author (a person), if known
 * @param publisher entity key of the publisher (an organization), if known
 * @param mandates  resolutions the article says mandated its meeting
 * @param sessions  session numbers stated in roles' phrases
 * @param language  the language the article was read as (ISO 639-1), detected or stated ({@link ArticleLanguage})
 * @param notice    what the user should know about how it was read: a language Plenary cannot extract (the article
 *                  is then kept as a source without facts), a stated language its text contradicts
 */
public record ArticleExtraction(Article article, List<ExtractedEntity> entities, List<MeetingFact> meetings,
                                List<RoleFact> roles, List<ParticipationFact> participations,
                                List<StatementFact> statements, Optional<String> author, Optional<String> publisher,
                                List<MandateFact> mandates, List<SessionFact> sessions, Optional<String> language,
                                Optional<String> notice) {
    public ArticleExtraction {
        mandates = List.copyOf(mandates);
        sessions = List.copyOf(sessions);
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        roles = List.copyOf(roles);
        participations = List.copyOf(participations);
        statements = List.copyOf(statements);
    }

    /** Without the language it was read as. */
    public ArticleExtraction(Article article, List<ExtractedEntity> entities, List<MeetingFact> meetings,
                             List<RoleFact> roles, List<ParticipationFact> participations,
                             List<StatementFact> statements, Optional<String> author, Optional<String> publisher,
                             List<MandateFact> mandates, List<SessionFact> sessions) {
        this(article, entities, meetings, roles, participations, statements, author, publisher, mandates, sessions,
                Optional.empty(), Optional.empty());
    }

    /** The same facts, read as {@code language}, with a notice if any. */
    public ArticleExtraction readAs(String language, Optional<String> notice) {
        return new ArticleExtraction(article, entities, meetings, roles, participations, statements, author, publisher,
                mandates, sessions, Optional.of(language), notice);
    }

    /** An article kept as a source without facts: its language cannot be extracted. */
    public static ArticleExtraction withoutFacts(Article article, Optional<String> language, String notice) {
        return new ArticleExtraction(article, List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), language, Optional.of(notice));
    }

    /** Without mandates and session numbers. */
    public ArticleExtraction(Article article, List<ExtractedEntity> entities, List<MeetingFact> meetings,
                             List<RoleFact> roles, List<ParticipationFact> participations,
                             List<StatementFact> statements, Optional<String> author, Optional<String> publisher) {
        this(article, entities, meetings, roles, participations, statements, author, publisher, List.of(), List.of());
    }

    public Optional<ExtractedEntity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
