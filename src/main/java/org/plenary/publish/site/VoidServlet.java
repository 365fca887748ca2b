package org.plenary.publish.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** {@code /.well-known/void}: the VoID / DCAT description of the dataset, in Turtle (default), HTML or other RDF. */
final class VoidServlet extends HttpServlet {
    private static final List<RdfFormat> OFFERED = List.of(RdfFormat.TURTLE, RdfFormat.HTML, RdfFormat.JSONLD,
            RdfFormat.NTRIPLES, RdfFormat.RDFXML);
    private final transient Site site;
    private final transient DatasetDescription.Cache cache;

    VoidServlet(Site site) {
        this.site = site;
        this.cache = site.datasetDescriptions();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        resp.setHeader("Vary", "Accept");
        Optional<RdfFormat> format = Negotiation.choose(req, OFFERED, RdfFormat.TURTLE);
        if (format.isEmpty()) {
            Responses.notAcceptable(req, resp, OFFERED);
            return;
        }
        Generation gen = site.generation();
        if (Responses.notModified(req, resp, Responses.etag(gen, "void", format.get().name), gen.lastModified())) return;
        Model m = cache.model(site);
        if (format.get() == RdfFormat.HTML) {
            StringWriter ttl = new StringWriter();
            RDFDataMgr.write(ttl, m, RDFFormat.TURTLE_PRETTY);
            Map<String, Object> c = new HashMap<>();
            c.put("title", "Dataset description (VoID)");
            c.put("turtle", ttl.toString());
            c.put("summary", DatasetSummary.of(m, site.iris().voidDataset()));
            site.templates.write(resp, "void", c);
            return;
        }
        resp.setContentType(format.get().mediaType + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            if (format.get() == RdfFormat.JSONLD) out.write(JsonLdDescription.write(m, site.iris())); // plain-term keys
            else RDFDataMgr.write(out, m, format.get().writerFormat);
        }
    }
}
