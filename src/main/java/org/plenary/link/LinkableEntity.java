package org.plenary.link;

import java.util.ArrayList;
import java.util.List;
import org.plenary.extract.EntityKind;

/**
 * An entity of the built graph that may have a Wikidata counterpart.
 *
 * @param context titles, roles or organizations the sources give it ("President of the General Assembly");
 *                used only to break ties between equally named candidates
 */
public record LinkableEntity(String iri, EntityKind kind, String name, List<String> altNames, List<String> context) {
    public LinkableEntity {
        altNames = List.copyOf(altNames);
        context = List.copyOf(context);
    }

    public LinkableEntity(String iri, EntityKind kind, String name, List<String> altNames) {
        this(iri, kind, name, altNames, List.of());
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(altNames.size() + 1);
        names.add(name);
        names.addAll(altNames);
        return names;
    }
}
