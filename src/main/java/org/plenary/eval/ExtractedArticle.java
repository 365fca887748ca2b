package org.plenary.eval;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a built graph claims about one source, read back for scoring. Entities are IRIs with their names. */
public record ExtractedArticle(String sourceId, List<Entity> persons, List<Entity> organizations, List<Role> roles,
                               List<Participation> participations, List<Statement> statements, List<Meeting> meetings) {
    public ExtractedArticle {
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        roles = List.copyOf(roles);
        participations = List.copyOf(participations);
        statements = List.copyOf(statements);
        meetings = List.copyOf(meetings);
    }

    /** An entity IRI and every name it goes by (mention texts in this source, pl:name, pl:altName). */
    public record Entity(String iri, Set<String> names) {
        public Entity {
            names = Set.copyOf(names);
        }
    }

    public record Role(String iri, Entity holder, Optional<String> title, Optional<Entity> organization) {}

    /** @param kind the participation role's label: "speaker", "delegation head", ... */
    public record Participation(Entity agent, String kind) {}

    /** @param start code point offset, or -1 when the graph gives none */
    public record Statement(String iri, Optional<Entity> speaker, String text, Optional<Boolean> direct, int start,
                            int end, String exact) {}

    public record Meeting(String iri, Set<String> names, Set<String> dates, List<Entity> places, List<Entity> chairs) {
        public Meeting {
            names = Set.copyOf(names);
            dates = Set.copyOf(dates);
            places = List.copyOf(places);
            chairs = List.copyOf(chairs);
        }
    }
}
