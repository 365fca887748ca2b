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
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * What is known about articles besides their text, from a Turtle catalogue beside them ({@code sources.ttl}):
 * one node per file with {@code pl:fileName} and any of headline, publisher, author, published, url, language,
 * license. Files without an entry load with what their text says.
 */
public final class SourceCatalogue {
    private final Map<String, SourceMetadata> byFile;

    private SourceCatalogue(Map<String, SourceMetadata> byFile) { this.byFile = Map.copyOf(byFile); }

    public static SourceCatalogue empty() { return new SourceCatalogue(Map.of()); }

    /** Loads {@code dir/sources.ttl} if present; a syntax error names the file and line. */
    public static SourceCatalogue forDirectory(Path dir) {
        Path f = dir.resolve("sources.ttl");
        if (!Files.exists(f) && dir.getParent() != null) f = dir.getParent().resolve("sources.ttl");
        return Files.exists(f) ? load(f) : empty();
    }

    public static SourceCatalogue load(Path file) {
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).parse(m);
        } catch (RiotException e) {
            throw new ArticleException(file + ": bad catalogue: " + e.getMessage(), e);
        }
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

    private static Optional<String> str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) return Optional.empty();
        return Optional.of(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI());
    }

    public SourceMetadata lookup(String fileName) {
        return byFile.getOrDefault(fileName, SourceMetadata.EMPTY);
    }
}
