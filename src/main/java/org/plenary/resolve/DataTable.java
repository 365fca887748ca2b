package org.plenary.resolve;

import java.util.List;
import org.plenary.ingest.DataFiles;

/** The non-comment, non-blank lines of a data file shipped beside the resolve classes. */
final class DataTable {
    private DataTable() {}

    static List<String> lines(String resource) { return DataFiles.lines(DataTable.class, resource); }
}
