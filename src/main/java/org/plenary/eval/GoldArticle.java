package org.plenary.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The hand-written truth about one article ({@code <id>.json} in the gold directory). */
public record GoldArticle(String id, String article, List<Meeting> meetings, List<Person> persons,
                          List<Organization> organizations, List<Statement> statements) {
    public GoldArticle {
        meetings = List.copyOf(meetings);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        statements = List.copyOf(statements);
    }

    public record Meeting(String name, Optional<String> date, Optional<String> place, Optional<String> body,
                          Optional<String> chair) {}

    public record Role(String title, Optional<String> organization) {}

    /** @param participation "chair", "convener", "speaker", "testifier", "delegation head", "attendee", or empty */
    public record Person(String name, List<String> spellings, List<Role> roles, Optional<String> participation) {
        public Person {
            spellings = List.copyOf(spellings);
            roles = List.copyOf(roles);
        }

        /** The name and every other spelling. */
        public List<String> names() { return GoldArticle.allNames(name, spellings); }
    }

    public record Organization(String name, List<String> spellings) {
        public Organization {
            spellings = List.copyOf(spellings);
        }

        public List<String> names() { return GoldArticle.allNames(name, spellings); }
    }

    public record Statement(String speaker, boolean direct, String text) {}

    private static List<String> allNames(String name, List<String> spellings) {
        List<String> out = new ArrayList<>();
        out.add(name);
        for (String s : spellings) if (!out.contains(s)) out.add(s);
        return List.copyOf(out);
    }
}
