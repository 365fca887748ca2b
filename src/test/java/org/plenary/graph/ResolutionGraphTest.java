package org.plenary.graph;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.plenary.extract.EntityKind;
import org.plenary.resolve.EntityRef;
import org.plenary.resolve.MergeDecision;
import org.plenary.resolve.ResolvedEntity;
import org.plenary.resolve.Resolution;

class ResolutionGraphTest {
    @Test
    void aPersonAndAPlaceWithTheSameIdEachKeepTheirOwnMergeRecord() {
        IriScheme iris = IriScheme.defaults();
        EntityRef p1 = new EntityRef("a", "p"), p2 = new EntityRef("b", "p"), l1 = new EntityRef("a", "l"), l2 = new EntityRef("b", "l");
        ResolvedEntity person = new ResolvedEntity("ada-example", EntityKind.PERSON, "Ada Example", List.of(), List.of(p1, p2), List.of());
        ResolvedEntity place = new ResolvedEntity("ada-example", EntityKind.PLACE, "Ada Example", List.of(), List.of(l1, l2), List.of());
        Resolution r = new Resolution(Map.of(p1, person, p2, person, l1, place, l2, place), Map.of(), List.of(
                new MergeDecision("ada-example", "ada-example", List.of(p1, p2), 1.0, List.of("person evidence"), true),
                new MergeDecision("ada-example", "ada-example", List.of(l1, l2), 1.0, List.of("place evidence"), true)));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new ResolutionGraph(iris).write(r, List.of(), StreamRDFLib.dataset(dsg));

        Node personMerge = NodeFactory.createURI(iris.merge("person/ada-example"));
        Node placeMerge = NodeFactory.createURI(iris.merge("place/ada-example"));
        assertEquals(Set.of("person evidence"), evidence(dsg, personMerge));
        assertEquals(Set.of("place evidence"), evidence(dsg, placeMerge));
        assertTrue(dsg.contains(Node.ANY, personMerge, NodeFactory.createURI(PL.mergedInto.getURI()),
                NodeFactory.createURI(iris.entity(EntityKind.PERSON, "ada-example"))));
        assertTrue(dsg.contains(Node.ANY, placeMerge, NodeFactory.createURI(PL.mergedInto.getURI()),
                NodeFactory.createURI(iris.entity(EntityKind.PLACE, "ada-example"))));
    }

    static Set<String> evidence(DatasetGraph dsg, Node merge) {
        return dsg.stream(Node.ANY, merge, NodeFactory.createURI(PL.evidence.getURI()), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).collect(Collectors.toSet());
    }
}
