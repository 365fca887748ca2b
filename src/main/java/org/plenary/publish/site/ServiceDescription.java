package org.plenary.publish.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.plenary.graph.Prefixes;

/** The SPARQL 1.1 Service Description of {@code /sparql}, answered to a GET with no query. */
final class ServiceDescription {
    static final String SD = Prefixes.SD;
    private static final String FORMATS = Prefixes.FORMATS;

    private ServiceDescription() {}

    /** The description of the generation being served (see {@link Site#serviceDescription()}, which keeps it). */
    static Model model(Site site) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.select("sd", "void", "formats"));
        Property p = m.createProperty(SD, "supportedLanguage");
        Resource service = m.createResource(site.iris().sparqlService())
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(site.iris().sparqlEndpoint()))
                .addProperty(p, m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD, "propertyFeature"), m.createResource("http://jena.apache.org/text#query"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        Resource dataset = m.createResource(site.iris().voidDataset());
        service.addProperty(m.createProperty(SD, "defaultDataset"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(DatasetDescription.VOID, "inDataset"), dataset)
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addProperty(m.createProperty(DatasetDescription.VOID, "inDataset"), dataset)));
        Resource described = service.getPropertyResourceValue(m.createProperty(SD, "defaultDataset"));
        // Each named graph (one per source, resolution, links, build, ontology), with the page its IRI answers with.
        Dataset ds = site.dataset();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
            if (!g.isURI()) return;
            described.addProperty(m.createProperty(SD, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(g.getURI()))
                    .addProperty(m.createProperty(SD, "graph"), m.createResource()
                            .addProperty(RDF.type, m.createResource(SD + "Graph"))
                            .addLiteral(m.createProperty(DatasetDescription.VOID, "triples"), ds.asDatasetGraph().getGraph(g).size())));
        }));
        return m;
    }

    static void write(Site site, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        resp.setHeader("Vary", "Accept");
        List<RdfFormat> offered = new java.util.ArrayList<>(RdfFormat.RDF.subList(0, 4));
        offered.add(RdfFormat.HTML);
        Optional<RdfFormat> format = Negotiation.choose(req, offered, RdfFormat.TURTLE);
        if (format.isEmpty()) {
            Responses.notAcceptable(req, resp, offered);
            return;
        }
        if (format.get() == RdfFormat.HTML) {
            java.io.StringWriter ttl = new java.io.StringWriter();
            RDFDataMgr.write(ttl, site.serviceDescription(), org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
            site.templates.write(resp, "void", java.util.Map.of("title", "SPARQL service description", "turtle", ttl.toString()));
            return;
        }
        resp.setContentType(format.get().mediaType + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            if (format.get() == RdfFormat.JSONLD) out.write(JsonLdDescription.write(site.serviceDescription(), site.iris()));
            else RDFDataMgr.write(out, site.serviceDescription(), format.get().writerFormat);
        }
    }
}
