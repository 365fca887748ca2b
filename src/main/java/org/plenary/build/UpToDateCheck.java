package org.plenary.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.plenary.graph.Prefixes;
import org.plenary.graph.BuildRecord;
import org.plenary.graph.IriScheme;
import org.plenary.ingest.ArticleReader;

/**
 * Whether a published dataset is the build of exactly these article files, by this version, for this base, as its
 * build record ({@code graph/build}) tells: building again would then publish the same quads, so {@code plenary} with
 * no command serves it as it is.
 */
public final class UpToDateCheck {
    private UpToDateCheck() {}

    /**
     * True when the build record of {@code published} names this base, this software version and the SHA-256 of
     * exactly the article files of {@code articles}. The article files are read first: one that cannot be read means
     * "build again" without opening the dataset.
     */
    public static boolean passes(Path articles, IriScheme iris, Supplier<Dataset> published) {
        Set<String> want = new HashSet<>();
        for (Path f : CorpusBuild.articleFiles(articles)) {
            try {
                want.add(ArticleReader.sha256(Files.readAllBytes(f)));
            } catch (IOException e) {
                return false;
            }
        }
        Dataset ds = published.get();
        if (!BuiltBase.of(ds).equals(Optional.of(iris.base()))) return false;
        String q = Prefixes.sparql("pl", "prov") + """
                SELECT ?sha ?version WHERE {
                  GRAPH ?g { ?b a pl:Build ; pl:softwareVersion ?version OPTIONAL { ?b prov:used ?s . ?s pl:sha256 ?sha } }
                }""";
        Set<String> have = new HashSet<>();
        Set<String> versions = new HashSet<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    if (s.contains("sha")) have.add(s.getLiteral("sha").getString());
                    versions.add(s.getLiteral("version").getString());
                });
            }
        });
        return have.equals(want) && versions.equals(Set.of(BuildRecord.VERSION));
    }
}
