package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.IriScheme;
import org.plenary.graph.OA;
import org.plenary.graph.PL;
import picocli.CommandLine;

class EvalCommandTest {
    @TempDir Path dir;

    @Test
    void scoresWhatTheBuilderBuiltAndPrintsTheTable() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("a")), gold = Files.createDirectories(dir.resolve("g"));
        Files.writeString(articles.resolve("one.txt"), "Ana Ortiz spoke.");
        Files.writeString(gold.resolve("one.json"), "{\"article\": \"one.txt\", \"persons\": [{\"name\": \"Ana Ortiz\"}]}");
        IriScheme iris = new IriScheme("http://example.org/x/");
        Path[] seen = new Path[1];
        EvalCommand cmd = new EvalCommand();
        cmd.builder = articlesDir -> {
            seen[0] = articlesDir;
            Dataset ds = DatasetFactory.createTxnMem();
            Txn.executeWrite(ds, () -> {
                Model m = ds.getNamedModel(iris.sourceGraph("one"));
                m.createResource(iris.mention("one", 0, 9)).addProperty(RDF.type, PL.Mention)
                        .addProperty(PL.mentionOf, m.createResource("http://example.org/x/id/person/ana-ortiz").addProperty(RDF.type, PL.Person))
                        .addProperty(PL.span, m.createResource(iris.span("one", 0, 9)).addProperty(OA.exact, "Ana Ortiz"));
            });
            return ds;
        };
        StringWriter out = new StringWriter();
        int code = new CommandLine(cmd).setOut(new PrintWriter(out))
                .execute("--articles", articles.toString(), "--gold", gold.toString(), "--base", iris.base());
        assertEquals(0, code, out.toString());
        assertEquals(articles, seen[0]);
        assertTrue(out.toString().matches("(?s).*persons\\s+1\\s+0\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), out.toString());
    }

    @Test
    void aMissingGoldDirectoryIsAnErrorNamingIt() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        StringWriter err = new StringWriter();
        int code = new CommandLine(new EvalCommand()).setErr(new PrintWriter(err))
                .execute("--articles", a.toString(), "--gold", dir.resolve("nope").toString());
        assertNotEquals(0, code);
        assertTrue(err.toString().contains("nope"), err.toString());
    }

    @Test
    void aSplitScoresOnlyItsSideAndPrintsTheFiguresPerGenre() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path articles = Files.createDirectories(corpus.resolve("articles")), gold = Files.createDirectories(corpus.resolve("gold"));
        for (String id : List.of("one", "two")) {
            Files.writeString(articles.resolve(id + ".txt"), "Ana Ortiz spoke.");
            Files.writeString(gold.resolve(id + ".json"), "{\"article\": \"" + id + ".txt\", \"persons\": [{\"name\": \"Ana Ortiz\"}]}");
        }
        Files.writeString(corpus.resolve("split.tsv"), "article\tgenre\toutlet\tsplit\none.txt\tminutes\tcity\tdev\ntwo.txt\tminutes\tcounty\ttest\n");
        List<String> built = new ArrayList<>();
        EvalCommand cmd = new EvalCommand();
        cmd.builder = articlesDir -> {
            try (var files = Files.list(articlesDir)) {
                files.forEach(f -> built.add(f.getFileName().toString()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return DatasetFactory.createTxnMem();
        };
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = new CommandLine(cmd).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("--articles", articles.toString(), "--gold", gold.toString(), "--split", "test");
        assertEquals(0, code, err.toString());
        assertEquals(List.of("two.txt"), built);
        // nothing extracted: the one gold person of the one test article is missed
        assertTrue(out.toString().contains("| minutes | plenary | 1 | 0.00 |"), out.toString());
        assertTrue(out.toString().contains("Total over 1 article(s)"), out.toString());
    }

    @Test
    void aBadSplitLineIsAnErrorNamingFileAndLine() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("a")), gold = Files.createDirectories(dir.resolve("g"));
        Path split = Files.writeString(dir.resolve("s.tsv"), "one.txt\tminutes\tcity\tdev\ntwo.txt\tminutes\n");
        StringWriter err = new StringWriter();
        int code = new CommandLine(new EvalCommand()).setErr(new PrintWriter(err)).execute("--articles", articles.toString(),
                "--gold", gold.toString(), "--split", "dev", "--split-file", split.toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("plenary eval: " + split + ":2: expected 4 tab-separated columns"), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }

    @Test
    void anUnknownSideOrBaselineIsRefused() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")), g = Files.createDirectories(dir.resolve("g"));
        StringWriter err = new StringWriter();
        assertEquals(2, new CommandLine(new EvalCommand()).setErr(new PrintWriter(err))
                .execute("--articles", a.toString(), "--gold", g.toString(), "--split", "train"));
        assertTrue(err.toString().contains("--split must be dev or test, not \"train\""), err.toString());
        assertEquals(2, new CommandLine(new EvalCommand()).setErr(new PrintWriter(err))
                .execute("--articles", a.toString(), "--gold", g.toString(), "--baseline", "spacy"));
        assertTrue(err.toString().contains("unknown baseline \"spacy\""), err.toString());
    }
}
