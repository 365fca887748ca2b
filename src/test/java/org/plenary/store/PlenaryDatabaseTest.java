package org.plenary.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.PlenaryException;

class PlenaryDatabaseTest {
    @TempDir Path tmp;
    private PlenaryDatabase db;

    @AfterEach
    void close() {
        if (db != null) db.currentGeneration().ifPresent(db::release);
    }

    private List<QuerySolution> select(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return org.apache.jena.atlas.iterator.Iter.toList(qe.execSelect());
            }
        });
    }

    private List<String> generationDirs() throws IOException {
        try (Stream<Path> s = Files.list(db.location())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }

    @Test
    void newDirectoryIsADatabaseWithNothingPublished() {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        assertFalse(db.exists());
        assertTrue(db.currentGeneration().isEmpty());
        PlenaryException e = assertThrows(PlenaryException.class, db::open);
        assertTrue(e.getMessage().contains(tmp.resolve("db").toString()), e.getMessage());
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        assertTrue(db.exists());
        List<QuerySolution> rows = select(db.open(), SampleData.JOIN_QUERY);
        assertEquals(1, rows.size());
        assertEquals(SampleData.NAME, rows.get(0).getLiteral("name").getString());
        assertEquals(SampleData.TEXT, rows.get(0).getLiteral("text").getString());
    }

    @Test
    void currentIsASymlinkToTheNewGeneration() throws IOException {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        Path link = db.location().resolve("current");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("gen-1"), Files.readSymbolicLink(link));
        assertTrue(Files.isDirectory(db.location().resolve("gen-1/tdb2")));
        assertTrue(Files.isRegularFile(db.location().resolve("gen-1/dumps/SHA256SUMS")));
    }

    @Test
    void currentLinkChangesWithEveryPublishAndOnlyThen() {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        assertTrue(db.currentLink().isEmpty());
        db.replace(SampleData::write);
        Path first = db.currentLink().orElseThrow();
        assertEquals(first, db.currentLink().orElseThrow());
        assertEquals(db.currentGeneration().orElseThrow().getFileName(), first);
        db.replace(out -> SampleData.write(out, "Ada Renamed"));
        Path second = db.currentLink().orElseThrow();
        assertNotEquals(first, second);
        assertEquals(db.currentGeneration().orElseThrow().getFileName(), second);
    }

    @Test
    void secondReplaceSwapsToNewDataAndKeepsOnlyThePreviousGeneration() throws IOException {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        Path first = db.currentGeneration().orElseThrow();
        db.replace(out -> SampleData.write(out, "Ada Renamed"));
        Path second = db.currentGeneration().orElseThrow();
        assertNotEquals(first, second);
        List<QuerySolution> rows = select(db.open(), SampleData.JOIN_QUERY);
        assertEquals(List.of("Ada Renamed"), rows.stream().map(r -> r.getLiteral("name").getString()).toList());
        assertEquals(List.of("gen-1", "gen-2"), generationDirs(), "the previous generation stays for serve to fall back to");
        db.replace(SampleData::write);
        assertEquals(List.of("gen-2", "gen-3"), generationDirs(), "and only that one");
    }

    @Test
    void replaceThatThrowsLeavesThePublishedDataAndNoNewGeneration() throws IOException {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        Path before = db.currentGeneration().orElseThrow();
        IllegalStateException boom = new IllegalStateException("extraction failed");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.replace(out -> {
            out.quad(Quad.create(SampleData.SOURCE_GRAPH, SampleData.PERSON, SampleData.iri("urn:p"), NodeFactory.createLiteralString("half")));
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals(before, db.currentGeneration().orElseThrow());
        assertEquals(List.of("gen-1"), generationDirs());
        assertEquals(SampleData.NAME, select(db.open(), SampleData.JOIN_QUERY).get(0).getLiteral("name").getString());
    }

    @Test
    void bulkLoadKeepsEveryQuadOfALoadLargerThanTheLoadersBatches() {
        // The phased loader hands quads to its index threads in batches; a load of many batches plus a part batch
        // must arrive whole, with named graphs kept and the default graph their union.
        db = PlenaryDatabase.at(tmp.resolve("db"));
        int n = 250_003;
        db.replace(out -> {
            for (int i = 0; i < n; i++)
                out.quad(Quad.create(SampleData.iri("urn:g" + (i % 3)), SampleData.iri("urn:s" + i), SampleData.iri("urn:p"),
                        NodeFactory.createLiteralString("v" + i)));
        });
        assertEquals(n, select(db.open(), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").get(0).getLiteral("n").getInt());
        assertEquals(n, select(db.open(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").get(0).getLiteral("n").getInt());
        assertEquals(3, select(db.open(), "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }").get(0).getLiteral("n").getInt());
        assertEquals("v12345", select(db.open(), "SELECT ?o { <urn:s12345> <urn:p> ?o }").get(0).getLiteral("o").getString());
    }

    @Test
    void aThrowingWriterStopsTheLoaderThreadsBeforeTheGenerationIsDeleted() throws Exception {
        // A loader thread left running would touch the deleted generation and fail on its own, out of sight.
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        List<Throwable> stray = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> stray.add(e));
        try {
            for (int attempt = 0; attempt < 3; attempt++)
                assertThrows(IllegalStateException.class, () -> db.replace(out -> {
                    for (int i = 0; i < 20_000; i++)
                        out.quad(Quad.create(SampleData.SOURCE_GRAPH, SampleData.iri("urn:s" + i), SampleData.iri("urn:p"), SampleData.PERSON));
                    throw new IllegalStateException("extraction failed");
                }));
            Thread.sleep(500); // time for a stray thread to run into the deleted generation
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertEquals(List.of(), stray);
        assertEquals(List.of("gen-1"), generationDirs());
        db.replace(SampleData::write);
        assertEquals(SampleData.NAME, select(db.open(), SampleData.JOIN_QUERY).get(0).getLiteral("name").getString());
    }

    @Test
    void leftoversOfAKilledReplaceAreRemovedByTheNext() throws IOException {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        // What a build killed mid-way leaves: a generation directory current does not point to.
        Files.createDirectories(db.location().resolve("gen-7/tdb2"));
        Files.writeString(db.location().resolve("gen-7/tdb2/partial.dat"), "x");
        Files.createSymbolicLink(db.location().resolve("current.tmp"), Path.of("gen-7"));
        assertEquals("gen-1", db.currentGeneration().orElseThrow().getFileName().toString());
        assertTrue(PlenaryDatabase.at(db.location()).exists()); // Leftovers don't make it "not a database".

        db.replace(SampleData::write);
        assertEquals("gen-8", db.currentGeneration().orElseThrow().getFileName().toString());
        assertEquals(List.of("gen-1", "gen-8"), generationDirs(), "the killed build's gen-7 is gone; gen-1 is kept to fall back to");
        assertFalse(Files.exists(db.location().resolve("current.tmp"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aFileIsNotADatabase() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "hello");
        PlenaryException e = assertThrows(PlenaryException.class, () -> PlenaryDatabase.at(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aNonEmptyDirectoryWithoutCurrentIsNotADatabase() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        PlenaryException e = assertThrows(PlenaryException.class, () -> PlenaryDatabase.at(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void existingRefusesAMissingDirectoryNamingIt() {
        Path missing = tmp.resolve("no-such-db");
        PlenaryException e = assertThrows(PlenaryException.class, () -> PlenaryDatabase.existing(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(Files.exists(missing));
    }
}
