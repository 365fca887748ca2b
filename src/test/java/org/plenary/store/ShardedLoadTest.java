package org.plenary.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.cli.PlenaryCommand;

/**
 * The seed articles built the ordinary way, exported as N-Quads shards of a few graphs each and loaded with
 * {@code plenary load} (TDB2's bulk loader) give a generation with the same quads, which {@code plenary query}
 * answers as it answers the build's own; a damaged shard ends the load in one line and publishes nothing.
 */
class ShardedLoadTest {
    record Run(int code, String out, String err) {}

    static Run plenary(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlenaryCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The quads of a generation's N-Quads dump (written from its TDB2 store). */
    static DatasetGraph quadsOf(PlenaryDatabase db) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(db.currentDumps().orElseThrow().resolve(DumpWriter.NQUADS)).lang(Lang.NQUADS).parse(dsg);
        return dsg;
    }

    /**
     * Same named graphs, each with the same triples: compared as sets of N-Triples lines where a graph has no blank
     * node (all but the ontology's OWL lists), else by graph isomorphism (one small graph at a time: an isomorphism
     * test of the whole dataset does not end).
     */
    static void assertSameQuads(DatasetGraph expected, DatasetGraph actual, String what) {
        Set<String> graphs = new TreeSet<>(), others = new TreeSet<>();
        expected.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        actual.listGraphNodes().forEachRemaining(g -> others.add(g.getURI()));
        assertEquals(graphs, others, what + ": the named graphs");
        assertTrue(graphs.size() > 5, "the seeds give several graphs: " + graphs);
        for (String g : graphs) {
            org.apache.jena.graph.Graph e = expected.getGraph(org.apache.jena.graph.NodeFactory.createURI(g));
            org.apache.jena.graph.Graph a = actual.getGraph(org.apache.jena.graph.NodeFactory.createURI(g));
            assertEquals(e.size(), a.size(), what + ": size of " + g);
            boolean blank = e.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
            if (blank) assertTrue(e.isIsomorphicWith(a), what + ": " + g);
            else assertEquals(triples(e), triples(a), what + ": " + g);
        }
    }

    static Set<String> triples(org.apache.jena.graph.Graph g) {
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> out.add(org.apache.jena.riot.out.NodeFmtLib.str(t)));
        return out;
    }

    static Set<String> lines(String text) { return new TreeSet<>(text.lines().toList()); }

    /** A query file's TSV rows from a database, as {@code plenary query} answers it (which prints to System.out). */
    static Set<String> rows(Path db, String file) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.plenary.query.QueryRunner.on(PlenaryDatabase.existing(db)).format(org.plenary.query.QueryRunner.Format.parse("tsv"))
                .run(org.apache.jena.query.QueryFactory.read(file), out);
        return lines(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void shardsOfTheSeedsLoadIntoAGenerationWithTheBuildsQuads(@TempDir Path tmp) throws Exception {
        Path built = tmp.resolve("built"), loaded = tmp.resolve("loaded"), shards = tmp.resolve("shards");
        Run build = plenary("build", "--articles", "data/articles", "--db", built.toString(), "--quiet");
        assertEquals(0, build.code(), build.err());
        PlenaryDatabase a = PlenaryDatabase.existing(built);

        Run export = plenary("export", "--db", built.toString(), "--out", shards.toString(), "--shards", "3");
        assertEquals(0, export.code(), export.err());
        List<Path> files = NQuadsShards.in(shards);
        long graphs = Txn.calculateRead(a.open(), () -> org.apache.jena.atlas.iterator.Iter.count(a.open().asDatasetGraph().listGraphNodes()));
        assertEquals((graphs + 2) / 3, files.size(), "3 graphs a shard: " + export.out());

        Run load = plenary("load", "--db", loaded.toString(), "--shards", shards.toString());
        assertEquals(0, load.code(), load.err());
        PlenaryDatabase b = PlenaryDatabase.existing(loaded);
        try {
            DatasetGraph expected = quadsOf(a);
            assertTrue(expected.stream().count() > 100, "the seeds give a real graph");
            assertSameQuads(expected, quadsOf(b), "the loaded generation");
            // The loaded generation answers queries as the built one does (union default graph, text index).
            for (String q : List.of("queries/meetings.rq", "queries/statements.rq", "queries/people.rq")) {
                Set<String> qa = rows(built, q);
                assertTrue(qa.size() > 1, q + " has rows");
                assertEquals(qa, rows(loaded, q), q);
            }
            Path gen = b.currentGeneration().orElseThrow();

            // The same shards loaded outside Plenary with TDB2's parallel loader (as tdb2.xloader would, into a
            // TDB2 folder of its own), then moved in with load --tdb: again the build's quads, and a later
            // generation of the same database.
            Path external = tmp.resolve("external");
            DatasetGraph tdb = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(external.toString());
            org.apache.jena.tdb2.loader.DataLoader loader = org.apache.jena.tdb2.loader.LoaderFactory.parallelLoader(tdb, (fmt, args) -> {});
            loader.startBulk();
            org.apache.jena.riot.system.StreamRDF stream = loader.stream();
            stream.start();
            org.apache.jena.riot.system.StreamRDF once = new org.apache.jena.riot.system.StreamRDFWrapper(stream) {
                @Override public void start() {}
                @Override public void finish() {}
            };
            for (Path f : files)
                try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(f))) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(once);
                }
            stream.finish();
            loader.finishBulk();
            org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
            Run adopt = plenary("load", "--db", loaded.toString(), "--tdb", external.toString());
            assertEquals(0, adopt.code(), adopt.err());
            assertFalse(Files.exists(external), "the folder was moved in");
            Path adopted = b.currentGeneration().orElseThrow();
            assertNotEquals(gen, adopted);
            assertSameQuads(expected, quadsOf(b), "the adopted TDB2 folder");
            assertEquals(rows(built, "queries/meetings.rq"), rows(loaded, "queries/meetings.rq"));
            Run notTdb = plenary("load", "--db", loaded.toString(), "--tdb", shards.toString());
            assertEquals(2, notTdb.code(), notTdb.err());
            assertTrue(notTdb.err().contains("No TDB2 database"), notTdb.err());
            gen = adopted;

            // A damaged shard: one line naming it, exit 2, and the published generation stays.
            Path bad = tmp.resolve("bad");
            Files.createDirectories(bad);
            Files.copy(files.get(0), bad.resolve(files.get(0).getFileName()));
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(bad.resolve("shard-99999.nq.gz")))) {
                o.write("<http://a/s> <http://a/p> \"unterminated .\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            Run refused = plenary("load", "--db", loaded.toString(), "--shards", bad.toString());
            assertEquals(2, refused.code(), refused.err());
            assertEquals(1, refused.err().lines().count(), refused.err());
            assertTrue(refused.err().contains("shard-99999.nq.gz"), refused.err());
            assertEquals(gen, b.currentGeneration().orElseThrow());

            Run none = plenary("load", "--db", loaded.toString(), "--shards", tmp.resolve("absent").toString());
            assertEquals(2, none.code(), none.err());
            assertTrue(none.err().contains("absent"), none.err());
        } finally {
            a.currentGeneration().ifPresent(a::release);
            b.currentGeneration().ifPresent(b::release);
        }
    }
}
