package org.plenary.build;

import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.plenary.graph.IriScheme;

/**
 * The base IRI a database was built with, read from its build record ({@code {base}id/build/latest}): every IRI in
 * the data starts with it, so a server whose site, VoID and reconciliation service live at another address would
 * link to the wrong place.
 */
public final class BuiltBase {
    private static final String BUILD = IriScheme.defaults().build().substring(IriScheme.DEFAULT_BASE.length());

    private BuiltBase() {}

    /** Empty for a database without a build record (not written by {@code plenary build}). */
    public static Optional<String> of(Dataset ds) {
        String q = "SELECT ?build WHERE { GRAPH ?g { ?build a <https://w3id.org/plenary/ontology#Build> } } LIMIT 1";
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                var rs = qe.execSelect();
                if (!rs.hasNext()) return Optional.<String>empty();
                String iri = rs.next().getResource("build").getURI();
                return iri.endsWith(BUILD) ? Optional.of(iri.substring(0, iri.length() - BUILD.length())) : Optional.<String>empty();
            }
        });
    }

    /** The base of a server on this machine at {@code port}: the default base follows the port. */
    public static String localhost(int port) {
        return "http://localhost:" + port + "/";
    }
}
