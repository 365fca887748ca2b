package org.plenary.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.graph.Prefixes;

/**
 * Reads what one source graph of a built Plenary dataset claims, with SPARQL over the named graphs (the
 * default graph is not assumed to be their union). Call inside a read transaction.
 */
final class GraphReader {
    private static final String PREFIXES = Prefixes.sparql("pl", "oa", "rdfs", "prov");

    private final Dataset dataset;
    private final IriScheme iris;
    private final Map<String, Set<String>> nameCache = new HashMap<>();

    GraphReader(Dataset dataset, IriScheme iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    ExtractedArticle read(String sourceId) {
        String g = iris.sourceGraph(sourceId);
        return new ExtractedArticle(sourceId, entities(g, PL.Person.getURI()), entities(g, PL.Organization.getURI()),
                roles(g), participations(g), statements(g), meetings(g));
    }

    /**
     * Every person with a mention in any graph: for each, the graphs it is mentioned in and the texts of its mentions
     * there (person IRI -> graph IRI -> mention texts).
     */
    Map<String, Map<String, Set<String>>> personMentionsByGraph() {
        Map<String, Map<String, Set<String>>> out = new java.util.TreeMap<>();
        ParameterizedSparqlString q = query("""
                SELECT DISTINCT ?e ?g ?n WHERE {
                  GRAPH ?g { ?m a pl:Mention ; pl:mentionOf ?e ; pl:span ?sp . ?sp oa:exact ?n }
                  { ?e a ?type } UNION { GRAPH ?tg { ?e a ?type } }
                }""");
        q.setIri("type", PL.Person.getURI());
        select(q, s -> {
            if (!s.get("e").isURIResource() || !s.get("g").isURIResource()) return;
            out.computeIfAbsent(s.getResource("e").getURI(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(s.getResource("g").getURI(), k -> new LinkedHashSet<>())
                    .add(s.getLiteral("n").getLexicalForm());
        });
        return out;
    }

    /** Every person with a mention in any graph, with all its names from every graph. */
    List<ExtractedArticle.Entity> allPersons() {
        List<ExtractedArticle.Entity> out = new ArrayList<>();
        ParameterizedSparqlString q = query("""
                SELECT DISTINCT ?e WHERE {
                  GRAPH ?g { ?m a pl:Mention ; pl:mentionOf ?e }
                  { ?e a ?type } UNION { GRAPH ?tg { ?e a ?type } }
                } ORDER BY ?e""");
        q.setIri("type", PL.Person.getURI());
        select(q, s -> {
            if (!s.get("e").isURIResource()) return;
            String e = s.getResource("e").getURI();
            Set<String> names = new LinkedHashSet<>();
            ParameterizedSparqlString n = query("""
                    SELECT DISTINCT ?n WHERE {
                      { GRAPH ?any { ?m pl:mentionOf ?e ; pl:span ?sp . ?sp oa:exact ?n } }
                      UNION { GRAPH ?any { ?e pl:name|pl:altName ?n } } UNION { ?e pl:name|pl:altName ?n }
                    }""");
            n.setIri("e", e);
            select(n, r -> names.add(r.getLiteral("n").getLexicalForm()));
            out.add(new ExtractedArticle.Entity(e, names));
        });
        return out;
    }

    private List<ExtractedArticle.Entity> entities(String g, String type) {
        ParameterizedSparqlString q = query("""
                SELECT DISTINCT ?e WHERE {
                  GRAPH ?g { ?m a pl:Mention ; pl:mentionOf ?e ; pl:span ?sp . ?sp oa:exact ?x }
                  { ?e a ?type } UNION { GRAPH ?tg { ?e a ?type } }
                } ORDER BY ?e""");
        q.setIri("g", g);
        q.setIri("type", type);
        List<ExtractedArticle.Entity> out = new ArrayList<>();
        select(q, s -> out.add(entity(g, s.get("e"))));
        return out;
    }

    /** An entity with its names: mention texts in this graph plus pl:name and pl:altName from any graph. */
    private ExtractedArticle.Entity entity(String g, RDFNode node) {
        if (!node.isURIResource()) return new ExtractedArticle.Entity(node.toString(), Set.of());
        String e = node.asResource().getURI();
        Set<String> names = nameCache.computeIfAbsent(g + " " + e, k -> {
            Set<String> out = new LinkedHashSet<>();
            ParameterizedSparqlString q = query("""
                    SELECT DISTINCT ?n WHERE {
                      { GRAPH ?g { ?m pl:mentionOf ?e ; pl:span ?sp . ?sp oa:exact ?n } }
                      UNION { GRAPH ?any { ?e pl:name|pl:altName ?n } } UNION { ?e pl:name|pl:altName ?n }
                    }""");
            q.setIri("g", g);
            q.setIri("e", e);
            select(q, s -> out.add(s.getLiteral("n").getLexicalForm()));
            if (out.isEmpty()) {
                // named only in other sources (e.g. a meeting's place): take its mentions anywhere
                ParameterizedSparqlString any = query("""
                        SELECT DISTINCT ?n WHERE { GRAPH ?any { ?m pl:mentionOf ?e ; pl:span ?sp . ?sp oa:exact ?n } }""");
                any.setIri("e", e);
                select(any, s -> out.add(s.getLiteral("n").getLexicalForm()));
            }
            return out;
        });
        return new ExtractedArticle.Entity(e, names);
    }

    private List<ExtractedArticle.Role> roles(String g) {
        ParameterizedSparqlString q = query("""
                SELECT ?r ?h ?t ?o WHERE {
                  GRAPH ?g { ?r a pl:Role ; pl:holder ?h . OPTIONAL { ?r pl:title ?t } OPTIONAL { ?r pl:organization ?o } }
                } ORDER BY ?r""");
        q.setIri("g", g);
        Map<String, ExtractedArticle.Role> out = new LinkedHashMap<>();
        select(q, s -> out.putIfAbsent(s.get("r").toString(), new ExtractedArticle.Role(s.get("r").toString(),
                entity(g, s.get("h")), Optional.ofNullable(s.getLiteral("t")).map(Literal::getLexicalForm),
                Optional.ofNullable(s.get("o")).map(o -> entity(g, o)))));
        return List.copyOf(out.values());
    }

    private List<ExtractedArticle.Participation> participations(String g) {
        ParameterizedSparqlString q = query("""
                SELECT DISTINCT ?a ?k (SAMPLE(?l) AS ?label) WHERE {
                  GRAPH ?g { ?p a pl:Participation ; pl:participant ?a ; pl:participationRole ?k }
                  OPTIONAL { { GRAPH ?og { ?k rdfs:label ?l } } UNION { ?k rdfs:label ?l } }
                } GROUP BY ?a ?k ORDER BY ?a ?k""");
        q.setIri("g", g);
        List<ExtractedArticle.Participation> out = new ArrayList<>();
        select(q, s -> {
            Literal label = s.getLiteral("label");
            String kind = label != null ? label.getLexicalForm() : kindOf(s.getResource("k").getLocalName());
            out.add(new ExtractedArticle.Participation(entity(g, s.get("a")), kind.toLowerCase(Locale.ROOT).strip()));
        });
        return out;
    }

    /** "DelegationHead" -> "delegation head": the ontology's labels when the ontology graph is absent. */
    static String kindOf(String localName) {
        return localName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private List<ExtractedArticle.Statement> statements(String g) {
        ParameterizedSparqlString q = query("""
                SELECT ?s ?sp ?t ?d ?st ?en ?ex WHERE {
                  GRAPH ?g {
                    ?s a pl:Statement .
                    OPTIONAL { ?s pl:speaker ?sp } OPTIONAL { ?s pl:text ?t } OPTIONAL { ?s pl:direct ?d }
                    OPTIONAL { ?s pl:span ?span . OPTIONAL { ?span oa:start ?st } OPTIONAL { ?span oa:end ?en }
                               OPTIONAL { ?span oa:exact ?ex } }
                  }
                } ORDER BY ?st ?s""");
        q.setIri("g", g);
        Map<String, ExtractedArticle.Statement> out = new LinkedHashMap<>();
        select(q, s -> {
            String iri = s.get("s").toString();
            String text = s.getLiteral("t") == null ? "" : s.getLiteral("t").getLexicalForm();
            String exact = s.getLiteral("ex") == null ? text : s.getLiteral("ex").getLexicalForm();
            int start = s.getLiteral("st") == null ? -1 : s.getLiteral("st").getInt();
            int end = s.getLiteral("en") == null ? -1 : s.getLiteral("en").getInt();
            Optional<Boolean> direct = Optional.ofNullable(s.getLiteral("d")).map(Literal::getBoolean);
            out.putIfAbsent(iri, new ExtractedArticle.Statement(iri, Optional.ofNullable(s.get("sp")).map(x -> entity(g, x)),
                    text, direct, start, end, exact));
        });
        return List.copyOf(out.values());
    }

    private List<ExtractedArticle.Meeting> meetings(String g) {
        ParameterizedSparqlString q = query("""
                SELECT DISTINCT ?mt WHERE {
                  GRAPH ?g { { ?mt a pl:Meeting } UNION { ?x pl:madeAt ?mt } UNION { ?x pl:meeting ?mt }
                             UNION { ?mt pl:date ?d } UNION { ?mt pl:chair ?c } }
                } ORDER BY ?mt""");
        q.setIri("g", g);
        List<ExtractedArticle.Meeting> out = new ArrayList<>();
        select(q, s -> {
            if (!s.get("mt").isURIResource()) return;   // Plenary names every meeting; a blank node cannot be queried back
            String mt = s.getResource("mt").getURI();
            Set<String> names = new LinkedHashSet<>(), dates = new LinkedHashSet<>();
            Map<String, ExtractedArticle.Entity> places = new LinkedHashMap<>(), chairs = new LinkedHashMap<>();
            ParameterizedSparqlString f = query("""
                    SELECT ?n ?d ?pl ?ch WHERE {
                      { GRAPH ?any { ?mt pl:name|pl:altName ?n } } UNION { ?mt pl:name|pl:altName ?n }
                      UNION { GRAPH ?g { ?mt pl:date ?d } } UNION { GRAPH ?g { ?mt pl:place ?pl } }
                      UNION { GRAPH ?g { ?mt pl:chair ?ch } }
                      UNION { GRAPH ?g { ?p pl:meeting ?mt ; pl:participant ?ch ; pl:participationRole pl:Chair } }
                    }""");
            f.setIri("g", g);
            f.setIri("mt", mt);
            select(f, r -> {
                if (r.contains("n")) names.add(r.getLiteral("n").getLexicalForm());
                if (r.contains("d")) dates.add(r.get("d").isLiteral() ? r.getLiteral("d").getLexicalForm() : r.get("d").toString());
                if (r.contains("pl")) places.putIfAbsent(r.get("pl").toString(), entity(g, r.get("pl")));
                if (r.contains("ch")) chairs.putIfAbsent(r.get("ch").toString(), entity(g, r.get("ch")));
            });
            out.add(new ExtractedArticle.Meeting(mt, names, dates, List.copyOf(places.values()), List.copyOf(chairs.values())));
        });
        return out;
    }

    private static ParameterizedSparqlString query(String body) {
        return new ParameterizedSparqlString(PREFIXES + body);
    }

    private void select(ParameterizedSparqlString q, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) each.accept(rs.next());
        }
    }
}
