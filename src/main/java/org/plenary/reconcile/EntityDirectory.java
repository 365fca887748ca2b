package org.plenary.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.plenary.graph.PL;
import org.plenary.link.NameKeys;

/**
 * The named entities of a dataset as reconciliation sees them: candidates by name and alternative name,
 * scored with a name scorer, filtered by type, optionally checked against property values.
 * All queries run in read transactions over the union of the named graphs.
 */
final class EntityDirectory {
    /** The types offered as default types, in order, with their display names. */
    static final Map<String, String> TYPES = new LinkedHashMap<>();
    static {
        TYPES.put(PL.Person.getURI(), "Person");
        TYPES.put(PL.Organization.getURI(), "Organization");
        TYPES.put(PL.Place.getURI(), "Place");
        TYPES.put(PL.Meeting.getURI(), "Meeting");
    }

    /** Entity description: names (preferred first) and types. */
    record Entry(String iri, String name, List<String> altNames, List<String> types) {}

    private final Dataset ds;
    private final BiFunction<String, String, Double> scorer;

    EntityDirectory(Dataset ds, BiFunction<String, String, Double> scorer) {
        this.ds = ds;
        this.scorer = scorer;
    }

    // Candidates share at least one folded word (or word prefix) with the query; scoring happens here in Java.
    private static final String NAMED = """
            SELECT ?e ?type ?p ?n WHERE {
              VALUES (?type) { ?types }
              VALUES (?tok) { ?toks }
              ?e a ?type ; ?anyName ?hit .
              FILTER(?anyName IN (?pname, ?palt))
              FILTER(CONTAINS(LCASE(STR(?hit)), ?tok))
              ?e ?p ?n . FILTER(?p IN (?pname, ?palt))
            }""";

    // The union of the named graphs and the default graph, whether or not the dataset's default graph is already
    // the union (as Plenary's TDB2 database is configured): type in a source graph, names in graph/resolution.
    private org.apache.jena.rdf.model.Model everything() {
        return org.apache.jena.rdf.model.ModelFactory.createUnion(ds.getDefaultModel(), ds.getUnionModel());
    }

    List<Candidate> reconcile(String query, Optional<String> type, List<PropertyValue> properties, int limit) {
        List<String> toks = NameKeys.tokens(query).stream().filter(t -> t.length() >= 2).toList();
        if (toks.isEmpty()) toks = NameKeys.tokens(query);
        if (toks.isEmpty()) return List.of();
        Map<String, Entry> entries = lookup(NAMED, types(type), toks);
        List<Candidate> scored = new ArrayList<>();
        for (Entry e : entries.values()) {
            double name = 0;
            for (String n : names(e)) name = Math.max(name, scorer.apply(query, n));
            double score = name;
            if (!properties.isEmpty()) score = 0.8 * name + 0.2 * propertyAgreement(e.iri(), properties);
            scored.add(new Candidate(e.iri(), e.name(), e.types(), round(100 * score), false));
        }
        scored.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(Candidate::name));
        // Certain only when the best is a full name match and no other candidate comes near it.
        if (!scored.isEmpty()) {
            Candidate top = scored.get(0);
            boolean certain = top.score() >= 95 && (scored.size() == 1 || scored.get(1).score() < top.score() - 10);
            if (certain) scored.set(0, new Candidate(top.id(), top.name(), top.types(), top.score(), true));
        }
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    /** Entities any of whose names has a word starting with the prefix (folded). */
    List<Entry> suggest(String prefix, int limit) {
        List<String> toks = NameKeys.tokens(prefix);
        if (toks.isEmpty()) return List.of();
        String last = toks.get(toks.size() - 1);
        Map<String, Entry> entries = lookup(NAMED, TYPES.keySet(), List.of(last));
        String key = NameKeys.key(prefix);
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values())
            for (String n : names(e)) {
                String nk = " " + NameKeys.key(n);
                if (nk.startsWith(" " + key) || nk.contains(" " + key)) { out.add(e); break; }
            }
        out.sort(Comparator.comparing(Entry::name));
        return out.subList(0, Math.min(limit, out.size()));
    }

    Optional<Entry> entry(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?type ?p ?n WHERE { { ?e a ?type } UNION { ?e ?p ?n . FILTER(?p IN (?pname, ?palt)) } }""");
        q.setIri("e", iri);
        q.setIri("pname", PL.name.getURI());
        q.setIri("palt", PL.altName.getURI());
        Map<String, Entry> one = collect(q, iri);
        return Optional.ofNullable(one.get(iri)).filter(e -> e.name() != null || !e.types().isEmpty());
    }

    private Map<String, Entry> lookup(String template, Set<String> types, List<String> toks) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(template);
        q.setValues("types", types.stream().map(t -> (RDFNode) ResourceFactory.createResource(t)).toList());
        q.setValues("toks", toks.stream().map(t -> (RDFNode) ResourceFactory.createStringLiteral(t)).toList());
        q.setIri("pname", PL.name.getURI());
        q.setIri("palt", PL.altName.getURI());
        return collect(q, null);
    }

    private Map<String, Entry> collect(ParameterizedSparqlString q, String fixedIri) {
        record Acc(Set<String> names, Set<String> alts, Set<String> types) {}
        Map<String, Acc> acc = new LinkedHashMap<>();
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), everything())) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String iri = fixedIri != null ? fixedIri : s.getResource("e").getURI();
                    Acc a = acc.computeIfAbsent(iri, k -> new Acc(new TreeSet<>(), new TreeSet<>(), new LinkedHashSet<>()));
                    if (s.contains("type") && s.get("type").isURIResource() && TYPES.containsKey(s.getResource("type").getURI()))
                        a.types.add(s.getResource("type").getURI());
                    if (s.contains("n") && s.get("n").isLiteral()) {
                        String n = s.getLiteral("n").getLexicalForm();
                        (s.getResource("p").getURI().equals(PL.name.getURI()) ? a.names : a.alts).add(n);
                    }
                }
            }
        });
        Map<String, Entry> out = new LinkedHashMap<>();
        acc.forEach((iri, a) -> {
            List<String> names = new ArrayList<>(a.names);
            List<String> alts = new ArrayList<>(names.size() > 1 ? names.subList(1, names.size()) : List.of());
            for (String alt : a.alts) if (!alts.contains(alt) && !alt.equals(names.isEmpty() ? null : names.get(0))) alts.add(alt);
            String name = !names.isEmpty() ? names.get(0) : !alts.isEmpty() ? alts.remove(0) : null;
            List<String> types = new ArrayList<>(a.types);
            out.put(iri, new Entry(iri, name, alts, types));
        });
        return out;
    }

    private static List<String> names(Entry e) {
        List<String> all = new ArrayList<>();
        if (e.name() != null) all.add(e.name());
        all.addAll(e.altNames());
        return all;
    }

    /** A property constraint of a query: the property IRI and the wanted values (strings, or entity IRIs). */
    record PropertyValue(String property, List<String> values) {}

    /** Share of the constraints the entity satisfies (a literal equal after folding, or the same IRI). */
    private double propertyAgreement(String iri, List<PropertyValue> properties) {
        int hits = 0;
        for (PropertyValue pv : properties) {
            ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT ?v WHERE { ?e ?p ?v }");
            q.setIri("e", iri);
            q.setIri("p", pv.property());
            boolean[] hit = {false};
            ds.executeRead(() -> {
                try (QueryExecution qe = QueryExecution.create(q.asQuery(), everything())) {
                    qe.execSelect().forEachRemaining(s -> {
                        RDFNode v = s.get("v");
                        for (String want : pv.values()) {
                            if (v.isURIResource() && v.asResource().getURI().equals(want)) hit[0] = true;
                            if (v.isLiteral() && NameKeys.key(((Literal) v).getLexicalForm()).equals(NameKeys.key(want))) hit[0] = true;
                        }
                    });
                }
            });
            if (hit[0]) hits++;
        }
        return (double) hits / properties.size();
    }

    /** The type IRIs a query's type names, or all default types. Accepts full IRIs, "pl:Person" and "Person". */
    static Set<String> types(Optional<String> type) {
        if (type.isEmpty()) return TYPES.keySet();
        String t = type.get().trim();
        if (t.startsWith("pl:")) t = PL.NS + t.substring(3);
        for (Map.Entry<String, String> e : TYPES.entrySet())
            if (e.getKey().equals(t) || e.getValue().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) return Set.of(e.getKey());
        return Set.of(t);
    }

    private static double round(double v) { return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue(); }
}
