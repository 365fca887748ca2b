package org.plenary.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PROV;
import org.plenary.graph.Prefixes;

/**
 * The cached entity data of linked items, read from a real Special:EntityData response (Q42, saved from Wikidata:
 * src/test/resources/org/plenary/link/entitydata/README.md), and the labels the build writes from it.
 */
class EntityDataCacheTest {
    static final Path SAVED = Path.of("src/test/resources/org/plenary/link/entitydata");
    static final IriScheme IRIS = IriScheme.defaults();
    @TempDir Path tmp;

    @Test
    void readsLabelDescriptionAndRevisionOfARealEntityDataResponse() {
        EntityDataCache.CachedItem c = EntityDataCache.at(SAVED).item("Q42", "en").orElseThrow();
        assertEquals("Douglas Adams", c.item().label());
        assertEquals("English author and humourist (1952–2001)", c.item().description());
        assertTrue(c.item().instanceOf().contains("Q5"), c.item().instanceOf().toString());
        assertEquals("https://www.wikidata.org/wiki/Special:EntityData/Q42.json?revision=2073845978", c.source());
        // another language of the same response
        assertEquals("Douglas Adams", EntityDataCache.at(SAVED).item("Q42", "fr").orElseThrow().item().label());
    }

    @Test
    void anItemWithoutACacheFileIsAbsent() {
        assertTrue(EntityDataCache.at(SAVED).item("Q1065", "en").isEmpty());
        assertTrue(EntityDataCache.at(tmp.resolve("no-such-dir")).item("Q42", "en").isEmpty());
    }

    @Test
    void aDamagedCacheFileIsAnErrorNamingTheFile() throws Exception {
        Path bad = tmp.resolve("Q7.json");
        Files.writeString(bad, "{\"entities\": ", StandardCharsets.UTF_8);
        var e = assertThrows(EntityDataCache.EntityDataException.class, () -> EntityDataCache.at(tmp).item("Q7", "en"));
        assertTrue(e.getMessage().startsWith(bad.toString() + ": not JSON"), e.getMessage());
        Files.writeString(tmp.resolve("Q8.json"), "{\"entities\": {\"Q8\": {\"id\": \"Q8\", \"missing\": \"\"}, \"Q9\": {}}}", StandardCharsets.UTF_8);
        e = assertThrows(EntityDataCache.EntityDataException.class, () -> EntityDataCache.at(tmp).item("Q8", "en"));
        assertTrue(e.getMessage().contains("Q8.json: no entity Q8"), e.getMessage());
    }

    @Test
    void linkedItemsAreNamedFromTheCacheElseFromTheirTableRow() throws Exception {
        // Q42 (cached) and Q1065 (a row of the real table, not cached) as targets of two links
        LinkTable table = LinkTable.read(Path.of("data/wikidata/links.tsv")).with(List.of(new LinkTarget("Q42", "Douglas Adams",
                List.of(), TargetType.ofToken("human"), List.of("test row"), List.of("https://www.wikidata.org/wiki/Q42"))));
        List<Link> links = List.of(
                new Link(IRIS.base() + "id/person/someone", "Q42", 1.0, List.of("test"), true),
                new Link(IRIS.base() + "id/organization/united-nations", "Q1065", 1.0, List.of("test"), true));
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        LinkedItemLabels.Count n = LinkedItemLabels.writeTo(StreamRDFLib.dataset(dsg), IRIS, links, table, EntityDataCache.at(SAVED));
        assertEquals(new LinkedItemLabels.Count(1, 1), n);
        var g = NodeFactory.createURI(IRIS.wikidataGraph());
        var q42 = NodeFactory.createURI("http://www.wikidata.org/entity/Q42");
        var un = NodeFactory.createURI("http://www.wikidata.org/entity/Q1065");
        var description = NodeFactory.createURI(Prefixes.SCHEMA + "description");
        assertTrue(dsg.contains(g, q42, RDFS.label.asNode(), NodeFactory.createLiteralLang("Douglas Adams", "en")));
        assertTrue(dsg.contains(g, q42, description, NodeFactory.createLiteralLang("English author and humourist (1952–2001)", "en")));
        assertTrue(dsg.contains(g, q42, PROV.wasDerivedFrom.asNode(),
                NodeFactory.createURI("https://www.wikidata.org/wiki/Special:EntityData/Q42.json?revision=2073845978")));
        assertTrue(dsg.contains(g, un, RDFS.label.asNode(), NodeFactory.createLiteralLang("United Nations", "en")));
        assertTrue(dsg.contains(g, un, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI("https://www.wikidata.org/wiki/Q1065")));
        assertTrue(!dsg.find(g, un, description, org.apache.jena.graph.Node.ANY).hasNext(), "no description without entity data");
    }
}
