package org.plenary.publish.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
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
    /** The RDF syntaxes, then HTML last: any-type gets Turtle, and only a client preferring HTML is sent to the page. */
    private static final List<RdfFormat> OFFERED = java.util.stream.Stream.concat(RdfFormat.RDF.stream(),
            java.util.stream.Stream.of(RdfFormat.HTML)).toList();
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
        Optional<RdfFormat> format = Negotiation.choose(req, OFFERED, RdfFormat.TURTLE);
        if (format.isEmpty()) {
            Responses.notAcceptable(req, resp, OFFERED);
            return;
        }
        if (format.get() == RdfFormat.HTML) { // a reader who followed a /data link in a browser: send them to the page
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", "/page" + req.getPathInfo());
            return;
        }
        if (Responses.notModified(req, resp, Responses.etag(gen, iri, format.get().name), gen.lastModified())) return;
        Representation body = site.representations().get(gen, iri + "\u0000" + format.get().name,
                () -> write(site.dataset(gen), iri, format.get()));
        Responses.write(req, resp, body);
    }

    private Representation write(Dataset ds, String iri, RdfFormat format) {
        Model description = Descriptions.describe(ds, site.iris(), iri);
        if (format == RdfFormat.JSONLD)
            return Representation.of(JsonLdDescription.write(description, site.iris()), format.mediaType + "; charset=utf-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter w = format == RdfFormat.TRIG
                ? RDFWriter.source(inTheirGraphs(ds, description)).format(format.writerFormat).build()
                : RDFWriter.source(description).format(format.writerFormat).build();
        w.output(out);
        return Representation.of(out.toByteArray(), format.mediaType + "; charset=utf-8");
    }

    /**
     * The description's triples as quads of the named graphs that state them (a triple two sources state is in both),
     * so that TriG keeps which source said what; a triple no named graph states stays in the default graph.
     */
    private static DatasetGraph inTheirGraphs(Dataset ds, Model description) {
        DatasetGraph out = DatasetGraphFactory.create();
        description.getNsPrefixMap().forEach(out.prefixes()::add);
        DatasetGraph stored = ds.asDatasetGraph();
        Txn.executeRead(stored, () -> description.getGraph().find().forEachRemaining(t -> {
            Iterator<Quad> in = stored.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
            boolean named = false;
            try {
                while (in.hasNext()) {
                    Quad q = in.next();
                    if (q.isDefaultGraph() || q.getGraph().equals(Quad.unionGraph)) continue;
                    out.add(q);
                    named = true;
                }
            } finally {
                Iter.close(in);
            }
            if (!named) out.getDefaultGraph().add(t);
        }));
        return out;
    }
}
