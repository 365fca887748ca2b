package org.plenary.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.PL;
import org.plenary.graph.ShapesValidator;
import org.plenary.it.SeedCorpus;
import org.plenary.build.PlenaryException;

/**
 * A rebuild publishes only the graphs that changed (issue #7, item 4), on the real seed build in real TDB2 directories:
 * what it publishes must be exactly what writing the whole generation would publish, quads, text index and dumps
 * alike, and it must refuse exactly what validating the whole would refuse.
 */
class IncrementalPublishTest {
    private static final ShapesValidator SHAPES = ShapesValidator.plenary();
    @TempDir Path tmp;
    private PlenaryDatabase db;
    private DatasetGraph seeds;

    @BeforeEach
    void publishTheSeeds() {
        seeds = copy(SeedCorpus.get().result.dataset(), x -> {});
        db = PlenaryDatabase.at(tmp.resolve("db"));
        assertTrue(db.publish(seeds, SHAPES).whole(), "nothing to start from: written whole");
    }

    @AfterEach
    void close() {
        if (db != null) db.currentGeneration().ifPresent(db::release);
    }

    @Test
    void anUnchangedBuildWritesNoGraphAndPublishesTheSameQuads() {
        PlenaryDatabase.Publication p = db.publish(copy(seeds, x -> {}), SHAPES);
        assertFalse(p.whole());
        assertEquals(0, p.graphsChanged());
        assertSameQuads(wholeWrite(seeds), quads(published()));
    }

    @Test
    void oneChangedGraphIsTheOnlyOneWrittenAndTheResultEqualsAWholeWrite() throws IOException {
        Quad text = firstQuad(seeds, PL.text.asNode());
        DatasetGraph changed = copy(seeds, x -> {
            x.delete(text);
            x.add(Quad.create(text.getGraph(), text.getSubject(), text.getPredicate(), NodeFactory.createLiteralString("A zebra crossing was promised.")));
        });
        PlenaryDatabase.Publication p = db.publish(changed, SHAPES);
        assertFalse(p.whole());
        assertEquals(1, p.graphsChanged());
        assertEquals(1, p.quadsRemoved());
        assertEquals(1, p.quadsAdded());
        assertSameQuads(wholeWrite(changed), quads(published()));
    }

    @Test
    void theTextIndexFindsTheNewLiteralAndNoLongerTheOldOne() {
        Quad text = firstQuad(seeds, PL.text.asNode());
        String oldWord = longestWord(text.getObject().getLiteralLexicalForm());
        assertTrue(search("text", oldWord).contains(text.getSubject()), "the seed text is indexed: " + oldWord);
        DatasetGraph changed = copy(seeds, x -> {
            x.delete(text);
            x.add(Quad.create(text.getGraph(), text.getSubject(), text.getPredicate(), NodeFactory.createLiteralString("A zebra crossing was promised.")));
        });
        db.publish(changed, SHAPES);
        assertEquals(Set.of(text.getSubject()), search("text", "zebra"));
        assertFalse(search("text", oldWord).contains(text.getSubject()), "the old text's document is gone: " + oldWord);
    }

    @Test
    void aNameStillStatedByAnotherGraphStaysFindableWhenOneGraphDropsIt() {
        // A name stated in two graphs: the union (and so the index) keeps it while either still states it.
        Quad name = firstQuad(seeds, PL.name.asNode(), "/graph/");
        String word = longestWord(name.getObject().getLiteralLexicalForm());
        Node otherGraph = NodeFactory.createURI(SampleData.IRIS.base() + "graph/source/a-second-source");
        DatasetGraph twice = copy(seeds, x -> x.add(Quad.create(otherGraph, name.asTriple())));
        db.publish(twice, SHAPES);
        DatasetGraph once = copy(twice, x -> x.delete(name));
        PlenaryDatabase.Publication p = db.publish(once, SHAPES);
        assertFalse(p.whole());
        assertTrue(search("name", word).contains(name.getSubject()), word);
        assertSameQuads(wholeWrite(once), quads(published()));
    }

    @Test
    void aTypeRemovedFromEveryGraphIsCaughtOnTheNodesThatPointAtItAndNothingIsPublished() throws IOException {
        Quad speaker = firstQuad(seeds, PL.speaker.asNode());
        Node person = speaker.getObject();
        DatasetGraph untyped = copy(seeds, x -> {
            List<Quad> types = new ArrayList<>();
            x.find(Node.ANY, person, RDF.type.asNode(), Node.ANY).forEachRemaining(types::add);
            assertFalse(types.isEmpty());
            types.forEach(x::delete);
        });
        assertFalse(SHAPES.validate(untyped).conforms(), "validating the whole refuses it");
        Path current = db.currentGeneration().orElseThrow();
        PlenaryException e = assertThrows(PlenaryException.class, () -> db.publish(untyped, SHAPES));
        assertTrue(e.getMessage().contains("does not conform"), e.getMessage());
        assertTrue(e.getMessage().contains(speaker.getSubject().getURI()), "the statement whose speaker lost its type is named");
        assertEquals(current, db.currentGeneration().orElseThrow());
        assertSameQuads(wholeWrite(seeds), quads(published()));
        try (Stream<Path> s = Files.list(db.location())) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("gen-")).count(), "no generation left behind");
        }
    }

    @Test
    void aRemovedGraphIsRefusedOrAcceptedExactlyAsTheWholeValidationDoes() {
        Node graph = firstQuad(seeds, PL.speaker.asNode()).getGraph();
        DatasetGraph without = copy(seeds, x -> x.removeGraph(graph));
        boolean wholeConforms = SHAPES.validate(without).conforms();
        if (wholeConforms) {
            assertFalse(db.publish(without, SHAPES).whole());
            assertSameQuads(wholeWrite(without), quads(published()));
        } else {
            assertThrows(PlenaryException.class, () -> db.publish(without, SHAPES));
            assertSameQuads(wholeWrite(seeds), quads(published()));
        }
    }

    @Test
    void theDumpsOfAnUpdateHoldExactlyTheNewQuadsAndTheirChecksums() throws IOException {
        Quad text = firstQuad(seeds, PL.text.asNode());
        Node added = NodeFactory.createURI(SampleData.IRIS.base() + "graph/source/a-second-source");
        DatasetGraph changed = copy(seeds, x -> {
            x.delete(text);
            x.add(Quad.create(text.getGraph(), text.getSubject(), text.getPredicate(), NodeFactory.createLiteralString("Rewritten <b>\"text\"</b>.")));
            x.add(Quad.create(added, text.getSubject(), PL.text.asNode(), NodeFactory.createLiteralString("Rewritten <b>\"text\"</b>.")));
        });
        assertFalse(db.publish(changed, SHAPES).whole());
        Path dumps = db.currentDumps().orElseThrow();
        List<String> expected = quads(changed);
        assertSameQuads(expected, quads(parse(dumps.resolve("plenary.nq"), Lang.NQUADS, false)));
        assertSameQuads(expected, quads(parse(dumps.resolve("plenary.nq.gz"), Lang.NQUADS, true)));
        assertSameQuads(expected, quads(parse(dumps.resolve("plenary.trig"), Lang.TRIG, false)));
        assertSameQuads(expected, quads(parse(dumps.resolve("plenary.trig.gz"), Lang.TRIG, true)));
        Set<String> union = unionTriples(changed);
        assertEquals(union, new HashSet<>(triples(parse(dumps.resolve("plenary.ttl"), Lang.TURTLE, false))));
        assertEquals(union, new HashSet<>(triples(parse(dumps.resolve("plenary.ttl.gz"), Lang.TURTLE, true))));
        for (String line : Files.readAllLines(dumps.resolve(DumpWriter.SUMS))) {
            String[] f = line.split("  ");
            assertEquals(f[0], DumpWriter.sha256(dumps.resolve(f[1])), f[1]);
        }
    }

    @Test
    void aChangeToMoreThanAQuarterOfTheQuadsIsWrittenWhole() {
        // Every source graph again under a second name: the union is the same, the quads nearly double.
        DatasetGraph doubled = copy(seeds, x -> {
            List<Quad> all = new ArrayList<>();
            x.find().forEachRemaining(all::add);
            for (Quad q : all)
                if (q.getGraph().getURI().contains("/graph/source/"))
                    x.add(Quad.create(NodeFactory.createURI(q.getGraph().getURI() + "-again"), q.asTriple()));
        });
        assertTrue(db.publish(doubled, SHAPES).whole());
        assertSameQuads(wholeWrite(doubled), quads(published()));
    }

    @Test
    void aGenerationWithoutAManifestIsFollowedByAWholeOne() {
        db.replace(out -> Txn.executeRead(seeds, () -> seeds.find().forEachRemaining(out::quad)));
        assertTrue(db.publish(copy(seeds, x -> {}), SHAPES).whole());
        assertFalse(db.publish(copy(seeds, x -> {}), SHAPES).whole());
    }

    @Test
    void aGenerationWhoseDumpsAreDamagedIsFollowedByAWholeOne() throws IOException {
        Path nq = db.currentDumps().orElseThrow().resolve(DumpWriter.NQUADS);
        Files.writeString(nq, "<not> <n-quads");
        Quad text = firstQuad(seeds, PL.text.asNode());
        DatasetGraph changed = copy(seeds, x -> {
            x.delete(text);
            x.add(Quad.create(text.getGraph(), text.getSubject(), text.getPredicate(), NodeFactory.createLiteralString("Said again.")));
        });
        assertTrue(db.publish(changed, SHAPES).whole(), "the damaged dump cannot say what changed");
        assertSameQuads(wholeWrite(changed), quads(published()));
        assertFalse(db.publish(copy(changed, x -> {}), SHAPES).whole(), "the whole generation has a sound manifest again");
    }

    private DatasetGraph published() { return db.open().asDatasetGraph(); }

    private int wholeWrites;

    /**
     * The quads of {@code built} written whole into a database of their own: the reference an update must equal (TDB2
     * stores some literals by value, "1.000"^^xsd:decimal as "1.0", so the store, not the in-memory build, is it).
     */
    private List<String> wholeWrite(DatasetGraph built) {
        PlenaryDatabase whole = PlenaryDatabase.at(tmp.resolve("whole-" + ++wholeWrites));
        try {
            assertTrue(whole.publish(built, SHAPES).whole());
            return quads(whole.open().asDatasetGraph());
        } finally {
            whole.currentGeneration().ifPresent(whole::release);
        }
    }

    /** A copy of {@code src} changed by {@code change}. */
    private static DatasetGraph copy(DatasetGraph src, Consumer<DatasetGraph> change) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        Txn.executeRead(src, () -> src.find().forEachRemaining(out::add));
        change.accept(out);
        return out;
    }

    private static Quad firstQuad(DatasetGraph dsg, Node predicate) { return firstQuad(dsg, predicate, "/graph/source/"); }

    /** The first quad (in text order) of a predicate in a graph whose IRI contains {@code graphPart}. */
    private static Quad firstQuad(DatasetGraph dsg, Node predicate, String graphPart) {
        return Txn.calculateRead(dsg, () -> {
            List<Quad> found = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().getURI().contains(graphPart)) found.add(q);
            });
            found.sort(java.util.Comparator.comparing(Quad::toString));
            return found.get(0);
        });
    }

    private static String longestWord(String text) {
        String best = "";
        for (String w : text.split("[^\\p{L}]+")) if (w.length() > best.length()) best = w;
        return best;
    }

    /** The subjects {@code text:query} finds for a word in one field. */
    private Set<Node> search(String field, String word) {
        Dataset ds = db.open();
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX pl: <https://w3id.org/plenary/ontology#> "
                + "SELECT DISTINCT ?s WHERE { ?s text:query (pl:" + field + " \"" + word + "\") }";
        Set<Node> out = new HashSet<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.get("s").asNode()));
            }
        });
        return out;
    }

    private static DatasetGraph parse(Path file, Lang lang, boolean gzipped) throws IOException {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        try (InputStream raw = Files.newInputStream(file); InputStream in = gzipped ? new GZIPInputStream(raw) : raw) {
            RDFParser.source(in).lang(lang).parse(out);
        }
        return out;
    }

    /** The same quads (blank nodes alike); on a difference, reports only what differs. */
    private static void assertSameQuads(DatasetGraph expected, DatasetGraph actual) { assertSameQuads(quads(expected), quads(actual)); }

    private static void assertSameQuads(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) return;
        List<String> missing = new ArrayList<>(expected), extra = new ArrayList<>(actual);
        missing.removeAll(actual);
        extra.removeAll(expected);
        fail(expected.size() + " quads expected, " + actual.size() + " found; missing " + missing.subList(0, Math.min(5, missing.size()))
                + ", unexpected " + extra.subList(0, Math.min(5, extra.size())));
    }

    /** Every quad as text, sorted, blank nodes alike (only the ontology graph has any; a parser relabels them). */
    private static List<String> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            // In the store's lexical forms ("1.000"^^xsd:decimal is "1.0"), as generations and dumps hold them.
            it.forEachRemaining(stated -> {
                Quad q = DumpWriter.stored(stated);
                if (!q.isDefaultGraph()) out.add(term(q.getGraph()) + " " + term(q.getSubject()) + " " + term(q.getPredicate()) + " " + term(q.getObject()));
            });
            out.sort(null);
            return out;
        });
    }

    private static List<String> triples(DatasetGraph dsg) {
        List<String> out = new ArrayList<>();
        dsg.getDefaultGraph().find().forEachRemaining(t -> out.add(triple(t)));
        return out;
    }

    private static Set<String> unionTriples(DatasetGraph dsg) {
        Set<String> out = new HashSet<>();
        dsg.find().forEachRemaining(q -> out.add(triple(DumpWriter.stored(q).asTriple()))); // the store's lexical forms
        return out;
    }

    private static String triple(Triple t) { return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject()); }

    private static String term(Node n) { return n.isBlank() ? "_:" : n.toString(); }
}
