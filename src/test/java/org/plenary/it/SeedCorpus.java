package org.plenary.it;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.plenary.graph.IriScheme;
import org.plenary.build.CorpusBuild;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;

/**
 * The seed articles built once per test run into a real TDB2 database and served by a real Fuseki on a free
 * loopback port: CoreNLP's models load once for all tests that need them.
 */
public final class SeedCorpus {
    public static final Path ARTICLES = Path.of("data/articles");
    private static SeedCorpus instance;

    public final Path dbDir;
    public final PlenaryDatabase database;
    public final CorpusBuild.Result result;
    public final PlenaryServer server;
    public final IriScheme iris = IriScheme.defaults();

    private SeedCorpus() throws IOException {
        dbDir = Files.createTempDirectory("plenary-seed-db");
        database = PlenaryDatabase.at(dbDir);
        result = CorpusBuild.create().articles(ARTICLES).iris(iris).progress(new PrintStream(PrintStream.nullOutputStream()))
                .reference(Path.of("data/reference")).links(Path.of("data/wikidata/links.tsv")).build().buildInto(database);
        server = PlenaryServer.create().database(database).port(0).loopback(true).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            delete(dbDir);
        }));
    }

    public static synchronized SeedCorpus get() {
        if (instance == null) {
            try {
                instance = new SeedCorpus();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String sparql() { return server.sparqlUrl(); }

    public Dataset dataset() { return database.open(); }

    /** Runs a SELECT over HTTP on the seed server: each row a map from variable to value. */
    public List<Map<String, RDFNode>> select(String queryText) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(sparql()).query(queryText).build()) {
            ResultSet rs = qe.execSelect();
            List<Map<String, RDFNode>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, RDFNode> row = new HashMap<>();
                for (String v : rs.getResultVars()) row.put(v, s.get(v));
                rows.add(row);
            }
            return rows;
        }
    }

    /** The result variables of a SELECT, in order, asked over HTTP. */
    public List<String> vars(String queryText) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(sparql()).query(queryText).build()) {
            return qe.execSelect().getResultVars();
        }
    }

    /** A value of a row as text: a literal's lexical form or an IRI; null when unbound. */
    public static String str(Map<String, RDFNode> row, String v) {
        RDFNode n = row.get(v);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    public static String query(String name) {
        try {
            return Files.readString(Path.of("queries", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
