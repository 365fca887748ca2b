package org.plenary.publish.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.graph.Prefixes;
import org.plenary.graph.PROV;
import org.plenary.store.DumpWriter;

/**
 * The VoID and DCAT description of the published dataset: size, class partitions, links to Wikidata, the
 * dumps as distributions (URL, size, SHA-256, media type), licences and the SPARQL endpoint. Made once per
 * generation.
 */
final class DatasetDescription {
    static final String VOID = Prefixes.VOID;
    static final String SPDX = Prefixes.SPDX;
    static final String GPL = "https://spdx.org/licenses/GPL-3.0-or-later";
    /** The licence of the dataset itself: CC0 1.0, as Wikidata's facts. */
    static final String DATA_LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    /**
     * Classes with instances in the data graphs: the ontology graph declares classes (owl:Class, rdfs:Class,
     * the participation-role individuals' skos:Concept) that describe the vocabulary, not the dataset.
     */
    private static final String CLASSES = """
            SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } FILTER (?g != ?ontology) } GROUP BY ?c ORDER BY ?c
            """;
    private static final String TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String WIKIDATA_LINKS = """
            SELECT (COUNT(*) AS ?n) WHERE { ?s <%s> ?o FILTER (STRSTARTS(STR(?o), "%s")) }
            """.formatted(OWL.sameAs.getURI(), Pages.WIKIDATA_ENTITY);
    private static final String SOURCE_LICENSES = """
            SELECT DISTINCT ?l WHERE { ?s a <%s> ; <%s> ?l }
            """.formatted(PL.Source.getURI(), DCTerms.license.getURI());

    private DatasetDescription() {}

    private static Property v(Model m, String local) { return m.createProperty(VOID, local); }

    /** The description; {@code counts} receives the number of instances of each class IRI. */
    static Model describe(Site site, Dataset ds, Map<String, Long> counts) {
        String base = site.iris().base();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.select("void", "dcat", "dcterms", "spdx", "pl", "owl", "xsd", "prov", "rdfs"));
        Resource dataset = m.createResource(site.iris().voidDataset())
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, Site.NAME)
                .addProperty(DCTerms.description, "Meetings, their participants and what they said, extracted from news articles, "
                        + "with the provenance of every fact (source, exact text span).")
                .addProperty(v(m, "uriSpace"), site.iris().resources())
                .addProperty(v(m, "sparqlEndpoint"), m.createResource(site.iris().sparqlEndpoint()))
                .addProperty(v(m, "vocabulary"), m.createResource(PL.NS))
                .addProperty(v(m, "rootResource"), m.createResource(base))
                .addProperty(DCAT.landingPage, m.createResource(base));
        Resource software = m.createResource(site.iris().software())
                .addProperty(DCTerms.license, m.createResource(GPL));
        // The dataset was made by the latest build, run by the software (both described in graph/build).
        dataset.addProperty(PROV.wasGeneratedBy, m.createResource(site.iris().build()));
        dataset.addProperty(DCTerms.creator, software);
        Txn.executeRead(ds, () -> {
            long triples = count(ds, TRIPLES);
            dataset.addLiteral(v(m, "triples"), triples);
            ParameterizedSparqlString classes = new ParameterizedSparqlString(CLASSES);
            classes.setIri("ontology", site.iris().ontologyGraph());
            try (QueryExecution qe = QueryExecution.dataset(ds).query(classes.asQuery()).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    if (!s.get("c").isURIResource()) return;
                    long n = s.getLiteral("n").getLong();
                    counts.put(s.getResource("c").getURI(), n);
                    dataset.addProperty(v(m, "classPartition"), m.createResource()
                            .addProperty(v(m, "class"), s.getResource("c"))
                            .addLiteral(v(m, "entities"), n));
                });
            }
            long links = count(ds, WIKIDATA_LINKS);
            dataset.addProperty(v(m, "subset"), m.createResource()
                    .addProperty(RDF.type, m.createResource(VOID + "Linkset"))
                    .addProperty(v(m, "linkPredicate"), OWL.sameAs)
                    .addProperty(v(m, "objectsTarget"), m.createResource("http://www.wikidata.org/"))
                    .addLiteral(v(m, "triples"), links));
            try (QueryExecution qe = QueryExecution.dataset(ds).query(SOURCE_LICENSES).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> dataset.addProperty(DCTerms.license, s.get("l")));
            }
        });
        // The dataset's own licence covers what Plenary made (the graph's structure, IRIs and extracted facts), as
        // Wikidata licenses its facts; quoted article text stays under its publisher's terms (dcterms:rights).
        dataset.addProperty(DCTerms.license, m.createResource(DATA_LICENSE));
        long modified = site.generation().lastModified();
        if (modified > 0)
            dataset.addLiteral(DCTerms.modified, m.createTypedLiteral(
                    java.time.Instant.ofEpochMilli(modified).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        dataset.addProperty(DCTerms.rights, "The facts are extracted from news articles and point to their exact text; "
                + "each article remains under its publisher's terms (see each source's licence). The software is GPL-3.0-or-later.");
        site.dumps().ifPresent(dir -> distributions(m, dataset, site.iris(), dir));
        return m;
    }

    private static long count(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static void distributions(Model m, Resource dataset, IriScheme iris, Path dir) {
        Map<String, String> sums = sums(dir);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            Map<String, Path> sorted = new java.util.TreeMap<>();
            for (Path p : files) sorted.put(p.getFileName().toString(), p);
            for (Map.Entry<String, Path> e : sorted.entrySet()) {
                String name = e.getKey();
                Optional<String> type = mediaType(name);
                if (type.isEmpty() || !Files.isRegularFile(e.getValue(), LinkOption.NOFOLLOW_LINKS)) continue;
                Resource url = m.createResource(iris.dump(name));
                Resource dist = m.createResource(iris.dump(name) + "#distribution")
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCTerms.title, name)
                        .addProperty(DCAT.downloadURL, url)
                        .addProperty(DCAT.accessURL, m.createResource(iris.dumps()))
                        .addProperty(DCAT.mediaType, m.createResource(IANA + type.get()))
                        .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(Files.size(e.getValue())), XSDDatatype.XSDnonNegativeInteger));
                if (name.endsWith(".gz")) dist.addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"));
                String sha = sums.get(name);
                if (sha != null)
                    dist.addProperty(m.createProperty(SPDX, "checksum"), m.createResource()
                            .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                            .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                            .addProperty(m.createProperty(SPDX, "checksumValue"), m.createTypedLiteral(sha, XSDDatatype.XSDhexBinary)));
                dataset.addProperty(DCAT.distribution, dist);
                if (!name.endsWith(".gz")) dataset.addProperty(v(m, "dataDump"), url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dump files' media types; checksum files are not distributions. */
    static Optional<String> mediaType(String name) {
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (plain.endsWith(".ttl")) return Optional.of("text/turtle");
        if (plain.endsWith(".trig")) return Optional.of("application/trig");
        if (plain.endsWith(".nq")) return Optional.of("application/n-quads");
        if (plain.endsWith(".nt")) return Optional.of("application/n-triples");
        return Optional.empty();
    }

    /** {@code SHA256SUMS} in sha256sum format: "HEX  NAME" per line. */
    private static Map<String, String> sums(Path dir) {
        Map<String, String> out = new HashMap<>();
        Path file = dir.resolve(DumpWriter.SUMS);
        if (!Files.isRegularFile(file)) return out;
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+\\*?", 2);
                if (parts.length == 2) out.put(parts[1].trim(), parts[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Cache of the description per generation. */
    static final class Cache {
        private final Map<String, Model> models = new LinkedHashMap<>();
        private final Map<String, Map<String, Long>> counts = new HashMap<>();

        synchronized Model model(Site site) {
            fill(site);
            return models.get(site.generation().tag());
        }

        synchronized Map<String, Long> counts(Site site) {
            fill(site);
            return counts.get(site.generation().tag());
        }

        private void fill(Site site) {
            String tag = site.generation().tag();
            if (models.containsKey(tag)) return;
            models.clear();
            counts.clear();
            Map<String, Long> c = new HashMap<>();
            models.put(tag, describe(site, site.dataset(), c));
            counts.put(tag, c);
        }
    }
}
