package org.plenary.link;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.IriScheme;
import org.plenary.text.Slugs;

class ReferenceGraphTest {
    static final Path DIR = Path.of("data/reference");

    @Test
    void shippedFactsLoadIntoTheReferenceGraphUnderTheBuildBase(@TempDir Path tdb) {
        IriScheme iris = new IriScheme("https://example.org/plenary/");
        Dataset ds = TDB2Factory.connectDataset(tdb.toString());
        ds.executeWrite(() -> assertTrue(ReferenceGraph.load(DIR, iris, StreamRDFLib.dataset(ds.asDatasetGraph())) > 20));

        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?start ?end ?src WHERE { GRAPH ?g {
                  ?role a pl:Role ; pl:holder ?p ; pl:organization ?o ; pl:startDate ?start ; pl:endDate ?end ;
                        prov:wasDerivedFrom ?src } }""");
        q.setIri("g", iris.referenceGraph());
        q.setIri("p", iris.base() + "id/person/" + Slugs.slug("Philémon Yang"));
        q.setIri("o", iris.base() + "id/organization/" + Slugs.slug("United Nations General Assembly"));
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), ds)) {
                List<QuerySolution> rows = org.apache.jena.query.ResultSetFormatter.toList(qe.execSelect());
                assertEquals(1, rows.size());
                assertEquals("2024-09-10", rows.get(0).getLiteral("start").getLexicalForm());
                assertEquals("http://www.w3.org/2001/XMLSchema#date", rows.get(0).getLiteral("start").getDatatypeURI());
                assertEquals("https://press.un.org/en/2024/ga12605.doc.htm", rows.get(0).getResource("src").getURI());
            }
        });
        ds.close();
    }

    @Test
    void everyRoleOfTheShippedFactsHasASource() {
        var g = ReferenceGraph.parse(DIR.resolve("reference.ttl"), IriScheme.defaults());
        var type = org.apache.jena.vocabulary.RDF.type.asNode();
        var roles = g.find(null, type, org.plenary.graph.PL.Role.asNode()).mapWith(t -> t.getSubject()).toList();
        assertEquals(4, roles.size());
        for (var r : roles) assertTrue(g.contains(r, org.plenary.graph.PROV.wasDerivedFrom.asNode(), null), r.toString());
    }

    @Test
    void badTurtleNamesFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ttl"), "<id/person/x> a <https://w3id.org/plenary/ontology#Person> .\n");
        Files.writeString(dir.resolve("b.ttl"), "@prefix pl: <https://w3id.org/plenary/ontology#> .\n\n<id/person/y> pl:name \"x\" pl:altName \"y\" .\n");
        var sink = StreamRDFLib.count();
        var e = assertThrows(ReferenceGraph.ReferenceDataException.class, () -> ReferenceGraph.load(dir, IriScheme.defaults(), sink));
        assertTrue(e.getMessage().contains("b.ttl:3:"), e.getMessage());
    }

    @Test
    void missingDirectoryGivesNoFacts(@TempDir Path dir) {
        assertEquals(0, ReferenceGraph.load(dir.resolve("none"), IriScheme.defaults(), StreamRDFLib.sinkNull()));
    }
}
