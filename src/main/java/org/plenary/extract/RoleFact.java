package org.plenary.extract;

import java.util.Optional;

/**
 * A title or affiliation the article gives a person or organization ("Executive Director of the Committee ...",
 * "Chile's UN Ambassador", "head of Blue Harbor").
 *
 * @param holder       entity key of who holds it
 * @param title        the title as written, e.g. "Executive Director"; may be empty when only an affiliation is stated
 * @param organization entity key of the organization (or country) it is held at, if stated
 * @param evidence     the span that states it
 */
public record RoleFact(String holder, String title, Optional<String> organization, TextRef evidence) {}
