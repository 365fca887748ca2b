package org.plenary.cli;

import java.util.concurrent.Callable;

import org.plenary.query.QueryRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Lists the merge candidates of a database: pairs of entities that may be one but scored below the merge threshold,
 * so the build kept them apart. Runs the shipped {@code queries/merge-candidates.rq}, best score first.
 */
@Command(name = "candidates", mixinStandardHelpOptions = true,
        description = "List entities that may be the same but were kept apart (below the merge threshold), with score and evidence.")
public class CandidatesCommand implements Callable<Integer> {
    static final String QUERY = "merge-candidates.rq";

    @Mixin DatabaseOption database;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, csv, tsv, json or xml (default: ${DEFAULT-VALUE}). Columns: ?candidate ?entity ?entityName ?other ?otherName ?score ?evidence ?sources.")
    String format;

    @Mixin StackTraceOption stackTraces;

    @Override
    public Integer call() {
        return QueryCommand.answer(stackTraces.failures(), database.dir, format, () -> QueryRunner.shipped(QUERY));
    }
}
