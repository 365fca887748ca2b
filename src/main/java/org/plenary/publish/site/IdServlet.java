package org.plenary.publish.site;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


/**
 * {@code /id/...}: the resource itself, which is not a document. Answers 303 See Other to its page
 * ({@code /page/...}) for clients preferring HTML or stating no preference, or to its RDF description
 * ({@code /data/...}) for RDF clients (the httpRange-14 303 pattern). An alias IRI (owl:sameAs an entity in the
 * resolution graph) answers 303 to the page or description of that entity, which lists the alias.
 */
final class IdServlet extends HttpServlet {
    private final transient Site site;

    IdServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        resp.setHeader("Vary", "Accept");
        Site.Lookup found = site.lookup(req);
        if (!found.found()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such resource");
            return;
        }
        Optional<RdfFormat> format = Negotiation.chooseForId(req);
        if (format.isEmpty()) {
            Responses.notAcceptable(req, resp, java.util.stream.Stream.concat(java.util.stream.Stream.of(RdfFormat.HTML), RdfFormat.RDF.stream()).toList());
            return;
        }
        String path = found.known().isAlias() ? site.localPath(found.known().canonical()).orElseThrow() : req.getPathInfo();
        String where = (format.get() == RdfFormat.HTML ? "/page" : "/data") + path;
        if (req.getParameter("format") != null && format.get() != RdfFormat.HTML) where += "?format=" + format.get().name;
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", where);
    }
}
