package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.compare.ClaimComparison;
import org.plenary.graph.IriScheme;
import org.plenary.publish.PlenaryServer;
import org.plenary.store.PlenaryDatabase;

/**
 * Three gazettes giving three dates of one town-council meeting, compared and published in a real TDB2 database and
 * served over HTTP: the meeting page has one dispute marker holding the three dates, each linked to its gazette's
 * sentence; /disputes lists one dispute, and its CSV one row per date. Hand-made data, no CoreNLP.
 */
class DisputesOnHandMadeDataTest {
    static final String B = "https://example.org/";

    static String gazette(String id, String date, int start) {
        return """
                <graph/source/%1$s> {
                  <id/source/%1$s> a pl:Source ; pl:headline "The %1$s" ; pl:articleBody "The council met on that day, the mayor said." .
                  <id/meeting/council> a pl:Meeting ; pl:name "Town council" ; pl:date "%2$s"^^xsd:date ;
                     pl:span <id/span/%1$s-%3$d-20> .
                  <id/span/%1$s-%3$d-20> a pl:TextSpan ; oa:start %3$d ; oa:end 20 ; oa:hasSource <id/source/%1$s> .
                }
                """.formatted(id, date, start);
    }

    static HttpResponse<String> get(PlenaryServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void threeDatesOfOneMeetingAreOneDisputeWithThreeValuesOnItsPageAndInTheList(@TempDir Path dir) throws Exception {
        String trig = """
                @prefix pl: <https://w3id.org/plenary/ontology#> .
                @prefix oa: <http://www.w3.org/ns/oa#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @base <https://example.org/> .
                """ + gazette("gazette", "2019-06-01", 0) + gazette("herald", "2019-06-08", 4) + gazette("courier", "2019-06-15", 9);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            RDFParser.fromString(trig, Lang.TRIG).parse(dsg);
            ClaimComparison.create().iris(new IriScheme(B)).build().compareInto(dsg);
        });
        PlenaryDatabase db = PlenaryDatabase.at(dir.resolve("db"));
        db.replace(out -> Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(out::quad)));
        PlenaryServer server = PlenaryServer.create().database(db).port(0).loopback(true).base(B).build().start();
        try {
            String page = get(server, "/page/meeting/council").body();
            int details = page.split("<details class=\"dispute\"", -1).length - 1;
            assertEquals(2, details, "the date's own marker and the page's list of disputes: " + page);
            for (String[] v : new String[][] {{"2019-06-01", "gazette", "0"}, {"2019-06-08", "herald", "4"}, {"2019-06-15", "courier", "9"}})
                assertTrue(page.contains(v[0]) && page.contains("/page/source/" + v[1] + "#span-" + v[2] + "-20"), v[0] + " " + page);
            assertTrue(page.contains("data-property=\"date\""), page);

            String list = get(server, "/disputes").body();
            assertTrue(list.contains("1 dispute.") || list.contains("1 dispute "), list);
            String csv = get(server, "/disputes?format=csv").body();
            assertEquals(4, csv.lines().count(), "a header and one row per date: " + csv);
            assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(",date of event,")), csv);
            assertTrue(get(server, "/").body().contains("<a href=\"/disputes\"><strong>1</strong> dispute</a>"));
        } finally {
            server.stop();
            db.currentGeneration().ifPresent(db::release);
        }
    }
}
