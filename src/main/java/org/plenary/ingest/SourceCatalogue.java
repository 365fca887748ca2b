package org.plenary.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * What is known about articles besides their text, from a Turtle catalogue beside them ({@code sources.ttl}):
 * one node per file with {@code pl:fileName} and any of headline, publisher, author, published, url, language,
 * license. Files without an entry load with what their text says.
 */
public final class SourceCatalogue {
    /** The catalogue's vocabulary (ingest comes before graph, whose PL names it too). */
    private static final String PL_NS = "https://w3id.org/plenary/ontology#";
    private final Map<String, SourceMetadata> byFile;

    private SourceCatalogue(Map<String, SourceMetadata> byFile) { this.byFile = Map.copyOf(byFile); }

    public static SourceCatalogue empty() { return new SourceCatalogue(Map.of()); }

    /** Loads the catalogue {@link #locate} finds, if any; a syntax error names the file and line. */
    public static SourceCatalogue forDirectory(Path dir) {
        return locate(dir).map(SourceCatalogue::load).orElseGet(SourceCatalogue::empty);
    }

    /**
     * The catalogue of an articles folder: {@code sources.ttl} in it, else in its parent folder. The parent of the
     * absolute path, so that a relative one-segment path ({@code articles}) finds {@code ../sources.ttl} too.
     */
    public static Optional<Path> locate(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path here = abs.resolve(FILE_NAME);
        if (Files.isRegularFile(here)) return Optional.of(here);
        Path above = abs.getParent() == null ? null : abs.getParent().resolve(FILE_NAME);
        return above != null && Files.isRegularFile(above) ? Optional.of(above) : Optional.empty();
    }

    /** The catalogue's file name. */
    public static final String FILE_NAME = "sources.ttl";

    public static SourceCatalogue load(Path file) {
        return load(file, RDFParser.source(file));
    }

    /**
     * The catalogue of a file's bytes read elsewhere (a distributed file system); {@code file} names it in errors and
     * gives the base of relative IRIs, as {@link #load(Path)} of a file with these bytes.
     */
    public static SourceCatalogue load(Path file, byte[] turtle) {
        return load(file, RDFParser.source(new java.io.ByteArrayInputStream(turtle)).lang(org.apache.jena.riot.Lang.TURTLE)
                .base(file.toAbsolutePath().toUri().toString()));
    }

    private static SourceCatalogue load(Path file, org.apache.jena.riot.RDFParserBuilder parser) {
        Model m = ModelFactory.createDefaultModel();
        try {
            parser.parse(m);
        } catch (RiotException e) {
            throw new ArticleException(file + ": bad catalogue: " + e.getMessage(), e);
        }
        refuseIllTypedValues(file, m);
        String q = """
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?file ?headline ?publisher ?author ?published ?url ?language ?license WHERE {
                  ?s pl:fileName ?file .
                  OPTIONAL { ?s pl:headline ?headline } OPTIONAL { ?s pl:publisher ?publisher }
                  OPTIONAL { ?s pl:author ?author } OPTIONAL { ?s pl:published ?published }
                  OPTIONAL { ?s pl:url ?url } OPTIONAL { ?s pl:language ?language }
                  OPTIONAL { ?s dcterms:license ?license }
                }""";
        Map<String, SourceMetadata> map = new HashMap<>();
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            qe.execSelect().forEachRemaining(s -> map.put(s.getLiteral("file").getString(), new SourceMetadata(
                    str(s, "headline"), str(s, "url"), str(s, "publisher"), str(s, "author"),
                    str(s, "published"), str(s, "language"), str(s, "license"))));
        }
        return new SourceCatalogue(map);
    }

    /**
     * A value its datatype does not allow ("2025-13-45"^^xsd:date) is bad input in the catalogue, said in one line
     * naming the file, the entry and the value; read on, it would reach every article of the entry and fail the
     * build only at the SHACL check, in a report naming graph nodes instead of the file to fix.
     */
    private static void refuseIllTypedValues(Path file, Model m) {
        for (Statement st : m.listStatements().toList()) {
            if (!st.getObject().isLiteral() || st.getObject().asNode().getLiteral().isWellFormed()) continue;
            Literal value = st.getLiteral();
            Statement name = st.getSubject().getProperty(m.createProperty(PL_NS + "fileName"));
            String entry = name != null ? "the entry of " + name.getString() : "<" + st.getSubject() + ">";
            throw new ArticleException(file + ": bad catalogue: " + entry + ": " + shortName(m, st.getPredicate().getURI())
                    + " \"" + value.getLexicalForm() + "\" is not a valid " + shortName(m, value.getDatatypeURI()));
        }
    }

    private static String shortName(Model m, String iri) {
        String q = m.qnameFor(iri);
        return q != null ? q : "<" + iri + ">";
    }

    private static Optional<String> str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) return Optional.empty();
        return Optional.of(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI());
    }

    public SourceMetadata lookup(String fileName) {
        return byFile.getOrDefault(fileName, SourceMetadata.EMPTY);
    }
}
