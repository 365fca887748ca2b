package org.plenary.publish.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;

/**
 * {@code /data/...}: the RDF description of a resource (see {@link Descriptions}) in the syntax the client
 * accepts (Turtle when it says nothing), with validators for conditional GET.
 */
final class DataServlet extends HttpServlet {
    private final transient Site site;

    DataServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        resp.setHeader("Vary", "Accept");
        Optional<String> iri = site.resourceIri(req.getPathInfo());
        Dataset ds = site.dataset();
        if (iri.isEmpty() || !Descriptions.exists(ds, iri.get())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such resource");
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
        Generation gen = site.generation();
        if (Responses.notModified(req, resp, Responses.etag(gen, iri.get(), format.get().name), gen.lastModified())) return;
        Model description = Descriptions.describe(ds, site.iris(), iri.get());
        resp.setContentType(format.get().mediaType + "; charset=utf-8");
        if ("HEAD".equals(req.getMethod())) return;
        try (OutputStream out = resp.getOutputStream()) {
            RDFWriter w = format.get() == RdfFormat.TRIG
                    ? RDFWriter.source(DatasetFactory.wrap(description).asDatasetGraph()).format(format.get().writerFormat).build()
                    : RDFWriter.source(description).format(format.get().writerFormat).build();
            w.output(out);
        }
    }
}
