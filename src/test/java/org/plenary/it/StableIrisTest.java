package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.graph.IriScheme;
import org.plenary.build.CorpusBuild;

/** The same input gives the same IRIs; adding an article renames nothing already published. */
class StableIrisTest {
    @TempDir Path dir;

    private static DatasetGraph build(Path articles) {
        return CorpusBuild.create().articles(articles).progress(new PrintStream(PrintStream.nullOutputStream())).build().build().dataset();
    }

    /** Every resource IRI in the data, except the build record (which carries the time). */
    private static Set<String> resources(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        String base = IriScheme.defaults().base() + "id/";
        dsg.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getSubject(), q.getObject()})
                if (n.isURI() && n.getURI().startsWith(base) && !n.getURI().startsWith(base + "build/")) out.add(n.getURI());
        });
        return out;
    }

    @Test
    void rebuildingTheSameArticlesGivesTheSameIris() {
        assertEquals(resources(build(SeedCorpus.ARTICLES)), resources(build(SeedCorpus.ARTICLES)));
    }

    @Test
    void addingAnArticleRenamesNothingAlreadyPublished() throws Exception {
        Path both = Files.createDirectories(dir.resolve("articles"));
        for (Path f : CorpusBuild.articleFiles(SeedCorpus.ARTICLES)) Files.copy(f, both.resolve(f.getFileName()));
        Files.copy(SeedCorpus.ARTICLES.resolve("../sources.ttl").normalize(), both.resolve("sources.ttl"));
        Set<String> before = resources(build(both));
        Files.copy(Path.of("data/eval/articles/whitehouse-2022-09-biden-guterres-unga.txt"), both.resolve("whitehouse-2022-09-biden-guterres-unga.txt"));
        DatasetGraph after = build(both);
        Set<String> now = resources(after);
        Set<String> aliases = new TreeSet<>();
        after.find(Node.ANY, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> aliases.add(q.getSubject().getURI()));
        for (String iri : before) {
            // an entity's IRI may be kept, or keep resolving as an alias (owl:sameAs) of the one kept
            assertTrue(now.contains(iri) || aliases.contains(iri), iri + " disappeared");
        }
    }
}
