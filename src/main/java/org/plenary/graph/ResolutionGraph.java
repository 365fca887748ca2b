package org.plenary.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.MeetingFact;
import org.plenary.resolve.EntityRef;
import org.plenary.resolve.MergeDecision;
import org.plenary.resolve.ResolvedEntity;
import org.plenary.resolve.Resolution;

/**
 * The resolution graph: each entity's preferred name and every other spelling, owl:sameAs from the IRIs its
 * other spellings would have had (so a renamed or merged IRI keeps resolving), each merge with its score and
 * evidence, and each meeting's preferred description.
 */
public final class ResolutionGraph {
    private final IriScheme iris;

    public ResolutionGraph(IriScheme iris) { this.iris = iris; }

    public void write(Resolution r, List<ArticleExtraction> articles, StreamRDF out) {
        QuadWriter w = new QuadWriter(out, iris.resolutionGraph());
        for (ResolvedEntity e : r.distinctEntities()) {
            String iri = iris.entity(e.kind(), e.id());
            w.type(iri, switch (e.kind()) { case PERSON -> PL.Person; case ORGANIZATION -> PL.Organization; case PLACE -> PL.Place; });
            w.str(iri, PL.name, e.name());
            for (String alt : e.altNames()) w.str(iri, PL.altName, alt);
            for (String alias : e.aliasIds()) w.iri(iris.entity(e.kind(), alias), OWL.sameAs, iri);
        }
        for (MergeDecision m : r.merges()) {
            // The entity of the decision's first member: ids are unique per kind only (a person and a place may
            // share one), and a lookup by member is one step where a search by id is one per entity.
            Optional<ResolvedEntity> e = m.members().isEmpty() ? Optional.empty() : Optional.ofNullable(r.entities().get(m.members().get(0)));
            if (e.isEmpty()) continue;
            String kind = e.get().kind().slug();
            String node = iris.merge(kind + "/" + m.entityId() + (m.accepted() ? "" : "/candidate/" + m.other()));
            w.type(node, PL.Merge);
            if (!m.accepted()) w.type(node, PL.MergeCandidate);
            w.iri(node, PL.mergedInto, iris.entity(e.get().kind(), m.entityId()));
            if (!m.accepted()) w.iri(node, PL.mergedFrom, iris.entity(e.get().kind(), m.other()));
            for (EntityRef ref : m.members()) w.iri(node, PROV.wasDerivedFrom, iris.source(ref.sourceId()));
            w.typed(node, PL.score, String.format(java.util.Locale.ROOT, "%.3f", m.score()), XSDDatatype.XSDdecimal);
            for (String ev : m.evidence()) w.str(node, PL.evidence, ev);
            if (!m.accepted()) w.str(node, PL.evidence, "candidate only: below the merge threshold");
        }
        // a meeting's preferred description: the one of the first source that reports it
        Map<String, String> names = new LinkedHashMap<>();
        for (ArticleExtraction a : articles)
            for (MeetingFact m : a.meetings())
                r.meeting(a.article().id(), m.key()).ifPresent(id -> names.putIfAbsent(id, m.name()));
        names.forEach((id, name) -> {
            w.type(iris.meeting(id), PL.Meeting);
            w.str(iris.meeting(id), PL.name, name);
        });
    }

}
