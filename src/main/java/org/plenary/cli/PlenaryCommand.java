package org.plenary.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.plenary.graph.BuildRecord;
import org.plenary.graph.IriScheme;
import org.plenary.ingest.ArticleReader;
import org.plenary.publish.CorpusBuild;
import org.plenary.publish.PlenaryDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code plenary} command. With no subcommand it builds {@code data/articles} into {@code db/} when that is not
 * up to date (other inputs, or another software version) and serves it at http://localhost:3030.
 */
@Command(name = "plenary", mixinStandardHelpOptions = true, versionProvider = PlenaryCommand.Version.class,
        description = "Plenary: news articles about meetings in, a provenance-rich knowledge graph out.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExtractCommand.class,
                ExportCommand.class, EvalCommand.class, LinkCommand.class, CandidatesCommand.class,
                PolnearCommand.class})
public class PlenaryCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "3030", description = "Port to serve on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--db", defaultValue = "db", description = "Database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--articles", defaultValue = "data/articles", description = "Articles (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--verbose", description = "Say more.")
    boolean verbose;

    public static void main(String[] args) {
        int code = new CommandLine(new PlenaryCommand()).execute(args);
        if (code != 0 || !isServe(args)) System.exit(code);
    }

    private static boolean isServe(String[] args) {
        return args.length == 0 || args[0].startsWith("--") || args[0].equals("serve");
    }

    @Override
    public Integer call() {
        IriScheme iris = IriScheme.defaults();
        if (!upToDate(iris)) {
            System.out.println("building " + articles + " into " + db + " ...");
            BuildCommand.run(articles, db, iris, Path.of("data/reference"), Path.of("data/wikidata/links.tsv"), null, verbose);
        } else {
            System.out.println(db + " is up to date with " + articles);
        }
        return new CommandLine(new ServeCommand()).execute("--db", db.toString(), "--port", Integer.toString(port));
    }

    /** The database was built by this version from exactly these article files. */
    private boolean upToDate(IriScheme iris) {
        PlenaryDatabase database = PlenaryDatabase.at(db);
        if (!database.exists()) return false;
        Set<String> want = new HashSet<>();
        for (Path f : CorpusBuild.articleFiles(articles)) {
            try {
                want.add(ArticleReader.sha256(Files.readAllBytes(f)));
            } catch (java.io.IOException e) {
                return false;
            }
        }
        Dataset ds = database.open();
        String q = """
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?sha ?version WHERE { GRAPH ?g { ?b a pl:Build ; pl:softwareVersion ?version ; prov:used ?s . ?s pl:sha256 ?sha } }""";
        Set<String> have = new HashSet<>();
        Set<String> versions = new HashSet<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    have.add(s.getLiteral("sha").getString());
                    versions.add(s.getLiteral("version").getString());
                });
            }
        });
        return have.equals(want) && versions.equals(Set.of(BuildRecord.VERSION));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[] {"Plenary " + BuildRecord.VERSION}; }
    }

}
