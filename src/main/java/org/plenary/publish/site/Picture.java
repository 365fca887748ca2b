package org.plenary.publish.site;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/**
 * A picture on a page (issue 18, item 4): drawn twice, for a wide and a narrow screen (the stylesheet shows one, so
 * labels keep their size on a phone instead of shrinking with the picture), with the same facts as a table for
 * readers who cannot see it and for copying.
 *
 * @param headers the table's column headings
 * @param rows the table's rows, one cell per heading (a cell's {@link Ref} links where it can)
 */
public record Picture(String id, Drawing wide, Drawing narrow, List<String> headers, List<List<Ref>> rows) {
    /** Whether there is anything to draw. */
    public boolean isEmpty() { return rows.isEmpty(); }

    /** The facts a picture draws: its CONSTRUCT query's answer, read in one transaction of {@code ds}. */
    static Model facts(Dataset ds, ParameterizedSparqlString construct) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(construct.asQuery()).build()) {
                return qe.execConstruct();
            }
        });
    }
}
