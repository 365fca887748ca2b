package org.plenary.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.graph.PROV;

/**
 * Links entities to Wikidata items of the offline {@link LinkTable}: candidates by label and alias under a
 * pluggable name scorer, filtered by type (a person never links to a country), scored, and accepted only at or
 * above {@link Builder#acceptAt(double) the acceptance threshold} (default {@value #DEFAULT_ACCEPT}) when no
 * other item of the table scores within {@link Builder#ambiguityMargin(double) the margin} (default
 * {@value #DEFAULT_MARGIN}) of it. Weaker matches down to {@value #DEFAULT_CANDIDATE} stay candidates.
 */
public final class WikidataLinker {
    public static final double DEFAULT_ACCEPT = 0.9;
    public static final double DEFAULT_CANDIDATE = 0.6;
    public static final double DEFAULT_MARGIN = 0.05;
    /** Added when the entity's context (titles, roles) names the item; breaks ties, never makes a weak name strong. */
    public static final double CONTEXT_BONUS = 0.05;

    private final LinkTable table;
    private final BiFunction<String, String, Double> scorer;
    private final double accept, candidate, margin;

    private WikidataLinker(Builder b) {
        this.table = Objects.requireNonNull(b.table, "table");
        this.scorer = b.scorer;
        this.accept = b.accept;
        this.candidate = b.candidate;
        this.margin = b.margin;
    }

    public static Builder create() { return new Builder(); }

    public static final class Builder {
        private LinkTable table;
        private BiFunction<String, String, Double> scorer = NameSimilarity.INSTANCE;
        private double accept = DEFAULT_ACCEPT, candidate = DEFAULT_CANDIDATE, margin = DEFAULT_MARGIN;

        public Builder table(LinkTable table) { this.table = table; return this; }
        /** How alike two names are, 0..1 (e.g. the resolve stage's name matcher). */
        public Builder nameScorer(BiFunction<String, String, Double> scorer) { this.scorer = Objects.requireNonNull(scorer); return this; }
        public Builder acceptAt(double threshold) { this.accept = threshold; return this; }
        public Builder keepCandidatesFrom(double threshold) { this.candidate = threshold; return this; }
        public Builder ambiguityMargin(double margin) { this.margin = margin; return this; }
        public WikidataLinker build() {
            if (candidate > accept) throw new IllegalArgumentException("candidate threshold above acceptance threshold");
            return new WikidataLinker(this);
        }
    }

    /** All links (accepted and candidates) of the entities, best first per entity. */
    public List<Link> link(List<LinkableEntity> entities) {
        List<Link> out = new ArrayList<>();
        for (LinkableEntity e : entities) out.addAll(link(e));
        return out;
    }

    public List<Link> link(LinkableEntity entity) {
        List<Scored> scored = new ArrayList<>();
        for (LinkTarget target : table.targets()) {
            if (!target.type().admits(entity.kind())) continue;
            Scored s = score(entity, target);
            if (s != null && s.score >= candidate) scored.add(s);
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparing(s -> s.target.qid()));
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            List<String> evidence = new ArrayList<>(s.evidence);
            boolean accepted = false;
            if (i == 0 && s.score >= accept) {
                Scored rival = scored.size() > 1 ? scored.get(1) : null;
                if (rival != null && s.score - rival.score < margin)
                    evidence.add(String.format(Locale.ROOT, "not accepted: %s scores %.2f, within %.2f", rival.target.qid(), rival.score, margin));
                else accepted = true;
            }
            evidence.addAll(s.target.evidence());
            evidence.addAll(s.target.sources());
            links.add(new Link(entity.iri(), s.target.qid(), round(s.score), evidence, accepted));
        }
        return links;
    }

    private record Scored(LinkTarget target, double score, List<String> evidence) {}

    private Scored score(LinkableEntity entity, LinkTarget target) {
        double best = 0;
        String bestName = null, bestTargetName = null;
        for (String name : entity.names())
            for (String targetName : target.names()) {
                double s = scorer.apply(name, targetName);
                if (s > best) { best = s; bestName = name; bestTargetName = targetName; }
            }
        if (bestName == null) return null;
        List<String> evidence = new ArrayList<>();
        String which = bestTargetName.equals(target.label()) ? "label" : "alias";
        evidence.add(String.format(Locale.ROOT, "name '%s' matches %s '%s' of %s (name score %.2f)",
                bestName, which, bestTargetName, target.qid(), best));
        evidence.add("type " + target.type().token() + " fits a " + entity.kind().slug());
        String contextHit = contextNaming(entity, target);
        if (contextHit != null) {
            best = Math.min(1.0, best + CONTEXT_BONUS);
            evidence.add(contextHit);
        }
        return new Scored(target, best, evidence);
    }

    private static String contextNaming(LinkableEntity entity, LinkTarget target) {
        for (String ctx : entity.context()) {
            String ctxKey = " " + NameKeys.key(ctx) + " ";
            for (String n : target.names()) {
                String k = NameKeys.key(n);
                if (k.length() >= 4 && ctxKey.contains(" " + k + " ")) return "context '" + ctx + "' names '" + n + "'";
            }
        }
        return null;
    }

    private static double round(double score) {
        return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * Writes the links into graph {@code {base}graph/wikidata}: a pl:Link node each (pl:linkOf, pl:target,
     * pl:score, pl:evidence, prov:wasDerivedFrom its sources) and {@code owl:sameAs} for the accepted ones.
     */
    public static void writeTo(StreamRDF out, IriScheme iris, List<Link> links) {
        Node g = NodeFactory.createURI(iris.wikidataGraph());
        for (Link link : links) {
            Node node = NodeFactory.createURI(iris.link(link.entityIri(), link.qid()));
            Node entity = NodeFactory.createURI(link.entityIri());
            Node target = NodeFactory.createURI(link.targetIri());
            out.quad(Quad.create(g, node, RDF.type.asNode(), PL.Link.asNode()));
            out.quad(Quad.create(g, node, PL.linkOf.asNode(), entity));
            out.quad(Quad.create(g, node, PL.target.asNode(), target));
            out.quad(Quad.create(g, node, PL.score.asNode(),
                    NodeFactory.createLiteralDT(BigDecimal.valueOf(link.score()).toPlainString(), XSDDatatype.XSDdecimal)));
            for (String statement : link.statements())
                out.quad(Quad.create(g, node, PL.evidence.asNode(), NodeFactory.createLiteralString(statement)));
            for (String url : link.sourceUrls())
                out.quad(Quad.create(g, node, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(url)));
            if (link.accepted())
                out.quad(Quad.create(g, entity, OWL.sameAs.asNode(), target));
        }
    }
}
