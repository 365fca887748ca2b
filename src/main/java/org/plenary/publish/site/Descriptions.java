package org.plenary.publish.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.plenary.graph.IriScheme;
import org.plenary.graph.Prefixes;

/**
 * The description of one resource, read from the union of all graphs: its own triples, the labels of what it
 * links to (and of its properties), what links to it, and the provenance of every fact about it: the fact nodes
 * (roles, participations, statements, mentions, links, merges) pointing at it, with all their triples, their
 * text spans and the sources they were derived from.
 */
final class Descriptions {
    private static final String PREFIXES = Prefixes.sparql("pl", "prov", "oa", "rdf", "rdfs", "schema");

    /** Label properties, best first; schema:description is a linked Wikidata item's, shown beside its label. */
    private static final String LABELS = "pl:name, rdfs:label, pl:headline, pl:published, schema:description";
    private static final String FACTS = "pl:Role, pl:Participation, pl:Statement, pl:Mention, pl:Link, pl:Merge";
    // Compared as strings: an IRI list lets ARQ substitute each class first and scan all its instances (about 1 s
    // per branch at 10 M quads); a string test stays a filter on the resource's own incoming links (14 ms).
    private static final String FACT_STRINGS = "STR(" + FACTS.replace(", ", "), STR(") + ")";

    private static final String DESCRIBE = PREFIXES + """
            CONSTRUCT {
              ?r ?p ?o . ?o ?olp ?olabel . ?p rdfs:label ?plabel . ?o pl:publisher ?opub . ?opub pl:name ?opubname .
              ?in ?ip ?r . ?in a ?itype . ?in ?ilp ?ilabel . ?ip rdfs:label ?iplabel . ?ip pl:inverseLabel ?ipinverse .
              ?in ?fp ?fo . ?fo ?flp ?flabel . ?fo pl:publisher ?fpub . ?fpub pl:name ?fpubname .
              ?span ?sp ?so .
            } WHERE {
              { ?r ?p ?o
                OPTIONAL { ?o ?olp ?olabel FILTER (?olp IN (%1$s)) }
                OPTIONAL { ?p rdfs:label ?plabel }
                OPTIONAL { ?o pl:publisher ?opub . ?opub pl:name ?opubname } }
              UNION
              { ?in ?ip ?r FILTER (?ip != oa:hasSource)
                OPTIONAL { ?in a ?itype }
                OPTIONAL { ?in ?ilp ?ilabel FILTER (?ilp IN (%1$s)) }
                OPTIONAL { ?ip rdfs:label ?iplabel }
                OPTIONAL { ?ip pl:inverseLabel ?ipinverse } }
              UNION
              { ?in ?ip ?r . ?in a ?ft FILTER (STR(?ft) IN (%2$s))
                ?in ?fp ?fo
                OPTIONAL { ?fo ?flp ?flabel FILTER (?flp IN (%1$s)) }
                OPTIONAL { ?fo pl:publisher ?fpub . ?fpub pl:name ?fpubname } }
              UNION
              { ?in ?ip ?r . ?in a ?ft FILTER (STR(?ft) IN (%2$s))
                ?in pl:span ?span . ?span ?sp ?so }
              UNION
              { ?r pl:span ?span . ?span ?sp ?so }
            }
            """.formatted(LABELS, FACT_STRINGS);

    private static final String EXISTS = "ASK { { ?r ?p ?o } UNION { ?s ?p ?r } }";

    /** An alias IRI: one the resolution graph says is owl:sameAs an entity, and that nothing describes itself. */
    private static final String CANONICAL = """
            SELECT ?c WHERE {
              GRAPH ?resolution { ?a <http://www.w3.org/2002/07/owl#sameAs> ?c }
              FILTER (isIRI(?c) && ?c != ?a)
              FILTER NOT EXISTS { ?a a ?type }
            } ORDER BY ?c LIMIT 1
            """;

    private static final String SAME_SPEAKER = PREFIXES + """
            SELECT DISTINCT ?other ?text ?source ?title WHERE {
              ?st pl:speaker ?speaker ; prov:wasDerivedFrom ?here .
              ?other a pl:Statement ; pl:speaker ?speaker ; pl:text ?text ; prov:wasDerivedFrom ?source .
              FILTER (?source != ?here)
              OPTIONAL { ?source pl:headline ?title }
            } ORDER BY ?source ?other LIMIT 50
            """;

    private Descriptions() {}

    static boolean exists(Dataset ds, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(EXISTS);
        q.setIri("r", iri);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
                return qe.execAsk();
            }
        });
    }

    /** The entity an alias IRI stands for (an IRI of this dataset), or empty when {@code iri} is not an alias. */
    static Optional<String> canonical(Dataset ds, IriScheme iris, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(CANONICAL);
        q.setIri("a", iri);
        q.setIri("resolution", iris.resolutionGraph());
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
                ResultSet rs = qe.execSelect();
                return rs.hasNext() ? Optional.of(rs.next().getResource("c").getURI()).filter(iris::isResource) : Optional.empty();
            }
        });
    }

    /** The description of {@code iri}; empty when the dataset says nothing of it. */
    static Model describe(Dataset ds, IriScheme iris, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(DESCRIBE);
        q.setIri("r", iri);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
                Model m = qe.execConstruct();
                m.setNsPrefixes(Prefixes.standard(iris));
                return m;
            }
        });
    }

    /** A statement by the same speaker in another source. */
    record OtherStatement(String iri, String text, String source, String sourceTitle) {}

    static List<OtherStatement> sameSpeakerElsewhere(Dataset ds, String statementIri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(SAME_SPEAKER);
        q.setIri("st", statementIri);
        return Txn.calculateRead(ds, () -> {
            List<OtherStatement> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(new OtherStatement(
                        s.getResource("other").getURI(), s.getLiteral("text").getString(), s.getResource("source").getURI(),
                        s.contains("title") ? s.getLiteral("title").getString() : null)));
            }
            return out;
        });
    }
}
