package org.plenary.publish.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.plenary.graph.PL;
import org.plenary.graph.Prefixes;

/**
 * Every dispute of graph/conflicts as pages show it: what is disputed, its kind in a reader's words, the meetings it
 * concerns, and each competing value with the sources giving it, linked to the sentence (or, for a reference fact,
 * the document cited). Read once per published generation: the disputes page, the home page's counts and every
 * resource page's markers use the same list.
 */
final class Disputes {
    /** The kinds a reader filters by, from the disputed property. */
    static final String ROLE_AT_DATE = "role at date", DATE = "date of event", CONVENED = "who convened or chaired",
            AFFILIATION = "affiliation", NUMBER = "number", PLACE = "place", OTHER = "other";
    static final List<String> KINDS = List.of(ROLE_AT_DATE, DATE, CONVENED, AFFILIATION, NUMBER, PLACE, OTHER);

    private static final String QUERY = Prefixes.sparql("pl", "prov", "oa", "rdfs") + """
            SELECT ?conflict ?subject ?property ?label ?v ?literal ?entity ?source ?reference ?claim ?start ?end ?meeting WHERE {
              ?conflict a pl:Conflict ; pl:subject ?subject ; pl:property ?property ; pl:disputedValue ?v .
              OPTIONAL { ?conflict rdfs:label ?label }
              ?v pl:source ?source .
              OPTIONAL { ?v pl:value ?literal }
              OPTIONAL { ?v pl:entity ?entity }
              OPTIONAL { ?v pl:reference ?reference }
              OPTIONAL { ?v pl:claim ?claim . ?claim prov:wasDerivedFrom ?source
                OPTIONAL { ?claim pl:span ?span . ?span oa:start ?cstart ; oa:end ?cend } }
              # a claim with no node of its own (a meeting's date): the sentence where that source names the subject
              OPTIONAL { FILTER(!BOUND(?cstart)) ?subject pl:span ?sspan . ?sspan oa:hasSource ?source ; oa:start ?sstart ; oa:end ?send }
              BIND(COALESCE(?cstart, ?sstart) AS ?start)
              BIND(COALESCE(?cend, ?send) AS ?end)
              OPTIONAL { { ?subject a pl:Meeting BIND(?subject AS ?meeting) }
                UNION { ?p pl:meeting ?meeting ; prov:wasDerivedFrom ?source } }
            }""";

    /** Where one source gives a value: the source, the sentence (a source page's span anchor) or the cited document. */
    public record Witness(Ref source, String sentenceHref, boolean reference, String claim) {}

    /** One competing value: what it says, the entity's link where it is one, its witnesses. */
    public record Value(String label, Ref entity, List<Witness> witnesses, boolean reference) {
        public List<Ref> sources() { return witnesses.stream().map(Witness::source).toList(); }
    }

    /** One dispute. {@code anchor} is the id it has on pages ({@code dispute-...}). */
    public record Dispute(String iri, String anchor, Ref subject, String property, String propertyLabel, String kind,
                          List<Ref> meetings, List<Value> values, String label) {
        /** The nodes stating the values: source roles, participations, resolutions, and reference nodes. */
        public Set<String> claimIris() {
            Set<String> out = new LinkedHashSet<>();
            for (Value v : values) for (Witness w : v.witnesses()) if (w.claim() != null) out.add(w.claim());
            return out;
        }

        /** Whether {@code iri} is the subject, a meeting concerned, or a value of this dispute. */
        public boolean concerns(String iri) {
            return subject.iri().equals(iri) || meetings.stream().anyMatch(m -> iri.equals(m.iri()))
                    || values.stream().anyMatch(v -> v.entity() != null && iri.equals(v.entity().iri()));
        }

        public Set<String> sourceIris() {
            Set<String> out = new LinkedHashSet<>();
            for (Value v : values) for (Witness w : v.witnesses()) out.add(w.source().iri());
            return out;
        }

        /** The property's local name ({@code convenedBy}), for templates that mark a fact of that property. */
        public String propertyName() { return property.substring(property.indexOf('#') + 1); }
    }

    private final PerGeneration<List<Dispute>> disputes = new PerGeneration<>();

    private static final String CORROBORATED = Prefixes.sparql("pl", "prov") + """
            SELECT DISTINCT ?st ?other ?text ?source WHERE {
              ?c a pl:Corroboration ; pl:property pl:text ; pl:claim ?st, ?other . FILTER(?st != ?other)
              ?other pl:text ?text . OPTIONAL { ?other prov:wasDerivedFrom ?source }
            } ORDER BY ?st ?source ?other""";

    private static final String SHARED_VALUES = Prefixes.sparql("pl", "rdfs") + """
            SELECT ?c ?subject ?label ?source WHERE {
              ?c a pl:Corroboration ; pl:property ?p ; pl:subject ?subject ; pl:source ?source ; rdfs:label ?label .
              FILTER(?p != pl:text)
            } ORDER BY ?label""";

    /** A value several sources agree on (a meeting's date, who held it): what it is about and the corroboration's label. */
    public record SharedValue(Ref subject, String label) {}

    private final PerGeneration<Map<String, List<SharedValue>>> sharedValues = new PerGeneration<>();

    /** Source IRI -> the values it gives that other sources give too. */
    Map<String, List<SharedValue>> sharedValues(Site site, Generation gen) {
        return sharedValues.get(gen.tag(), () -> {
            Map<String, List<SharedValue>> out = new HashMap<>();
            Dataset ds = site.dataset(gen);
            Map<String, String> names = new HashMap<>();
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(SHARED_VALUES).build()) {
                    qe.execSelect().forEachRemaining((QuerySolution s) -> {
                        if (!s.get("subject").isURIResource() || !s.get("source").isURIResource()) return;
                        String subject = s.getResource("subject").getURI();
                        Ref ref = new Ref(names.computeIfAbsent(subject, x -> name(ds, x)), site.href(subject), subject);
                        out.computeIfAbsent(s.getResource("source").getURI(), x -> new ArrayList<>())
                                .add(new SharedValue(ref, s.getLiteral("label").getString()));
                    });
                }
            });
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    /** A statement another source reports too: the other report, and the source it is in. */
    public record Corroborating(Ref statement, Ref source) {}

    private final PerGeneration<Map<String, List<Corroborating>>> corroborations = new PerGeneration<>();

    /** For each statement corroborated by other sources, the other sources' reports of it (each group of pl:Corroboration). */
    Map<String, List<Corroborating>> corroborations(Site site, Generation gen) {
        return corroborations.get(gen.tag(), () -> {
            Map<String, List<Corroborating>> out = new HashMap<>();
            Dataset ds = site.dataset(gen);
            Map<String, String> names = new HashMap<>();
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(CORROBORATED).build()) {
                    qe.execSelect().forEachRemaining((QuerySolution s) -> {
                        String other = s.getResource("other").getURI();
                        String source = s.contains("source") ? s.getResource("source").getURI() : null;
                        Ref src = source == null ? null : new Ref(names.computeIfAbsent(source, x -> name(ds, x)), site.href(source), source);
                        out.computeIfAbsent(s.getResource("st").getURI(), x -> new ArrayList<>())
                                .add(new Corroborating(new Ref(s.getLiteral("text").getString(), site.href(other), other), src));
                    });
                }
            });
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    /** The disputes of the generation {@code gen}, read once. */
    List<Dispute> of(Site site, Generation gen) {
        return disputes.get(gen.tag(), () -> read(site, site.dataset(gen)));
    }

    static String kindOf(String property) {
        if (property.equals(PL.endDate.getURI()) || property.equals(PL.startDate.getURI())) return ROLE_AT_DATE;
        if (property.equals(PL.date.getURI()) || property.equals(PL.adoptedOn.getURI())) return DATE;
        if (property.equals(PL.convenedBy.getURI()) || property.equals(PL.chair.getURI())) return CONVENED;
        if (property.equals(PL.heldBy.getURI()) || property.equals(PL.organization.getURI()) || property.equals(PL.title.getURI())) return AFFILIATION;
        if (property.equals(PL.session.getURI())) return NUMBER;
        if (property.equals(PL.place.getURI())) return PLACE;
        return OTHER;
    }

    /** The disputed property in words. */
    static String propertyLabel(String property) {
        if (property.equals(PL.endDate.getURI())) return "role held at that date, after it ended";
        if (property.equals(PL.startDate.getURI())) return "role held at that date, before it began";
        if (property.equals(PL.date.getURI())) return "date";
        if (property.equals(PL.adoptedOn.getURI())) return "date of the mandating resolution";
        if (property.equals(PL.convenedBy.getURI())) return "convened by";
        if (property.equals(PL.chair.getURI())) return "chaired by";
        if (property.equals(PL.heldBy.getURI())) return "held by";
        if (property.equals(PL.session.getURI())) return "session number";
        if (property.equals(PL.place.getURI())) return "place";
        return property.substring(Math.max(property.lastIndexOf('#'), property.lastIndexOf('/')) + 1);
    }

    private static final class Building {
        String iri, subject, property, label;
        final Set<String> meetings = new LinkedHashSet<>();
        final Map<String, ValueBuilding> values = new LinkedHashMap<>();
    }

    private static final class ValueBuilding {
        RDFNode value;
        boolean reference;
        final Map<String, String> sentences = new LinkedHashMap<>(); // source -> sentence href (or null)
        final Map<String, String> claims = new LinkedHashMap<>(); // source -> claim node (or reference node)
        final Set<String> referenceSources = new LinkedHashSet<>();
    }

    private static List<Dispute> read(Site site, Dataset ds) {
        Map<String, Building> byIri = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    String iri = s.getResource("conflict").getURI();
                    Building b = byIri.computeIfAbsent(iri, k -> new Building());
                    b.iri = iri;
                    b.subject = s.getResource("subject").getURI();
                    b.property = s.getResource("property").getURI();
                    if (s.contains("label")) b.label = s.getLiteral("label").getString();
                    if (s.contains("meeting") && s.get("meeting").isURIResource()) b.meetings.add(s.getResource("meeting").getURI());
                    ValueBuilding v = b.values.computeIfAbsent(s.getResource("v").getURI(), k -> new ValueBuilding());
                    v.value = s.contains("entity") ? s.get("entity") : s.get("literal");
                    String source = s.getResource("source").getURI();
                    if (s.contains("reference")) { v.reference = true; v.referenceSources.add(source); }
                    String sentence = null;
                    if (s.contains("start") && s.contains("end") && site.href(source) != null)
                        sentence = site.href(source) + "#span-" + s.getLiteral("start").getInt() + "-" + s.getLiteral("end").getInt();
                    String had = v.sentences.get(source);
                    if (had == null) v.sentences.put(source, sentence);
                    String claim = s.contains("reference") ? s.getResource("reference").getURI()
                            : s.contains("claim") && s.get("claim").isURIResource() ? s.getResource("claim").getURI() : null;
                    if (claim != null) v.claims.putIfAbsent(source, claim);
                });
            }
            for (Building b : byIri.values()) {
                names.computeIfAbsent(b.subject, x -> name(ds, x));
                b.meetings.forEach(m -> names.computeIfAbsent(m, x -> name(ds, x)));
                for (ValueBuilding v : b.values.values()) {
                    if (v.value != null && v.value.isURIResource()) names.computeIfAbsent(v.value.asResource().getURI(), x -> name(ds, x));
                    v.sentences.keySet().forEach(src -> names.computeIfAbsent(src, x -> name(ds, x)));
                }
            }
        });
        List<Dispute> out = new ArrayList<>();
        for (Building b : byIri.values()) {
            List<Value> values = new ArrayList<>();
            for (ValueBuilding v : b.values.values()) {
                List<Witness> ws = new ArrayList<>();
                v.sentences.forEach((src, sentence) -> ws.add(new Witness(ref(site, names, src), sentence, v.referenceSources.contains(src), v.claims.get(src))));
                Ref entity = v.value != null && v.value.isURIResource() ? ref(site, names, v.value.asResource().getURI()) : null;
                String label = entity != null ? entity.label() : v.value == null ? "?" : v.value.asLiteral().getLexicalForm();
                values.add(new Value(label, entity, ws, v.reference));
            }
            // the articles' values first, the reference's last, as a reader compares them
            values.sort(Comparator.comparing(Value::reference));
            List<Ref> meetings = b.meetings.stream().map(m -> ref(site, names, m)).sorted(Comparator.comparing(Ref::label)).toList();
            String anchor = "dispute-" + b.iri.substring(b.iri.lastIndexOf('/') + 1);
            out.add(new Dispute(b.iri, anchor, ref(site, names, b.subject), b.property, propertyLabel(b.property), kindOf(b.property),
                    meetings, values, b.label));
        }
        out.sort(Comparator.comparing((Dispute d) -> d.meetings().isEmpty() ? "\uffff" : d.meetings().get(0).label())
                .thenComparing(d -> d.subject().label()).thenComparing(Dispute::propertyLabel));
        return List.copyOf(out);
    }

    private static Ref ref(Site site, Map<String, String> names, String iri) {
        return new Ref(names.getOrDefault(iri, iri), site.href(iri), iri);
    }

    /** A readable name, as every page gives it ({@link Labels}: a source by its headline, or its outlet and date). */
    private static String name(Dataset ds, String iri) {
        org.apache.jena.rdf.model.Model m = ds.getUnionModel();
        return Labels.namesIn(m).label(m.createResource(iri));
    }
}
