package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.PL;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;

/** The home page over HTTP on a real TDB2 database. */
class HomePageTest {
    @TempDir Path tmp;

    @Test
    void aMeetingWithoutADateOrPlaceIsListedNotAServerError() throws Exception {
        // What articles without catalogue entries give: a meeting named in the text, with no date and no place.
        PlenaryDatabase db = PlenaryDatabase.at(tmp.resolve("db"));
        Node g = NodeFactory.createURI(TinyCorpus.BASE + "graph/source/undated-report");
        Node meeting = NodeFactory.createURI(TinyCorpus.BASE + "id/meeting/undated-report-hearing");
        db.replace(out -> {
            out.quad(Quad.create(g, meeting, RDF.type.asNode(), PL.Meeting.asNode()));
            out.quad(Quad.create(g, meeting, PL.name.asNode(), NodeFactory.createLiteralString("public hearing on water rights")));
        });
        PlenaryServer server = PlenaryServer.create().database(db).port(0).loopback(true).base(TinyCorpus.BASE).build().start();
        try {
            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.sparqlUrl().replace("/sparql", "/"))).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode(), home.body());
            assertTrue(home.body().contains("public hearing on water rights"), home.body());

            // The meetings count links to a query listing the meetings; run it against the endpoint.
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("/query\\?query=([^\"&]+)").matcher(home.body());
            assertTrue(link.find(), home.body());
            String query = java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(query.contains("<" + PL.Meeting.getURI() + ">"), query);
            try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.service(server.sparqlUrl()).query(query).build()) {
                var rows = org.apache.jena.query.ResultSetFormatter.toList(qe.execSelect());
                assertEquals(1, rows.size(), query);
                assertEquals(meeting.getURI(), rows.get(0).getResource("x").getURI());
                assertEquals("public hearing on water rights", rows.get(0).getLiteral("name").getString());
            }
        } finally {
            server.stop();
            db.currentGeneration().ifPresent(db::release);
        }
    }
}
