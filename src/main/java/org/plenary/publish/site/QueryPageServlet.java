package org.plenary.publish.site;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /query}: YASGUI (from the jar) on the {@code /sparql} endpoint, with the competency queries as tabs and
 * {@code ?query=} opening a tab of its own (the "open in SPARQL editor" links of the pages).
 */
final class QueryPageServlet extends HttpServlet {
    private final transient Site site;
    private final transient List<QueryLibrary.NamedQuery> queries = QueryLibrary.load();

    QueryPageServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> c = new HashMap<>();
        c.put("title", "Query");
        c.put("queries", queries);
        c.put("query", req.getParameter("query"));
        c.put("endpoint", site.sparqlPath());
        c.put("base", site.iris().base());
        site.templates.write(resp, "query", c);
    }
}
