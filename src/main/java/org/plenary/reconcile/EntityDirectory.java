package org.plenary.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.plenary.graph.PL;
import org.plenary.link.NameKeys;

/**
 * The named entities of a published dataset as reconciliation sees them: every person, organization, place and
 * meeting with its names, read once per dataset (a published generation does not change), matched in Java on folded
 * names (accents and case do not matter: "Muller" finds Müller), scored with a name scorer, filtered by type, and
 * checked against property values.
 * <p>
 * A property value is found on the entity itself or on the fact nodes about it: a {@code pl:Role} it holds
 * ({@code pl:title}, {@code pl:organization}) and a {@code pl:Participation} it took part in ({@code pl:meeting},
 * {@code pl:participationRole}). A wanted value matches an IRI, a literal equal after folding, or any name of an
 * IRI value ("HRNK" matches the organization whose other name it is).
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
    record Entry(String iri, String name, List<String> altNames, List<String> types) {
        List<String> names() {
            List<String> all = new ArrayList<>();
            if (name != null) all.add(name);
            all.addAll(altNames);
            return all;
        }
    }

    /** A property constraint of a query: the property IRI and the wanted values (strings, or entity IRIs). */
    record PropertyValue(String property, List<String> values) {}

    /** A value of a property of an entity: an IRI with its name, or a literal's lexical form and datatype. */
    record Value(String iri, String text, String datatype) {
        boolean isIri() { return iri != null; }
    }

    private static final String ENTITIES = """
            SELECT ?e ?type ?p ?n WHERE {
              VALUES (?type) { ?types }
              ?e a ?type .
              OPTIONAL { ?e ?p ?n FILTER (?p IN (?pname, ?palt)) }
            }""";

    // The entity's own values, and those of the role and participation nodes about it; names of IRI values.
    private static final String VALUES = """
            SELECT ?e ?v ?vn WHERE {
              { ?e ?p ?v } UNION { ?fact ?holder ?e . ?fact ?p ?v } UNION { ?fact ?participant ?e . ?fact ?p ?v }
              OPTIONAL { ?v ?np ?vn FILTER (?np IN (?pname, ?palt)) }
            }""";

    // Alias IRIs: what a name given another IRI when first seen was merged into (owl:sameAs in graph/resolution).
    private static final String ALIASES = """
            SELECT ?a ?c WHERE { ?a <http://www.w3.org/2002/07/owl#sameAs> ?c FILTER (isIRI(?a) && isIRI(?c) && ?a != ?c) }""";

    private final Dataset ds;
    private final BiFunction<String, String, Double> scorer;
    private final Map<String, Entry> entries;
    private final Map<String, String> aliases;

    private EntityDirectory(Dataset ds, BiFunction<String, String, Double> scorer, Map<String, Entry> entries, Map<String, String> aliases) {
        this.ds = ds;
        this.scorer = scorer;
        this.entries = entries;
        this.aliases = aliases;
    }

    /** The entity an IRI names: itself, or the entity an alias IRI was merged into. */
    String canonical(String iri) {
        return entries.containsKey(iri) ? iri : aliases.getOrDefault(iri, iri);
    }

    /** Reads the entities of {@code ds}; the directory answers from them until it is dropped. */
    static EntityDirectory load(Dataset ds, BiFunction<String, String, Double> scorer) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(ENTITIES);
        q.setValues("types", TYPES.keySet().stream().map(t -> (RDFNode) ResourceFactory.createResource(t)).toList());
        q.setIri("pname", PL.name.getURI());
        q.setIri("palt", PL.altName.getURI());
        record Acc(Set<String> names, Set<String> alts, Set<String> types) {}
        Map<String, Acc> acc = new LinkedHashMap<>();
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), everything(ds))) {
                qe.execSelect().forEachRemaining(s -> {
                    if (!s.get("e").isURIResource()) return;
                    Acc a = acc.computeIfAbsent(s.getResource("e").getURI(), k -> new Acc(new TreeSet<>(), new TreeSet<>(), new LinkedHashSet<>()));
                    a.types.add(s.getResource("type").getURI());
                    if (s.contains("n") && s.get("n").isLiteral())
                        (s.getResource("p").getURI().equals(PL.name.getURI()) ? a.names : a.alts).add(s.getLiteral("n").getLexicalForm());
                });
            }
        });
        Map<String, Entry> out = new LinkedHashMap<>();
        acc.forEach((iri, a) -> {
            List<String> names = new ArrayList<>(a.names);
            List<String> alts = new ArrayList<>(names.size() > 1 ? names.subList(1, names.size()) : List.of());
            for (String alt : a.alts) if (!alts.contains(alt) && !alt.equals(names.isEmpty() ? null : names.get(0))) alts.add(alt);
            String name = !names.isEmpty() ? names.get(0) : !alts.isEmpty() ? alts.remove(0) : null;
            List<String> types = TYPES.keySet().stream().filter(a.types::contains).toList();
            out.put(iri, new Entry(iri, name, alts, types));
        });
        Map<String, String> aliases = new HashMap<>();
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.create(ALIASES, everything(ds))) {
                qe.execSelect().forEachRemaining(s -> {
                    String a = s.getResource("a").getURI(), c = s.getResource("c").getURI();
                    if (out.containsKey(c) && !out.containsKey(a)) aliases.put(a, c);
                });
            }
        });
        return new EntityDirectory(ds, scorer, out, aliases);
    }

    /** The dataset this directory was read from. */
    Dataset dataset() { return ds; }

    // The union of the named graphs and the default graph, whether or not the dataset's default graph is already
    // the union (as Plenary's TDB2 database is configured): type in a source graph, names in graph/resolution.
    private static Model everything(Dataset ds) {
        return ModelFactory.createUnion(ds.getDefaultModel(), ds.getUnionModel());
    }

    /**
     * Candidates for a query: by name when {@code query} is given (names sharing a folded word or part of one),
     * otherwise (a query of properties only) the entities of the type that have at least one of the values.
     */
    List<Candidate> reconcile(Optional<String> query, Optional<String> type, List<PropertyValue> properties, int limit) {
        Set<String> types = types(type);
        String text = query.map(String::strip).filter(q -> !q.isEmpty()).orElse(null);
        if (text == null && properties.isEmpty()) return List.of();
        List<String> toks = text == null ? List.of() : NameKeys.tokens(text).stream().filter(t -> t.length() >= 2).toList();
        if (text != null && toks.isEmpty()) toks = NameKeys.tokens(text);
        if (text != null && toks.isEmpty()) return List.of();
        Map<String, Double> agreement = agreement(types, properties);
        List<Candidate> scored = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.types().stream().noneMatch(types::contains)) continue;
            double score;
            if (text != null) {
                if (!sharesAWord(e, toks)) continue;
                double name = 0;
                for (String n : e.names()) name = Math.max(name, scorer.apply(text, n));
                // Each property value the entity has is evidence for it; one it lacks, against it.
                score = properties.isEmpty() ? name : 0.8 * name + 0.2 * agreement.getOrDefault(e.iri(), 0.0);
            } else {
                Double share = agreement.get(e.iri());
                if (share == null || share == 0) continue;
                score = share;
            }
            scored.add(new Candidate(e.iri(), e.name(), e.types(), round(100 * score), false));
        }
        scored.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(c -> c.name() == null ? c.id() : c.name()));
        // Certain only when the best is a full match and no other candidate comes near it.
        if (!scored.isEmpty()) {
            Candidate top = scored.get(0);
            boolean certain = top.score() >= 95 && (scored.size() == 1 || scored.get(1).score() < top.score() - 10);
            if (certain) scored.set(0, new Candidate(top.id(), top.name(), top.types(), top.score(), true));
        }
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    private static boolean sharesAWord(Entry e, List<String> toks) {
        for (String n : e.names()) {
            String key = NameKeys.key(n);
            for (String t : toks) if (key.contains(t)) return true;
        }
        return false;
    }

    /**
     * For each entity of {@code types} that has at least one wanted value, the share of {@code properties} it
     * satisfies. One query per property, whatever the number of candidates.
     */
    private Map<String, Double> agreement(Set<String> types, List<PropertyValue> properties) {
        Map<String, Integer> hits = new HashMap<>();
        for (PropertyValue pv : properties) {
            Set<String> satisfied = new LinkedHashSet<>();
            values(pv.property()).forEach((iri, vs) -> {
                Entry e = entries.get(iri);
                if (e == null || e.types().stream().noneMatch(types::contains)) return;
                if (vs.stream().anyMatch(v -> satisfies(v, pv.values()))) satisfied.add(iri);
            });
            satisfied.forEach(iri -> hits.merge(iri, 1, Integer::sum));
        }
        Map<String, Double> share = new HashMap<>();
        hits.forEach((iri, n) -> share.put(iri, (double) n / properties.size()));
        return share;
    }

    /** Whether a value of the data is one of the wanted ones. */
    private boolean satisfies(Value v, List<String> wanted) {
        for (String w : wanted) {
            if (v.isIri()) {
                if (v.iri().equals(w) || v.iri().equals(canonical(w))) return true;
                Entry named = entries.get(v.iri());
                List<String> names = named != null ? named.names() : v.text() == null ? List.of() : List.of(v.text());
                for (String n : names) if (NameKeys.key(n).equals(NameKeys.key(w)) && !NameKeys.key(w).isEmpty()) return true;
                if (v.text() != null && NameKeys.key(v.text()).equals(NameKeys.key(w))) return true;
            } else if (NameKeys.key(v.text()).equals(NameKeys.key(w)) && !NameKeys.key(w).isEmpty()) {
                return true;
            } else if (v.text().equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every entity's values of {@code property}: its own, and those of the roles it holds and the participations it
     * took part in. An IRI value carries its preferred name (if the data has one).
     */
    Map<String, List<Value>> values(String property) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(VALUES);
        q.setIri("p", property);
        q.setIri("holder", PL.holder.getURI());
        q.setIri("participant", PL.participant.getURI());
        q.setIri("pname", PL.name.getURI());
        q.setIri("palt", PL.altName.getURI());
        return collectValues(q);
    }

    /** The values of {@code property} of one entity, found the same way as {@link #values(String)}. */
    List<Value> values(String iri, String property) {
        if (!entries.containsKey(iri)) return List.of(); // not an entity of this dataset (nor an IRI, maybe)
        ParameterizedSparqlString q = new ParameterizedSparqlString(VALUES.replaceFirst("WHERE \\{", "WHERE { VALUES (?e) { ?one }"));
        q.setValues("one", List.of((RDFNode) ResourceFactory.createResource(iri)));
        q.setIri("p", property);
        q.setIri("holder", PL.holder.getURI());
        q.setIri("participant", PL.participant.getURI());
        q.setIri("pname", PL.name.getURI());
        q.setIri("palt", PL.altName.getURI());
        return collectValues(q).getOrDefault(iri, List.of());
    }

    private Map<String, List<Value>> collectValues(ParameterizedSparqlString q) {
        Map<String, Map<String, Value>> out = new LinkedHashMap<>();
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), everything(ds))) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    RDFNode e = s.get("e"), v = s.get("v");
                    if (e == null || !e.isURIResource() || v == null) return;
                    Map<String, Value> vs = out.computeIfAbsent(e.asResource().getURI(), k -> new LinkedHashMap<>());
                    if (v.isURIResource()) {
                        String iri = v.asResource().getURI();
                        Entry known = entries.get(iri);
                        String name = known != null && known.name() != null ? known.name()
                                : s.contains("vn") ? s.getLiteral("vn").getLexicalForm() : null;
                        Value old = vs.get(iri);
                        if (old == null || old.text() == null) vs.put(iri, new Value(iri, name, null));
                    } else if (v.isLiteral()) {
                        Literal l = v.asLiteral();
                        vs.putIfAbsent("\u0000" + l.getLexicalForm() + "\u0000" + l.getDatatypeURI(), new Value(null, l.getLexicalForm(), l.getDatatypeURI()));
                    }
                });
            }
        });
        Map<String, List<Value>> lists = new LinkedHashMap<>();
        out.forEach((e, vs) -> lists.put(e, new ArrayList<>(vs.values())));
        return lists;
    }

    /**
     * Entities any of whose names has a word starting with the prefix (folded), by name; an entity IRI as the prefix
     * gives that entity (a user pasting an IRI into OpenRefine's search box). {@code cursor} skips that many.
     */
    List<Entry> suggest(String prefix, Optional<String> type, int cursor, int limit) {
        Set<String> types = types(type);
        Entry exact = entries.get(canonical(prefix.strip()));
        List<Entry> out = new ArrayList<>();
        if (exact != null) {
            if (exact.types().stream().anyMatch(types::contains)) out.add(exact);
        } else {
            String key = NameKeys.key(prefix);
            if (key.isEmpty()) return List.of();
            for (Entry e : entries.values()) {
                if (e.types().stream().noneMatch(types::contains)) continue;
                for (String n : e.names()) {
                    String nk = " " + NameKeys.key(n);
                    if (nk.contains(" " + key)) { out.add(e); break; }
                }
            }
            out.sort(Comparator.comparing((Entry e) -> e.name() == null ? e.iri() : e.name()).thenComparing(Entry::iri));
        }
        int from = Math.min(Math.max(0, cursor), out.size());
        return out.subList(from, Math.min(out.size(), from + limit));
    }

    Optional<Entry> entry(String iri) {
        return Optional.ofNullable(entries.get(canonical(iri))).filter(e -> e.name() != null || !e.types().isEmpty());
    }

    /** The type IRIs a query's type names, or all default types. Accepts full IRIs, "pl:Person" and "Person". */
    static Set<String> types(Optional<String> type) {
        if (type.isEmpty() || type.get().isBlank()) return TYPES.keySet();
        String t = type.get().trim();
        if (t.startsWith("pl:")) t = PL.NS + t.substring(3);
        for (Map.Entry<String, String> e : TYPES.entrySet())
            if (e.getKey().equals(t) || e.getValue().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) return Set.of(e.getKey());
        return Set.of(t);
    }

    private static double round(double v) { return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue(); }
}
