package org.plenary.publish.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.plenary.graph.Prefixes;
import org.plenary.publish.site.RepresentationCache.Representation;

/**
 * {@code /graph/...}: a named graph of the dataset ({@code {base}graph/source/...}, {@code graph/resolution},
 * {@code graph/build}, ...), by content negotiation at its own IRI: a page (what the graph is, its size, the resources
 * it describes) for browsers and clients stating no preference, its triples in the RDF syntax an RDF client asks for
 * (TriG names the graph). A graph IRI names a set of triples, an information resource, so it answers directly
 * rather than with a 303. {@code ?format=} overrides the Accept header.
 */
final class GraphServlet extends HttpServlet {
    private static final int MAX_SUBJECTS = 1000;
    private static final String HTML = "text/html; charset=utf-8";
    private static final String SUBJECTS = Prefixes.sparql("pl", "rdfs") + """
            SELECT ?s (SAMPLE(?l) AS ?label) WHERE {
              { SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER (isIRI(?s)) } ORDER BY ?s LIMIT %d }
              OPTIONAL { ?s pl:name|pl:headline|rdfs:label ?l }
            } GROUP BY ?s ORDER BY ?s
            """.formatted(MAX_SUBJECTS + 1);
    private static final String SOURCE_OF = Prefixes.sparql("pl") + "SELECT ?h WHERE { ?s pl:headline ?h } LIMIT 1";

    private final transient Site site;

    GraphServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        resp.setHeader("Vary", "Accept");
        String path = req.getPathInfo();
        Optional<String> iri = site.graphIri(path);
        Generation gen = site.generation();
        Dataset ds = site.dataset(gen);
        Node g = iri.map(NodeFactory::createURI).orElse(null);
        if (g == null || !Txn.calculateRead(ds, () -> ds.asDatasetGraph().containsGraph(g))) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            site.templates.write(resp, "notfound", Map.of("title", "Not found", "path", String.valueOf(req.getRequestURI())));
            return;
        }
        List<RdfFormat> offered = new ArrayList<>();
        offered.add(RdfFormat.HTML);
        offered.addAll(RdfFormat.RDF);
        Optional<RdfFormat> format = Negotiation.choose(req, offered, RdfFormat.HTML);
        if (format.isEmpty()) {
            Responses.notAcceptable(req, resp, offered);
            return;
        }
        if (Responses.notModified(req, resp, Responses.etag(gen, "graph", iri.get(), format.get().name), gen.lastModified())) return;
        Representation body = site.representations().get(gen, iri.get() + "\u0000graph\u0000" + format.get().name,
                () -> format.get() == RdfFormat.HTML ? page(ds, g) : content(ds, g, format.get()));
        Responses.write(req, resp, body);
    }

    private Representation content(Dataset ds, Node g, RdfFormat format) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().getGraph(g).find().forEachRemaining(copy::add));
        Prefixes.standard(site.iris()).forEach(copy.getPrefixMapping()::setNsPrefix);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == RdfFormat.TRIG) {
            DatasetGraph named = DatasetGraphFactory.create();
            copy.getPrefixMapping().getNsPrefixMap().forEach(named.prefixes()::add);
            named.addGraph(g, copy);
            RDFWriter.source(named).format(format.writerFormat).output(out);
        } else if (format == RdfFormat.JSONLD) {
            return Representation.of(JsonLdDescription.write(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(copy), site.iris()),
                    format.mediaType + "; charset=utf-8");
        } else {
            RDFWriter.source(copy).format(format.writerFormat).output(out);
        }
        return Representation.of(out.toByteArray(), format.mediaType + "; charset=utf-8");
    }

    private Representation page(Dataset ds, Node g) {
        Map<String, Object> c = new HashMap<>();
        String iri = g.getURI();
        c.put("title", heading(iri));
        c.put("heading", heading(iri));
        c.put("iri", iri);
        List<Ref> subjects = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            c.put("triples", ds.asDatasetGraph().getGraph(g).size());
            ParameterizedSparqlString q = new ParameterizedSparqlString(SUBJECTS);
            q.setIri("g", iri);
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    String subject = s.getResource("s").getURI();
                    String label = s.contains("label") ? s.getLiteral("label").getString() : subject;
                    subjects.add(new Ref(label, site.href(subject), subject));
                });
            }
            String sourcePrefix = site.iris().sourceGraph("");
            if (iri.startsWith(sourcePrefix)) {
                String source = site.iris().source(iri.substring(sourcePrefix.length()));
                ParameterizedSparqlString h = new ParameterizedSparqlString(SOURCE_OF);
                h.setIri("s", source);
                try (QueryExecution qe = QueryExecution.dataset(ds).query(h.asQuery()).build()) {
                    var rs = qe.execSelect();
                    c.put("source", new Ref(rs.hasNext() ? rs.next().getLiteral("h").getString() : source, site.href(source), source));
                }
            }
        });
        c.put("more", subjects.size() > MAX_SUBJECTS);
        c.put("subjects", subjects.size() > MAX_SUBJECTS ? subjects.subList(0, MAX_SUBJECTS) : subjects);
        return Representation.of(site.templates.render("graph", c).getBytes(StandardCharsets.UTF_8), HTML);
    }

    /** "Source graph tiny-2024-01", "Resolution graph", ...: what the graph is, from its IRI. */
    private String heading(String iri) {
        String rest = iri.substring(site.iris().graphs().length());
        String kind = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String name = kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + " graph";
        return rest.contains("/") ? name + " " + rest.substring(rest.indexOf('/') + 1) : name;
    }
}
