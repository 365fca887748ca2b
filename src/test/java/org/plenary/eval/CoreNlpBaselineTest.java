package org.plenary.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.IriScheme;

/** CoreNLP out of the box on a real article, read back and scored by the same code as Plenary. */
class CoreNlpBaselineTest {
    @TempDir Path dir;

    @Test
    void aRealReleaseGivesQuotationsWithExactSpansAndPersonsButNoRolesOrMeetings() throws Exception {
        String id = "nz-govt-2019-11-peters-g20-foreign-ministers-nagoya";
        Path articles = Files.createDirectories(dir.resolve("articles")), gold = Files.createDirectories(dir.resolve("gold"));
        Files.copy(Path.of("data/eval/articles", id + ".txt"), articles.resolve(id + ".txt"));
        Files.copy(Path.of("data/eval/gold", id + ".json"), gold.resolve(id + ".json"));
        String text = Files.readString(articles.resolve(id + ".txt"));
        IriScheme iris = IriScheme.defaults();
        Dataset ds = new CoreNlpBaseline(iris).build(articles, new PrintStream(PrintStream.nullOutputStream()));

        ExtractedArticle x = Txn.calculateRead(ds, () -> new GraphReader(ds, iris).read(org.plenary.text.Slugs.slug(id)));
        assertTrue(x.persons().stream().anyMatch(p -> p.names().contains("Winston Peters")), x.persons().toString());
        assertFalse(x.statements().isEmpty(), "the release quotes the minister");
        for (ExtractedArticle.Statement s : x.statements()) {
            int b = text.offsetByCodePoints(0, s.start()), e = text.offsetByCodePoints(0, s.end());
            assertEquals(text.substring(b, e), s.exact(), "span offsets address the quotation's text");
            assertFalse("\"“”".indexOf(s.exact().charAt(0)) >= 0, "quotation marks are outside the span: " + s.exact());
        }
        assertEquals(List.of(), x.roles());
        assertEquals(List.of(), x.meetings());

        ScoreReport r = new Scorer().score(ds, iris, articles, gold);
        assertTrue(r.total(Scorer.PERSONS).tp() >= 1, r.render(false));
        assertTrue(r.total(Scorer.STATEMENTS).tp() >= 1, r.render(false));
        assertEquals(0, r.total(Scorer.ROLES).tp() + r.total(Scorer.ROLES).fp(), r.render(false));
        assertEquals(0, r.total(Scorer.PARTICIPATION).tp(), r.render(false));
    }
}
