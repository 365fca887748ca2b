package org.plenary.publish.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.plenary.graph.Prefixes;

/** {@code /search?q=}: full-text search of names, other spellings and statement texts, through {@code text:query}. */
final class SearchServlet extends HttpServlet {
    static final int LIMIT = 50;
    private static final String QUERY = Prefixes.sparql("pl", "text") + """
            SELECT ?s ?score ?match ?field ?name ?type ?speakerName WHERE {
              { (?s ?score ?match) text:query (pl:name ?q ?limit) BIND ("name" AS ?field) }
              UNION { (?s ?score ?match) text:query (pl:altName ?q ?limit) BIND ("other spelling" AS ?field) }
              UNION { (?s ?score ?match) text:query (pl:text ?q ?limit) BIND ("statement" AS ?field) }
              OPTIONAL { ?s pl:name ?name }
              OPTIONAL { ?s a ?type FILTER (STRSTARTS(STR(?type), STR(pl:))) }
              OPTIONAL { ?s pl:speaker/pl:name ?speakerName }
            } ORDER BY DESC(?score) ?s
            """;

    /** One result: the resource, what it is, and the text that matched. */
    public record Hit(Ref resource, String kind, String match, String field, double score) {}

    private final transient Site site;

    SearchServlet(Site site) { this.site = site; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.cors(resp);
        String q = req.getParameter("q");
        Map<String, Object> c = new HashMap<>();
        c.put("title", "Search");
        c.put("q", q == null ? "" : q);
        c.put("hits", q == null || q.isBlank() ? List.of() : search(site.dataset(), q.strip()));
        site.templates.write(resp, "search", c);
    }

    /**
     * The Lucene query for what a reader typed: each word as a word or as the start of one ("mull" finds Müller: the
     * index folds accents and case, and Lucene folds a prefix the same way), any of them. Lucene's query syntax in
     * the input is taken literally, and the operator words AND, OR and NOT (operators only in capitals) are searched
     * as the words they are.
     */
    static String luceneQuery(String typed) {
        StringBuilder b = new StringBuilder();
        for (String word : typed.trim().split("\\s+")) {
            if (word.isEmpty()) continue;
            String w = QueryParserBase.escape(OPERATOR_WORD.matcher(word).matches() ? word.toLowerCase(java.util.Locale.ROOT) : word);
            if (b.length() > 0) b.append(' ');
            // A prefix is not analyzed into words: only a plain word of two letters or more is also taken as one.
            if (word.codePointCount(0, word.length()) >= 2 && word.chars().allMatch(Character::isLetterOrDigit))
                b.append('(').append(w).append(" OR ").append(w).append("*)");
            else b.append(w);
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern OPERATOR_WORD = java.util.regex.Pattern.compile("AND|OR|NOT");

    List<Hit> search(Dataset ds, String q) {
        // Bound as terms, not spliced into text (ParameterizedSparqlString refused a search ending in a backslash).
        org.apache.jena.graph.Node words = org.apache.jena.graph.NodeFactory.createLiteralString(luceneQuery(q));
        org.apache.jena.graph.Node limit = org.apache.jena.graph.NodeFactory.createLiteralDT(Integer.toString(LIMIT),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
        Map<String, Hit> best = new LinkedHashMap<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY)
                    .substitution("q", ds.getDefaultModel().asRDFNode(words))
                    .substitution("limit", ds.getDefaultModel().asRDFNode(limit)).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    if (!s.get("s").isURIResource()) return;
                    String iri = s.getResource("s").getURI();
                    String match = s.getLiteral("match").getString();
                    String kind = s.contains("type") ? s.getResource("type").getLocalName() : "";
                    String label = s.contains("name") ? s.getLiteral("name").getString()
                            : s.contains("speakerName") ? s.getLiteral("speakerName").getString() + ": “" + match + "”" : match;
                    double score = s.getLiteral("score").getDouble();
                    Hit h = new Hit(new Ref(label, site.href(iri), iri), kind, match, s.getLiteral("field").getString(), score);
                    best.merge(iri, h, (a, b) -> b.score() > a.score() ? b : a);
                });
            }
        });
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits.size() > LIMIT ? hits.subList(0, LIMIT) : hits;
    }
}
