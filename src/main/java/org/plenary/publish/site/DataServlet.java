package org.plenary.publish.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.plenary.publish.site.RepresentationCache.Representation;

/**
 * {@code /data/...}: the RDF description of a resource (see {@link Descriptions}) in the syntax the client
 * accepts (Turtle when it says nothing), with validators for conditional GET. Each syntax of a description is
 * written once per published generation (see {@link RepresentationCache}). The description of an alias IRI moves
 * permanently (301) to that of the entity it stands for.
 */
final class DataServlet extends HttpServlet {
    private final transient Site site;

    DataServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        resp.setHeader("Vary", "Accept");
        Site.Lookup found = site.lookup(req);
        if (!found.found()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such resource");
            return;
        }
        Generation gen = found.generation();
        String iri = found.iri().orElseThrow();
        if (found.known().isAlias()) {
            Responses.movedTo(resp, HttpServletResponse.SC_MOVED_PERMANENTLY, "/data" + site.localPath(found.known().canonical()).orElseThrow(), req);
            return;
        }
        if ("html".equalsIgnoreCase(req.getParameter("format"))) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", "/page" + req.getPathInfo());
            return;
        }
        Optional<RdfFormat> format = Negotiation.choose(req, RdfFormat.RDF, RdfFormat.TURTLE);
        if (format.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Offered: " + RdfFormat.RDF.stream().map(f -> f.mediaType).toList());
            return;
        }
        if (Responses.notModified(req, resp, Responses.etag(gen, iri, format.get().name), gen.lastModified())) return;
        Representation body = site.representations().get(gen, iri + "\u0000" + format.get().name,
                () -> write(site.dataset(gen), iri, format.get()));
        Responses.write(req, resp, body);
    }

    private Representation write(Dataset ds, String iri, RdfFormat format) {
        Model description = Descriptions.describe(ds, site.iris(), iri);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter w = format == RdfFormat.TRIG
                ? RDFWriter.source(DatasetFactory.wrap(description).asDatasetGraph()).format(format.writerFormat).build()
                : RDFWriter.source(description).format(format.writerFormat).build();
        w.output(out);
        return Representation.of(out.toByteArray(), format.mediaType + "; charset=utf-8");
    }
}
