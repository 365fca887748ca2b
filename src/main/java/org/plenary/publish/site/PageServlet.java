package org.plenary.publish.site;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;

/** {@code /page/...}: the HTML page of a resource, by its kind (meeting, person, source, ...). */
final class PageServlet extends HttpServlet {
    private final transient Site site;

    PageServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        Optional<String> iri = site.resourceIri(req.getPathInfo());
        Dataset ds = site.dataset();
        Model description = iri.isPresent() ? Descriptions.describe(ds, site.iris(), iri.get()) : null;
        if (description == null || description.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            site.templates.write(resp, "notfound", Map.of("title", "Not found", "path", String.valueOf(req.getRequestURI())));
            return;
        }
        Generation gen = site.generation();
        if (Responses.notModified(req, resp, Responses.etag(gen, iri.get(), "html"), gen.lastModified())) return;
        Map.Entry<String, Map<String, Object>> view = new Pages(site, description, iri.get()).view(ds);
        resp.setHeader("Link", "<" + "/data" + req.getPathInfo() + ">; rel=\"alternate\"; type=\"text/turtle\"");
        site.templates.write(resp, view.getKey(), view.getValue());
    }
}
