package org.plenary.publish.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.plenary.graph.Prefixes;

/**
 * The dataset description (VoID and DCAT, {@link DatasetDescription}) read back for a person: what the dataset is,
 * how big, under which licences, what kinds of things it holds, its links to Wikidata and its downloads. The page
 * shows this; the Turtle stays below it for those who want the triples.
 */
record DatasetSummary(String title, String description, String modified, long triples, String sparqlEndpoint,
                      List<String> licenses, String rights, List<ClassCount> classes, long wikidataLinks,
                      List<Download> downloads) {
    record ClassCount(String name, String iri, long entities) {}
    record Download(String name, String href, String mediaType, long bytes, String sha256) {}

    static DatasetSummary of(Model m, String datasetIri) {
        Resource d = m.getResource(datasetIri);
        List<String> licenses = new ArrayList<>();
        for (Statement s : d.listProperties(DCTerms.license).toList())
            if (s.getObject().isURIResource()) licenses.add(s.getResource().getURI());
        licenses.sort(null);
        List<ClassCount> classes = new ArrayList<>();
        for (Statement s : d.listProperties(v(m, "classPartition")).toList()) {
            Resource p = s.getResource();
            RDFNode c = p.getPropertyResourceValue(v(m, "class"));
            if (c == null || !c.isURIResource()) continue;
            String iri = c.asResource().getURI();
            classes.add(new ClassCount(iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1), iri,
                    p.hasProperty(v(m, "entities")) ? p.getProperty(v(m, "entities")).getLong() : 0));
        }
        classes.sort(Comparator.comparingLong((ClassCount c) -> -c.entities()).thenComparing(ClassCount::name));
        long links = 0;
        for (Statement s : d.listProperties(v(m, "subset")).toList())
            if (s.getResource().hasProperty(v(m, "triples"))) links += s.getResource().getProperty(v(m, "triples")).getLong();
        List<Download> downloads = new ArrayList<>();
        for (Statement s : d.listProperties(DCAT.distribution).toList()) {
            Resource dist = s.getResource();
            Resource url = dist.getPropertyResourceValue(DCAT.downloadURL);
            Resource type = dist.getPropertyResourceValue(DCAT.mediaType);
            Resource checksum = dist.getPropertyResourceValue(m.createProperty(Prefixes.SPDX, "checksum"));
            downloads.add(new Download(string(dist, DCTerms.title), url == null ? null : path(url.getURI()),
                    type == null ? null : type.getURI().substring(type.getURI().lastIndexOf("media-types/") + "media-types/".length()),
                    dist.hasProperty(DCAT.byteSize) ? dist.getProperty(DCAT.byteSize).getLong() : 0,
                    checksum == null ? null : string(checksum, m.createProperty(Prefixes.SPDX, "checksumValue"))));
        }
        downloads.sort(Comparator.comparing(Download::name));
        Resource sparql = d.getPropertyResourceValue(v(m, "sparqlEndpoint"));
        return new DatasetSummary(string(d, DCTerms.title), string(d, DCTerms.description), string(d, DCTerms.modified),
                d.hasProperty(v(m, "triples")) ? d.getProperty(v(m, "triples")).getLong() : 0,
                sparql == null ? null : sparql.getURI(), licenses, string(d, DCTerms.rights), classes, links, downloads);
    }

    private static org.apache.jena.rdf.model.Property v(Model m, String local) { return m.createProperty(Prefixes.VOID, local); }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? null : s.getString();
    }

    /** A download's address on this server (the public base may differ from where the page is read). */
    private static String path(String iri) {
        int at = iri.indexOf("/dumps/");
        return at < 0 ? iri : iri.substring(at);
    }
}
