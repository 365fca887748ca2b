package org.plenary.link;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.plenary.extract.EntityKind;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.graph.PROV;

class WikidataLinkerTest {
    static final Path TABLE = Path.of("data/wikidata/links.tsv");
    static final IriScheme IRIS = IriScheme.defaults();
    final WikidataLinker linker = WikidataLinker.create().table(LinkTable.read(TABLE)).build();

    static LinkableEntity entity(EntityKind kind, String name, String... alt) {
        return new LinkableEntity(IRIS.entity(kind, org.plenary.text.Slugs.slug(name)), kind, name, List.of(alt));
    }

    Optional<Link> accepted(LinkableEntity e) {
        return linker.link(e).stream().filter(Link::accepted).findFirst();
    }

    @Test
    void acronymAliasLinksOrganizationToUnOrgan() {
        Link l = accepted(entity(EntityKind.ORGANIZATION, "UNGA")).orElseThrow();
        assertEquals("Q47423", l.qid());
        assertTrue(l.evidence().stream().anyMatch(e -> e.contains("alias 'UNGA'")), l.evidence().toString());
        assertTrue(l.sourceUrls().contains("https://www.wikidata.org/wiki/Q47423"));
    }

    @Test
    void dottedAcronymEqualsPlainAcronym() {
        assertEquals("Q1065", accepted(entity(EntityKind.ORGANIZATION, "the U.N.")).orElseThrow().qid());
    }

    @Test
    void diacriticsCaseAndPunctuationAreFolded() {
        assertEquals("Q423", accepted(entity(EntityKind.PLACE, "democratic peoples republic of korea")).orElseThrow().qid());
        assertEquals("Q656812", accepted(entity(EntityKind.ORGANIZATION, "Office of the United Nations High Commissioner for Human Rights (OHCHR)", "OHCHR")).orElseThrow().qid());
    }

    @Test
    void personNeverLinksToCountryEvenWithTheSameName() {
        assertTrue(linker.link(entity(EntityKind.PERSON, "Ukraine")).isEmpty());
        assertTrue(linker.link(entity(EntityKind.ORGANIZATION, "North Korea")).isEmpty(), "a country is a place, not an organization");
        assertEquals("Q212", accepted(entity(EntityKind.PLACE, "Ukraine")).orElseThrow().qid());
    }

    @Test
    void newYorkAloneIsTheCityNotTheState() {
        assertEquals("Q60", accepted(entity(EntityKind.PLACE, "New York")).orElseThrow().qid());
        assertEquals("Q1384", accepted(entity(EntityKind.PLACE, "New York State")).orElseThrow().qid());
    }

    @Test
    void partialNameOverlapStaysACandidate() {
        List<Link> links = linker.link(entity(EntityKind.ORGANIZATION, "United Nations Human Rights Council Secretariat"));
        assertFalse(links.isEmpty());
        assertTrue(links.stream().noneMatch(Link::accepted), links.toString());
        assertTrue(links.get(0).score() < WikidataLinker.DEFAULT_ACCEPT);
    }

    @Test
    void familyNameOrderAndSyllableBreaksMeet() {
        LinkTable people = new LinkTable(List.of(new LinkTarget("Q1", "Eun-joo Kim", List.of(), TargetType.HUMAN,
                List.of("test row"), List.of())));
        WikidataLinker l = WikidataLinker.create().table(people).build();
        Link link = l.link(entity(EntityKind.PERSON, "Kim Eunjoo")).get(0);
        assertTrue(link.accepted(), link.toString());
        assertTrue(link.score() < 1.0);
        assertEquals(1.0, l.link(entity(EntityKind.PERSON, "EUN-JOO KIM")).get(0).score());
        Link swapped = l.link(entity(EntityKind.PERSON, "KIM Eun-joo")).get(0);
        assertTrue(swapped.accepted() && swapped.score() < 1.0, swapped.toString());
    }

    @Test
    void twoEquallyNamedItemsAreNotAcceptedUnlessContextTellsThemApart() {
        LinkTable people = new LinkTable(List.of(
                new LinkTarget("Q10", "Lee Min", List.of(), TargetType.HUMAN, List.of("row a"), List.of()),
                new LinkTarget("Q11", "Lee Min", List.of("Lee Min of the Human Rights Council"), TargetType.HUMAN, List.of("row b"), List.of())));
        WikidataLinker l = WikidataLinker.create().table(people).build();
        List<Link> plain = l.link(entity(EntityKind.PERSON, "Lee Min"));
        assertEquals(2, plain.size());
        assertTrue(plain.stream().noneMatch(Link::accepted));
        assertTrue(plain.get(0).evidence().stream().anyMatch(e -> e.startsWith("not accepted")));
    }

    @Test
    void pluggedScorerDecides() {
        WikidataLinker strict = WikidataLinker.create().table(LinkTable.read(TABLE))
                .nameScorer((a, b) -> a.equals(b) ? 1.0 : 0.0).build();
        assertTrue(strict.link(entity(EntityKind.ORGANIZATION, "U.N.")).stream().anyMatch(Link::accepted));
        assertTrue(strict.link(entity(EntityKind.ORGANIZATION, "u.n.")).isEmpty());
    }

    @Test
    void writesLinkNodesAndSameAsOnlyForAccepted() {
        LinkableEntity ga = entity(EntityKind.ORGANIZATION, "U.N. General Assembly");
        LinkableEntity weak = entity(EntityKind.ORGANIZATION, "United Nations Human Rights Council Secretariat");
        List<Link> links = linker.link(List.of(ga, weak));
        DatasetGraph dsg = DatasetFactory.createTxnMem().asDatasetGraph();
        WikidataLinker.writeTo(StreamRDFLib.dataset(dsg), IRIS, links);

        Node g = NodeFactory.createURI("http://localhost:3030/graph/wikidata");
        Node gaNode = NodeFactory.createURI(ga.iri());
        Node q = NodeFactory.createURI("http://www.wikidata.org/entity/Q47423");
        assertTrue(dsg.contains(g, gaNode, OWL.sameAs.asNode(), q));
        Node linkNode = NodeFactory.createURI("http://localhost:3030/id/link/organization/u-n-general-assembly/Q47423");
        assertTrue(dsg.contains(g, linkNode, RDF.type.asNode(), PL.Link.asNode()));
        assertTrue(dsg.contains(g, linkNode, PL.linkOf.asNode(), gaNode));
        assertTrue(dsg.contains(g, linkNode, PL.target.asNode(), q));
        assertTrue(dsg.contains(g, linkNode, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI("https://www.wikidata.org/wiki/Q47423")));
        Node score = dsg.find(g, linkNode, PL.score.asNode(), Node.ANY).next().getObject();
        assertEquals("http://www.w3.org/2001/XMLSchema#decimal", score.getLiteralDatatypeURI());
        assertTrue(dsg.find(g, linkNode, PL.evidence.asNode(), Node.ANY).hasNext());

        Node weakNode = NodeFactory.createURI(weak.iri());
        assertFalse(dsg.find(g, weakNode, OWL.sameAs.asNode(), Node.ANY).hasNext());
        long weakLinks = links.stream().filter(x -> x.entityIri().equals(weak.iri())).count();
        assertEquals(weakLinks, dsg.stream(g, Node.ANY, PL.linkOf.asNode(), weakNode).count());
    }
}
