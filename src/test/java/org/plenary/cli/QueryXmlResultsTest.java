package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code query --format xml} writes the SPARQL Query Results XML Format, which any SPARQL client reads. */
class QueryXmlResultsTest {
    @TempDir Path dir;

    @Test
    void selectResultsAreSparqlXml() throws Exception {
        Path db = Cli.emptyDatabase(dir, "http://example.org/plenary/");
        Path q = Files.writeString(dir.resolve("build.rq"), """
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                SELECT ?build ?version WHERE { ?build a pl:Build ; pl:softwareVersion ?version }
                """);
        Cli.Run r = Cli.run("query", "--db", db.toString(), "--format", "xml", q.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("http://www.w3.org/2005/sparql-results#"), r.out());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML);
        assertEquals(java.util.List.of("build", "version"), rs.getResultVars());
        QuerySolution row = rs.next();
        assertEquals("http://example.org/plenary/id/build/latest", row.getResource("build").getURI());
        assertTrue(!rs.hasNext());
    }

    @Test
    void askAnswersAreSparqlXml() throws Exception {
        Path db = Cli.emptyDatabase(dir, "http://localhost:3030/");
        Path q = Files.writeString(dir.resolve("ask.rq"), "PREFIX pl: <https://w3id.org/plenary/ontology#>\nASK { ?b a pl:Build }\n");
        Cli.Run r = Cli.run("query", "--db", db.toString(), "--format", "xml", q.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML));
    }
}
