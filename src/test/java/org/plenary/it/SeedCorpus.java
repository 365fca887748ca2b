package org.plenary.it;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.plenary.graph.IriScheme;
import org.plenary.publish.CorpusBuild;
import org.plenary.publish.PlenaryDatabase;
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
