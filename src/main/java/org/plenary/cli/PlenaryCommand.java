package org.plenary.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plenary.build.BuiltBase;
import org.plenary.build.JdkXmlFactories;
import org.plenary.build.UpToDateCheck;
import org.plenary.graph.BuildRecord;
import org.plenary.graph.IriScheme;
import org.plenary.ingest.ArticleException;
import org.plenary.store.PlenaryDatabase;
import org.plenary.build.PlenaryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code plenary} command. With no subcommand it builds {@code data/articles} into {@code db/} when that is not
 * up to date (other inputs, another software version, or another base: the base follows {@code --port}) and serves
 * it at http://localhost:PORT.
 */
@Command(name = "plenary", mixinStandardHelpOptions = true, versionProvider = PlenaryCommand.Version.class,
        description = {"Plenary: news articles about meetings in, a provenance-rich knowledge graph out.",
                "Without a command: build the articles into the database if it is not up to date, then serve it at http://localhost:PORT/."},
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExtractCommand.class,
                ExportCommand.class, LoadCommand.class, EvalCommand.class, LinkCommand.class, CandidatesCommand.class, FetchCommand.class,
                PolnearCommand.class})
public class PlenaryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N", description = "Port to serve on; the IRIs are built for http://localhost:PORT/ (default: ${DEFAULT-VALUE}).")
    int port;

    // Not the shared DatabaseOption: here the database has a default and need not exist yet.
    @Option(names = "--db", defaultValue = "db", paramLabel = "DIR", description = "Database directory (default: ${DEFAULT-VALUE}, created if missing).")
    Path db;

    @Option(names = "--articles", defaultValue = "data/articles", paramLabel = "DIR", description = "Articles (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--allow-shrink", description = "Publish even a build with no article, or one that loses more than half of the published articles (refused by default).")
    boolean allowShrink;

    @Mixin QuietOption quiet;

    @Mixin VerboseOption verbose;

    /** The command line of the program, as {@link #main} runs it: usage errors and unforeseen failures are reported in one line ({@link UsageErrors}, {@link UnexpectedErrors}). */
    public static CommandLine commandLine() {
        return new CommandLine(new PlenaryCommand())
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new UnexpectedErrors());
    }

    public static void main(String[] args) {
        JdkXmlFactories.keep();
        int code = commandLine().execute(args);
        if (code != 0 || !isServe(args)) System.exit(code);
    }

    private static boolean isServe(String[] args) {
        return args.length == 0 || args[0].startsWith("--") || args[0].equals("serve");
    }

    @Override
    public Integer call() {
        IriScheme iris = new IriScheme(BuiltBase.localhost(port));
        try {
            if (!Files.isDirectory(articles))
                throw new PlenaryException("--articles " + articles.toAbsolutePath().normalize()
                        + ": not a directory (run plenary in its repository, or give --articles DIR)");
            if (!upToDate(iris)) {
                if (!quiet.quiet) System.err.println("building " + articles + " into " + db + " for " + iris.base() + " ...");
                BuildCommand.run(articles, db, iris, BuildInputs.of(articles, null, null), null, quiet.quiet, verbose.verbose, allowShrink);
            } else if (!quiet.quiet) {
                System.err.println(db + " is up to date with " + articles);
            }
        } catch (PlenaryException | ArticleException e) {
            return verbose.failures().badInput(e);
        }
        List<String> serve = new ArrayList<>(List.of("--db", db.toString(), "--port", Integer.toString(port)));
        if (verbose.verbose) serve.add("--verbose");
        return spec.subcommands().get("serve").execute(serve.toArray(String[]::new));
    }

    /** The database was built by this version from exactly these article files, for this base. */
    private boolean upToDate(IriScheme iris) {
        PlenaryDatabase database = PlenaryDatabase.at(db);
        return database.exists() && UpToDateCheck.passes(articles, iris, database::open);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[] {"Plenary " + BuildRecord.VERSION}; }
    }

}
