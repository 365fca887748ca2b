package org.plenary.link;

import java.util.Locale;
import org.plenary.extract.EntityKind;

/** What a Wikidata item is, as far as linking cares: which kinds of Plenary entity may link to it. */
public enum TargetType {
    HUMAN("human", EntityKind.PERSON),
    ORGANIZATION("organization", EntityKind.ORGANIZATION),
    UN_ORGAN("un-organ", EntityKind.ORGANIZATION),
    INTERNATIONAL_ORGANIZATION("international-organization", EntityKind.ORGANIZATION),
    COUNTRY("country", EntityKind.PLACE),
    CITY("city", EntityKind.PLACE),
    REGION("region", EntityKind.PLACE);

    private final String token;
    private final EntityKind kind;

    TargetType(String token, EntityKind kind) {
        this.token = token;
        this.kind = kind;
    }

    /** The word used in the link table's type column. */
    public String token() { return token; }

    /** A person links only to a human, an organization to an organization or organ, a place to a country, city or region. */
    public boolean admits(EntityKind entityKind) { return kind == entityKind; }

    public static TargetType ofToken(String token) {
        String t = token.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        for (TargetType type : values())
            if (type.token.equals(t)) return type;
        throw new IllegalArgumentException("Unknown link target type '" + token + "'");
    }
}
