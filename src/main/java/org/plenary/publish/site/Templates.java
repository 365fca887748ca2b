package org.plenary.publish.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import org.unbescape.html.HtmlEscape;

/**
 * The site's Pebble templates, loaded from the jar once and cached. Autoescaping is on: every value from the
 * data (names, article text) is HTML-escaped unless a template says otherwise, and none does; a value's explicit
 * bidirectional controls are isolated within it.
 */
final class Templates {
    private static final String DIR = "org/plenary/publish/site/templates/";
    private static final List<String> PAGES = List.of("layout", "macros", "home", "meeting", "agent", "source", "statement",
            "place", "resource", "resource-footer", "search", "query", "void", "notfound", "graph", "error", "dumps");
    /** HTML escaping, with each value's bidirectional controls kept inside it ({@link BidiIsolation}). */
    private static final String HTML_ISOLATED = "html-isolated";
    private final PebbleEngine engine;

    Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(DIR);
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true)
                .addEscapingStrategy(HTML_ISOLATED, v -> BidiIsolation.isolate(HtmlEscape.escapeHtml4Xml(v)))
                .defaultEscapingStrategy(HTML_ISOLATED).cacheActive(true)
                .strictVariables(false).newLineTrimming(false).build();
        // Compiled now rather than on the first request of each kind of page.
        for (String t : PAGES) engine.getTemplate(t);
    }

    String render(String template, Map<String, Object> context) {
        Map<String, Object> ctx = new HashMap<>(context);
        ctx.putIfAbsent("siteName", Site.NAME);
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    void write(HttpServletResponse resp, String template, Map<String, Object> context) throws IOException {
        String html = render(template, context);
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(html);
    }
}
