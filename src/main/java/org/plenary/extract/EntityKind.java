package org.plenary.extract;

/** The kinds of named things Plenary keeps. Countries and cities are places, never organizations. */
public enum EntityKind {
    PERSON("person"), ORGANIZATION("organization"), PLACE("place");

    private final String slug;

    EntityKind(String slug) { this.slug = slug; }

    /** The path segment used in IRIs: {@code /id/person/...}. */
    public String slug() { return slug; }
}
