package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.PL;

/**
 * VoID class partitions describe the data: one per class with instances in a data graph, counting those
 * instances, and none for what only the ontology graph types (owl:Class, the participation-role individuals).
 */
class VoidClassPartitionsTest {
    @TempDir static Path tmp;
    static TinySite site;

    @BeforeAll
    static void start() {
        site = TinySite.start(tmp);
    }

    @AfterAll
    static void stop() { site.close(); }

    /** Class IRI to distinct subjects typed with it, read from the TDB2 quads of every graph but the ontology. */
    static Map<String, Long> instancesInDataGraphs() {
        Dataset ds = site.db().open();
        Node ontology = org.apache.jena.graph.NodeFactory.createURI(TinyCorpus.BASE + "graph/ontology");
        Map<String, Set<Node>> subjects = new HashMap<>();
        ds.executeRead(() -> ds.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining((Quad q) -> {
            if (!q.getGraph().equals(ontology) && q.getObject().isURI())
                subjects.computeIfAbsent(q.getObject().getURI(), k -> new HashSet<>()).add(q.getSubject());
        }));
        Map<String, Long> out = new HashMap<>();
        subjects.forEach((c, s) -> out.put(c, (long) s.size()));
        return out;
    }

    @Test
    void partitionsAreTheClassesOfTheDataGraphsWithTheirInstanceCounts() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + site.server().port() + "/.well-known/void")).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        Resource dataset = m.createResource(TinyCorpus.BASE + ".well-known/void#dataset");
        Map<String, Long> partitions = new HashMap<>();
        for (RDFNode p : m.listObjectsOfProperty(dataset, m.createProperty(DatasetDescription.VOID, "classPartition")).toList()) {
            Resource part = p.asResource();
            String c = part.getPropertyResourceValue(m.createProperty(DatasetDescription.VOID, "class")).getURI();
            assertNull(partitions.put(c, part.getProperty(m.createProperty(DatasetDescription.VOID, "entities")).getLong()), "one partition per class: " + c);
        }
        assertEquals(instancesInDataGraphs(), partitions);
        assertFalse(partitions.containsKey(OWL.Class.getURI()), "the ontology's class declarations are not data");
        assertFalse(partitions.containsKey(PL.ParticipationRole.getURI()), "typed only in the ontology graph");
        assertEquals(2L, partitions.get(PL.Person.getURI()));
    }
}
