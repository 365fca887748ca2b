package org.plenary.publish.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.plenary.publish.site.RepresentationCache.Representation;

/**
 * {@code /page/...}: the HTML page of a resource, by its kind (meeting, person, source, ...). Pages are made once
 * per published generation (see {@link RepresentationCache}). The page of an alias IRI moves permanently (301) to
 * the page of the entity it stands for.
 */
final class PageServlet extends HttpServlet {
    private static final String HTML = "text/html; charset=utf-8";
    private final transient Site site;

    PageServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        Site.Lookup found = site.lookup(req);
        if (!found.found()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            site.templates.write(resp, "notfound", Map.of("title", "Not found", "path", String.valueOf(req.getRequestURI())));
            return;
        }
        Generation gen = found.generation();
        String iri = found.iri().orElseThrow();
        if (found.known().isAlias()) {
            Responses.movedTo(resp, HttpServletResponse.SC_MOVED_PERMANENTLY, "/page" + site.localPath(found.known().canonical()).orElseThrow(), req);
            return;
        }
        if (Responses.notModified(req, resp, Responses.etag(gen, iri, "html"), gen.lastModified())) return;
        Representation page = site.representations().get(gen, iri + "\u0000html", () -> render(gen, iri));
        resp.setHeader("Link", "<" + "/data" + req.getPathInfo() + ">; rel=\"alternate\"; type=\"text/turtle\"");
        Responses.write(req, resp, page);
    }

    private Representation render(Generation gen, String iri) {
        Dataset ds = site.dataset(gen);
        Model description = Descriptions.describe(ds, site.iris(), iri);
        Map.Entry<String, Map<String, Object>> view = new Pages(site, description, iri).view(ds);
        DisputesOnPage.add(view.getKey(), iri, site.disputes(gen), site.corroborations(gen), view.getValue());
        PicturesOnPage.add(site, ds, view.getKey(), iri, view.getValue());
        if (view.getKey().equals("source")) view.getValue().put("sharedValues", site.sharedValues(gen).getOrDefault(iri, java.util.List.of()));
        return Representation.of(site.templates.render(view.getKey(), view.getValue()).getBytes(StandardCharsets.UTF_8), HTML);
    }
}
