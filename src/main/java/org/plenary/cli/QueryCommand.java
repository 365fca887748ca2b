package org.plenary.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.jena.query.Query;

import org.plenary.store.PlenaryDatabase;
import org.plenary.build.PlenaryException;
import org.plenary.query.QueryRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query file on a Plenary database, without a server.")
public class QueryCommand implements Callable<Integer> {
    @Mixin DatabaseOption database;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Result format of SELECT and ASK: text, csv, tsv, json or xml (default: ${DEFAULT-VALUE}). CONSTRUCT and DESCRIBE give Turtle.")
    String format;

    @Mixin StackTraceOption stackTraces;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query file.")
    Path queryFile;

    public QueryCommand() {}

    @Override
    public Integer call() {
        return answer(stackTraces.failures(), database.dir, format, () -> {
            if (!Files.isRegularFile(queryFile))
                throw new PlenaryException("No query file " + queryFile.toAbsolutePath());
            return QueryRunner.parse(queryFile); // syntax errors are reported before the database is opened
        });
    }

    /**
     * Answers a query on a database and prints the results in {@code format}: exit 0, 2 for bad input (named in
     * the message), 1 for anything else. Shared by the commands that run a query.
     */
    static int answer(Failures failures, Path db, String format, Supplier<Query> query) {
        try {
            Query q = query.get();
            QueryRunner.Format fmt = QueryRunner.Format.parse(format);
            QueryRunner.on(PlenaryDatabase.existing(db)).format(fmt).run(q, System.out);
            System.out.flush();
            return 0;
        } catch (PlenaryException e) {
            return failures.badInput(e);
        } catch (RuntimeException e) {
            return failures.failed(e);
        }
    }
}
