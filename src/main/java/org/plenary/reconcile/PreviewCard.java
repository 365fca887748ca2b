package org.plenary.reconcile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * The small HTML card OpenRefine shows for a candidate ({@code /reconcile/preview}), from a Pebble template as the
 * site's pages are: Pebble's autoescaping HTML-escapes every value from the data (names, IRIs), so no escaper of
 * our own stands between the data and the page.
 */
final class PreviewCard {
    private static final PebbleTemplate TEMPLATE = compile();

    private PreviewCard() {}

    private static PebbleTemplate compile() {
        ClasspathLoader loader = new ClasspathLoader(PreviewCard.class.getClassLoader());
        loader.setPrefix("org/plenary/reconcile/");
        loader.setSuffix(".peb");
        PebbleEngine engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .strictVariables(true).newLineTrimming(false).build();
        return engine.getTemplate("preview");
    }

    /**
     * @param id       the entity's IRI
     * @param name     its preferred name, or null (the IRI stands in)
     * @param types    labels of its types
     * @param altNames its other names
     */
    static String render(String id, String name, List<String> types, List<String> altNames) {
        StringWriter out = new StringWriter();
        try {
            TEMPLATE.evaluate(out, Map.of("id", id, "title", name == null ? id : name, "types", List.copyOf(types),
                    "altNames", List.copyOf(altNames)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
