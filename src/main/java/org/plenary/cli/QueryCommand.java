package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

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
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!Files.isRegularFile(queryFile))
                throw new PlenaryException("No query file " + queryFile.toAbsolutePath());
            QueryRunner.Format fmt = QueryRunner.Format.parse(format);
            QueryRunner.parse(queryFile); // Report syntax errors before opening the database.
            QueryRunner.on(PlenaryDatabase.existing(db)).format(fmt).run(queryFile, System.out);
            System.out.flush();
            return 0;
        } catch (PlenaryException e) {
            err.println("plenary query: " + e.getMessage());
            if (verbose) e.printStackTrace(err);
            err.flush();
            return 2;
        } catch (RuntimeException e) {
            err.println("plenary query: " + e);
            if (verbose) e.printStackTrace(err);
            err.flush();
            return 1;
        }
    }
}
