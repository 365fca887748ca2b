package org.plenary.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PROV;
import org.plenary.graph.Prefixes;

/**
 * Names the Wikidata items that links point to, so that pages show "United Nations (Q1065) — description" and not a
 * bare id. In graph {@code {base}graph/wikidata}, each linked item gets {@code rdfs:label} and
 * {@code schema:description} in the table's language, taken from its cached entity data, with
 * {@code prov:wasDerivedFrom} the EntityData address of the cached revision. An item the cache does not hold keeps
 * the label of its link table row (no description), derived from that row's sources.
 */
public final class LinkedItemLabels {
    /** The link table's labels are English (data/wikidata/README.md). */
    public static final String LANGUAGE = "en";
    private static final Node DESCRIPTION = NodeFactory.createURI(Prefixes.SCHEMA + "description");

    /** How many linked items were named from the cache and how many from the table alone. */
    public record Count(int fromCache, int fromTable) {}

    private LinkedItemLabels() {}

    public static Count writeTo(StreamRDF out, IriScheme iris, List<Link> links, LinkTable table, EntityDataCache cache) {
        Node g = NodeFactory.createURI(iris.wikidataGraph());
        Set<String> qids = new LinkedHashSet<>();
        for (Link l : links) qids.add(l.qid());
        int fromCache = 0, fromTable = 0;
        for (String qid : qids) {
            Node item = NodeFactory.createURI(LinkTarget.ENTITY_NS + qid);
            Optional<EntityDataCache.CachedItem> cached = cache.item(qid, LANGUAGE);
            // WikidataItem stands in its id for a missing label: only a real label in the language is written.
            String label = cached.map(c -> c.item().label()).filter(l -> !l.equals(qid)).orElse(null);
            if (cached.isPresent() && label != null) {
                out.quad(Quad.create(g, item, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, LANGUAGE)));
                String description = cached.get().item().description();
                if (description != null && !description.isBlank())
                    out.quad(Quad.create(g, item, DESCRIPTION, NodeFactory.createLiteralLang(description, LANGUAGE)));
                out.quad(Quad.create(g, item, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(cached.get().source())));
                fromCache++;
                continue;
            }
            Optional<LinkTarget> row = table.get(qid);
            if (row.isEmpty()) continue;
            out.quad(Quad.create(g, item, RDFS.label.asNode(), NodeFactory.createLiteralLang(row.get().label(), LANGUAGE)));
            for (String url : row.get().sources())
                out.quad(Quad.create(g, item, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(url)));
            fromTable++;
        }
        return new Count(fromCache, fromTable);
    }
}
