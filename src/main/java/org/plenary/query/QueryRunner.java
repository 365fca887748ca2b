package org.plenary.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.plenary.build.PlenaryException;
import org.plenary.store.PlenaryDatabase;

/**
 * Runs a SPARQL query file on a {@link PlenaryDatabase} without a server. SELECT results are written as a
 * text table, SPARQL 1.1 CSV or TSV, SPARQL JSON or SPARQL XML; ASK as the same formats' boolean; CONSTRUCT and
 * DESCRIBE as Turtle whatever the format.
 */
public final class QueryRunner {
    public enum Format {
        TEXT, CSV, TSV, JSON, XML;

        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new PlenaryException("Unknown result format '" + name + "' (expected text, csv, tsv, json or xml)");
            }
        }
    }

    private final PlenaryDatabase database;
    private Format format = Format.TEXT;
    private Duration timeout;

    private QueryRunner(PlenaryDatabase database) { this.database = database; }

    public static QueryRunner on(PlenaryDatabase database) { return new QueryRunner(database); }

    public QueryRunner format(Format format) { this.format = format; return this; }

    /** Stops a query running longer than this (none by default). */
    public QueryRunner timeout(Duration timeout) { this.timeout = timeout; return this; }

    /** Parses a query file; a syntax error names the file, line and column. */
    public static Query parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlenaryException("Cannot read query file " + file + ": " + e.getMessage(), e);
        }
        try {
            return QueryFactory.create(text, file.toAbsolutePath().toUri().toString(), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // The parser's message names the offending token's position, which is where the reader must look;
            // the exception's own line and column are those of the last token that parsed. Report the first alone.
            String detail = firstLine(e.getMessage());
            Matcher at = TOKEN_POSITION.matcher(detail);
            if (at.find())
                throw new QuerySyntaxException(file, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)),
                        (detail.substring(0, at.start()) + " " + detail.substring(at.end())).replaceAll("\\s+", " ").strip(), e);
            throw new QuerySyntaxException(file, e.getLine(), e.getColumn(), detail, e);
        }
    }

    private static final Pattern TOKEN_POSITION = Pattern.compile("(?i)\\s*(?:at )?line (\\d+), column (\\d+)[.:]?");

    private static String firstLine(String message) {
        if (message == null) return "unparsable query";
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Parses one of the queries shipped in the jar (the project's {@code queries/} folder), by file name. */
    public static Query shipped(String name) {
        try (var in = QueryRunner.class.getResourceAsStream("/queries/" + name)) {
            if (in == null) throw new PlenaryException("No shipped query " + name);
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.syntaxARQ);
        } catch (IOException e) {
            throw new PlenaryException("Cannot read shipped query " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs the query in {@code file} and writes its results to {@code out}. */
    public void run(Path file, OutputStream out) {
        run(parse(file), out);
    }

    /** Runs a parsed query and writes its results to {@code out}. */
    public void run(Query query, OutputStream out) {
        if (!database.exists())
            throw new PlenaryException("No Plenary database at " + database.location() + ": nothing published yet");
        Dataset ds = database.open();
        Txn.executeRead(ds, () -> {
            QueryExecutionDatasetBuilder builder = QueryExecution.dataset(ds).query(query);
            if (timeout != null) builder.timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            try (QueryExecution exec = builder.build()) {
                write(query, exec, out);
            }
        });
    }

    private void write(Query query, QueryExecution exec, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = exec.execSelect();
            switch (format) {
                case TEXT -> ResultSetFormatter.out(out, rs, query.getPrologue());
                case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
            }
        } else if (query.isAskType()) {
            boolean answer = exec.execAsk();
            switch (format) {
                case TEXT -> {
                    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                    ps.println(answer ? "yes" : "no");
                    ps.flush();
                }
                case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                case XML -> ResultSetMgr.write(out, answer, ResultSetLang.RS_XML);
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            model.setNsPrefixes(query.getPrefixMapping());
            RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        } else {
            throw new PlenaryException("Unsupported query type: " + query.queryType());
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new PlenaryException("Writing results: " + e.getMessage(), e);
        }
    }
}
