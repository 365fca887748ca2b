package org.plenary.query;

import java.nio.file.Path;
import org.plenary.build.PlenaryException;

/** A SPARQL query file that does not parse; the message names the file, and the line and column where known. */
public class QuerySyntaxException extends PlenaryException {
    private final Path file;
    private final int line;
    private final int column;

    public QuerySyntaxException(Path file, int line, int column, String detail, Throwable cause) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": SPARQL syntax error: " + detail, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
}
