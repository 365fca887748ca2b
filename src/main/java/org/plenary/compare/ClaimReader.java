package org.plenary.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.graph.Prefixes;

/**
 * Reads the comparable claims of every source graph and of the reference graph, with patterns over explicit
 * named graphs (so it works on an in-memory dataset being built as on the published TDB2 one). Entity IRIs are
 * mapped to their canonical IRIs through owl:sameAs of graph/resolution.
 */
final class ClaimReader {
    static final String PREFIXES = Prefixes.sparql("pl", "prov", "owl");
    /** Properties of a meeting each graph gives one value of. */
    static final List<Node> MEETING_PROPERTIES = List.of(PL.date.asNode(), PL.chair.asNode(), PL.convenedBy.asNode(),
            PL.heldBy.asNode(), PL.place.asNode());

    /** A role as a graph states it; start, end and session may be unknown (null). */
    record RoleClaim(Node node, Node holder, String title, Node organization, Node session, Node start, Node end,
                     Node graph, Node source) {}

    /** A statement as a source reports it. */
    record StatementClaim(Node node, Node speaker, Node meeting, String text, Node graph, Node source) {}

    private final DatasetGraph dsg;
    private final IriScheme iris;
    private final Map<Node, Node> canonical = new HashMap<>();
    private final Map<Node, Node> sourceOfGraph = new HashMap<>();
    private final Map<Node, Node> derivedFrom = new HashMap<>();
    private final Map<Node, String> names = new HashMap<>();

    ClaimReader(DatasetGraph dsg, IriScheme iris) {
        this.dsg = dsg;
        this.iris = iris;
        Node resolution = uri(iris.resolutionGraph());
        for (Binding b : select("SELECT ?a ?c { GRAPH ?rg { ?a owl:sameAs ?c } }", Map.of("rg", resolution)))
            canonical.put(b.get("a"), b.get("c"));
        for (Binding b : select("SELECT ?g ?s { GRAPH ?g { ?s a pl:Source } }"))
            if (isSourceGraph(b.get("g"))) sourceOfGraph.put(b.get("g"), b.get("s"));
        // a reference node's source: the first document it was derived from (in IRI order, for stable output)
        for (Binding b : select("SELECT ?n ?d { GRAPH ?ref { ?n prov:wasDerivedFrom ?d } } ORDER BY ?n ?d", Map.of("ref", referenceGraph())))
            if (!derivedFrom.containsKey(b.get("n"))) derivedFrom.put(b.get("n"), b.get("d"));
    }

    Node referenceGraph() { return uri(iris.referenceGraph()); }

    boolean isSourceGraph(Node g) { return g.isURI() && iris.isSourceGraph(g.getURI()); }

    boolean isReference(Node g) { return g.equals(referenceGraph()); }

    /** Whose claims count: the source graphs and the reference graph. */
    private boolean compared(Node g) { return isSourceGraph(g) || isReference(g); }

    Node canonical(Node n) {
        Node c = n;
        for (int i = 0; i < 8 && canonical.containsKey(c); i++) c = canonical.get(c);
        return c;
    }

    /** The source a graph's claim is read from: its pl:Source, or for reference facts the document they cite. */
    Node sourceOf(Node graph, Node node) {
        if (isReference(graph)) return derivedFrom.getOrDefault(node, graph);
        return sourceOfGraph.getOrDefault(graph, graph);
    }

    /** Meeting properties, and the adoption date of resolutions that mandated a meeting (a claim about the meeting). */
    List<Claim> meetingClaims() {
        List<Claim> out = new ArrayList<>();
        for (Binding b : select("SELECT ?g ?m ?p ?v { GRAPH ?g { ?m a pl:Meeting ; ?p ?v } VALUES ?p { pl:date pl:chair pl:convenedBy pl:heldBy pl:place } }")) {
            Node g = b.get("g");
            if (!compared(g)) continue;
            Node m = canonical(b.get("m"));
            Optional<Node> node = isReference(g) ? Optional.of(b.get("m")) : participation(g, b.get("m"), b.get("p"), b.get("v"));
            out.add(new Claim(m, b.get("p"), value(b.get("v")), g, sourceOf(g, b.get("m")), node));
        }
        for (Binding b : select("SELECT ?g ?r ?m ?d { GRAPH ?g { ?r a pl:Resolution ; pl:mandates ?m ; pl:adoptedOn ?d } }")) {
            Node g = b.get("g");
            if (!compared(g)) continue;
            out.add(new Claim(canonical(b.get("m")), PL.adoptedOn.asNode(), b.get("d"), g, sourceOf(g, b.get("r")), Optional.of(b.get("r"))));
        }
        return out;
    }

    /** The participation node of a source that states who chaired or convened (the fact with the span). */
    private Optional<Node> participation(Node g, Node meeting, Node property, Node value) {
        Node role = property.equals(PL.chair.asNode()) ? PL.Chair.asNode() : property.equals(PL.convenedBy.asNode()) ? PL.Convener.asNode() : null;
        if (role == null) return Optional.empty();
        String q = "SELECT ?p { GRAPH ?g { ?p pl:meeting ?m ; pl:participant ?v ; pl:participationRole ?role } } ORDER BY ?p LIMIT 1";
        return select(q, Map.of("g", g, "m", meeting, "v", value, "role", role)).stream().map(b -> b.get("p")).findFirst();
    }

    List<RoleClaim> roles() {
        List<RoleClaim> out = new ArrayList<>();
        for (Binding b : select("""
                SELECT ?g ?r ?h ?t ?o ?s ?start ?end { GRAPH ?g { ?r a pl:Role ; pl:holder ?h .
                  OPTIONAL { ?r pl:title ?t } OPTIONAL { ?r pl:organization ?o } OPTIONAL { ?r pl:session ?s }
                  OPTIONAL { ?r pl:startDate ?start } OPTIONAL { ?r pl:endDate ?end } } } ORDER BY ?g ?r""")) {
            Node g = b.get("g");
            if (!compared(g)) continue;
            Node t = b.get("t");
            out.add(new RoleClaim(b.get("r"), canonical(b.get("h")), t == null ? "" : t.getLiteralLexicalForm(),
                    b.get("o") == null ? null : canonical(b.get("o")), b.get("s"), b.get("start"), b.get("end"), g, sourceOf(g, b.get("r"))));
        }
        return out;
    }

    List<StatementClaim> statements() {
        List<StatementClaim> out = new ArrayList<>();
        for (Binding b : select("""
                SELECT ?g ?st ?sp ?m ?text { GRAPH ?g { ?st a pl:Statement ; pl:speaker ?sp ; pl:text ?text
                  OPTIONAL { ?st pl:madeAt ?m } } } ORDER BY ?g ?st""")) {
            Node g = b.get("g");
            if (!isSourceGraph(g)) continue;
            out.add(new StatementClaim(b.get("st"), canonical(b.get("sp")), b.get("m") == null ? null : canonical(b.get("m")),
                    b.get("text").getLiteralLexicalForm(), g, sourceOf(g, b.get("st"))));
        }
        return out;
    }

    /**
     * The date a source's claims of roles are made at: the day of the meeting it reports (a title given to a
     * participant is claimed to be held at the meeting), else its publication date.
     */
    Optional<Node> claimDate(Node graph) {
        if (!isSourceGraph(graph)) return Optional.empty();
        Node day = null, any = null;
        for (Binding b : select("SELECT ?d { GRAPH ?g { ?m a pl:Meeting ; pl:date ?d } } ORDER BY ?d", Map.of("g", graph))) {
            Node d = b.get("d");
            if (any == null) any = d;
            if (day == null && DateSpan.of(d).map(DateSpan::isDay).orElse(false)) day = d;
        }
        if (day != null) return Optional.of(day);
        if (any != null) return Optional.of(any);
        Node src = sourceOfGraph.get(graph);
        if (src == null) return Optional.empty();
        return select("SELECT ?p { GRAPH ?g { ?src pl:published ?p } }", Map.of("g", graph, "src", src)).stream()
                .map(b -> b.get("p")).findFirst();
    }

    /**
     * A name for labels: pl:name, a source's file name, a reference document's rdfs:label (in that order of
     * preference; the least in code-point order of each), else the IRI. Read from the store's subject index and
     * kept: a conflict label names its sources and subjects again and again, and a SPARQL {@code GRAPH ?g} lookup
     * would visit every named graph each time.
     */
    String name(Node n) {
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        return names.computeIfAbsent(n, this::lookUpName);
    }

    private String lookUpName(Node n) {
        for (Node p : NAME_PROPERTIES) {
            Optional<String> least = Iter.asStream(dsg.findNG(Node.ANY, n, p, Node.ANY)).map(Quad::getObject)
                    .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).min(Comparator.naturalOrder());
            if (least.isPresent()) return least.get();
        }
        return n.getURI();
    }

    private static final List<Node> NAME_PROPERTIES = List.of(PL.name.asNode(), PL.fileName.asNode(),
            org.apache.jena.vocabulary.RDFS.label.asNode());

    private Node value(Node v) { return v.isURI() ? canonical(v) : v; }

    private List<Binding> select(String body) { return select(body, Map.of()); }

    private List<Binding> select(String body, Map<String, Node> params) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(PREFIXES + body);
        params.forEach((k, v) -> pss.setParam(k, v));
        Query q = pss.asQuery();
        List<Binding> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
            qe.select().forEachRemaining(out::add);
        }
        return out;
    }

    private static Node uri(String s) { return org.apache.jena.graph.NodeFactory.createURI(s); }
}
