package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.jena.query.Query;

import org.plenary.publish.PlenaryDatabase;
import org.plenary.publish.PlenaryException;
import org.plenary.publish.QueryRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query file on a Plenary database, without a server.")
public class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The Plenary database directory.")
    Path db;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Result format of SELECT and ASK: text, csv, tsv or json (default: ${DEFAULT-VALUE}). CONSTRUCT and DESCRIBE give Turtle.")
    String format;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query file.")
    Path queryFile;

    public QueryCommand() {}

    @Override
    public Integer call() {
        return answer(spec, "query", db, format, verbose, () -> {
            if (!Files.isRegularFile(queryFile))
                throw new PlenaryException("No query file " + queryFile.toAbsolutePath());
            return QueryRunner.parse(queryFile); // syntax errors are reported before the database is opened
        });
    }

    /**
     * Answers a query on a database and prints the results in {@code format}: exit 0, 2 for bad input (named in
     * the message), 1 for anything else. Shared by the commands that run a query.
     */
    static int answer(CommandSpec spec, String command, Path db, String format, boolean verbose, Supplier<Query> query) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Query q = query.get();
            QueryRunner.Format fmt = QueryRunner.Format.parse(format);
            QueryRunner.on(PlenaryDatabase.existing(db)).format(fmt).run(q, System.out);
            System.out.flush();
            return 0;
        } catch (PlenaryException e) {
            err.println("plenary " + command + ": " + e.getMessage());
            if (verbose) e.printStackTrace(err);
            err.flush();
            return 2;
        } catch (RuntimeException e) {
            err.println("plenary " + command + ": " + e);
            if (verbose) e.printStackTrace(err);
            err.flush();
            return 1;
        }
    }
}
