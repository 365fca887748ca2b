package org.plenary.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.cli.PlenaryCommand;
import org.plenary.graph.ShapesValidator;
import picocli.CommandLine;
import org.plenary.store.DumpWriter;
import org.plenary.store.PlenaryDatabase;

/**
 * {@code plenary export} writes the same bytes the server serves under {@code /dumps/}, for a generation a build
 * published from its in-memory graphs, whose literals are not all in the store's lexical form (a merge score written
 * "1.000", an integer "007"; a time with a "+00:00" zone, kept as written): TDB2 keeps such values by value and gives
 * back "1.0" and "7",
 * so a dump written from the build and one written from the store used to differ; and a rebuild that deleted the old
 * score read back from a dump left it in the store.
 */
class ExportMatchesServedDumpsTest {
    static final String BASE = "http://localhost:3030/";
    static final ShapesValidator NO_SHAPES = ShapesValidator.of(GraphFactory.createDefaultGraph());

    static DatasetGraph built(String score) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("""
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                GRAPH <%1$sgraph/resolution> {
                  <%1$sid/merge/person/a> a pl:Merge ; pl:score "%2$s"^^xsd:decimal ; pl:mergedInto <%1$sid/person/a> .
                  <%1$sid/person/a> a pl:Person ; pl:name "A Person" .
                }
                GRAPH <%1$sgraph/source/s1> {
                  <%1$sid/source/s1> a pl:Source ; pl:headline "One" ; pl:session "007"^^xsd:integer ;
                      pl:published "2025-05-20T10:00:00+00:00"^^xsd:dateTime ; pl:score "0.500"^^xsd:decimal .
                }
                """.formatted(BASE, score), Lang.TRIG).parse(dsg);
        return dsg;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void exportWritesTheServedDumpsByteForByte(@TempDir Path tmp) throws Exception {
        PlenaryDatabase db = PlenaryDatabase.at(tmp.resolve("db"));
        db.publish(built("1.000"), NO_SHAPES);
        assertSameAsExport(db, tmp.resolve("export1"));
        // A rebuild that changes one graph copies the other's segments from the previous dumps: still the same.
        assertFalse(db.publish(built("0.750"), NO_SHAPES).whole(), "only graph/resolution was written again");
        assertSameAsExport(db, tmp.resolve("export2"));
        db.currentGeneration().ifPresent(db::release);
    }

    private static void assertSameAsExport(PlenaryDatabase db, Path out) throws Exception {
        PlenaryServer server = PlenaryServer.create().database(db).port(0).loopback(true).warm(false).build().start();
        try {
            StringWriter err = new StringWriter();
            int code = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                    .execute("export", "--db", db.location().toString(), "--out", out.toString());
            assertEquals(0, code, err.toString());
            HttpClient http = HttpClient.newHttpClient();
            for (String name : DumpWriter.FILES) {
                HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/dumps/" + name)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, served.statusCode(), name);
                byte[] exported = Files.readAllBytes(out.resolve(name));
                assertEquals(sha256(exported), sha256(served.body()), name + ": export and server differ");
                assertEquals("\"" + sha256(exported) + "\"", served.headers().firstValue("ETag").orElse(null), name);
            }
            assertEquals(Files.readString(out.resolve(DumpWriter.SUMS)),
                    new String(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/dumps/" + DumpWriter.SUMS)).build(),
                            HttpResponse.BodyHandlers.ofByteArray()).body(), java.nio.charset.StandardCharsets.UTF_8));
            String nq = Files.readString(out.resolve(DumpWriter.NQUADS));
            assertFalse(nq.contains("\"1.000\"") || nq.contains("\"007\""), "the store's lexical forms: " + nq);
        } finally {
            server.stop();
        }
    }
}
