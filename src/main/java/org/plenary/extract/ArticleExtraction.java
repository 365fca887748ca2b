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
 */
public record ArticleExtraction(Article article, List<ExtractedEntity> entities, List<MeetingFact> meetings,
                                List<RoleFact> roles, List<ParticipationFact> participations,
                                List<StatementFact> statements, Optional<String> author, Optional<String> publisher,
                                List<MandateFact> mandates, List<SessionFact> sessions) {
    public ArticleExtraction {
        mandates = List.copyOf(mandates);
        sessions = List.copyOf(sessions);
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        roles = List.copyOf(roles);
        participations = List.copyOf(participations);
        statements = List.copyOf(statements);
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
