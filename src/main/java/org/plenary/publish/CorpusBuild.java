package org.plenary.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.plenary.compare.ClaimComparison;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.ArticleExtractor;
import org.plenary.extract.NlpPipeline;
import org.plenary.graph.BuildRecord;
import org.plenary.graph.IriScheme;
import org.plenary.graph.Ontology;
import org.plenary.graph.ResolutionGraph;
import org.plenary.graph.ShapesValidator;
import org.plenary.graph.SourceGraph;
import org.plenary.graph.Validation;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleException;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;
import org.plenary.link.LinkTable;
import org.plenary.link.LinkableEntity;
import org.plenary.link.ReferenceGraph;
import org.plenary.link.WikidataLinker;
import org.plenary.resolve.EntityResolver;
import org.plenary.resolve.NameMatcher;
import org.plenary.resolve.Resolution;
import org.plenary.resolve.ResolvedEntity;

/**
 * The whole journey for a folder of articles: read, extract (one article per task, on all cores), resolve across
 * articles, write every graph, validate the result against the SHACL shapes, and only then publish it as a new
 * database generation. A file that is not an article is reported by name and skipped; the others still build.
 */
public final class CorpusBuild {
    private final Path articles;
    private final IriScheme iris;
    private final PrintStream progress;
    private final boolean verbose;
    private final int threads;
    private final Path referenceDir;
    private final Path linkTable;

    private CorpusBuild(Builder b) {
        this.articles = b.articles;
        this.iris = b.iris;
        this.progress = b.progress;
        this.verbose = b.verbose;
        this.threads = b.threads;
        this.referenceDir = b.referenceDir;
        this.linkTable = b.linkTable;
    }

    public static Builder create() { return new Builder(); }

    /** What a build produced: the quads (validated), the articles read and the files that were refused. */
    public record Result(DatasetGraph dataset, List<Article> articles, List<ArticleExtraction> extractions,
                         Resolution resolution, List<String> refused) {}

    /** Builds into memory and validates; throws {@link PlenaryException} with the SHACL report on a violation. */
    public Result build() {
        Instant started = Instant.now();
        List<Path> files = articleFiles(articles);
        SourceCatalogue catalogue = SourceCatalogue.forDirectory(articles);
        ArticleReader reader = new ArticleReader(catalogue);
        List<Article> read = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path f : files) {
            try {
                read.add(reader.read(f));
            } catch (ArticleException e) {
                refused.add(e.getMessage());
                progress.println("skipped " + e.getMessage());
            }
        }
        List<ArticleExtraction> extractions = extractAll(read);
        Resolution resolution = new EntityResolver(NameMatcher.standard()).resolve(extractions);

        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            StreamRDF out = StreamRDFLib.dataset(dsg);
            SourceGraph sources = new SourceGraph(iris, resolution);
            for (ArticleExtraction x : extractions) sources.write(x, out);
            new ResolutionGraph(iris).write(resolution, extractions, out);
            new BuildRecord(iris).write(read, started, Instant.now(), out);
            Graph ontology = Ontology.ontology();
            var g = NodeFactory.createURI(iris.ontologyGraph());
            ontology.find().forEachRemaining(t -> out.quad(org.apache.jena.sparql.core.Quad.create(g, t)));
            if (referenceDir != null && Files.isDirectory(referenceDir)) ReferenceGraph.load(referenceDir, iris, out);
            if (linkTable != null && Files.exists(linkTable)) link(resolution, out);
        });
        // compare the claims of the graphs just written (sources, reference) into graph/conflicts
        Txn.executeWrite(dsg, () -> ClaimComparison.create().iris(iris).build().compareInto(dsg));
        Validation v = Txn.calculateRead(dsg, () -> ShapesValidator.plenary().validate(dsg));
        if (!v.conforms()) throw new PlenaryException("The build's output does not conform to ontology/shapes.ttl:\n" + v.report());
        return new Result(dsg, read, extractions, resolution, refused);
    }

    /** Builds and publishes into the database; what was published before stays until the new one is complete. */
    public Result buildInto(PlenaryDatabase db) {
        Result r = build();
        Txn.executeRead(r.dataset(), () -> db.replace(out -> r.dataset().find().forEachRemaining(out::quad)));
        return r;
    }

    private void link(Resolution resolution, StreamRDF out) {
        NameMatcher names = NameMatcher.standard();
        List<LinkableEntity> entities = new ArrayList<>();
        for (ResolvedEntity e : resolution.distinctEntities())
            entities.add(new LinkableEntity(iris.entity(e.kind(), e.id()), e.kind(), e.name(), e.altNames()));
        WikidataLinker linker = WikidataLinker.create().table(LinkTable.read(linkTable))
                .nameScorer((a, b) -> Math.max(names.compareOrganizations(a, b).score(), names.key(a).equals(names.key(b)) ? 1.0 : 0.0))
                .build();
        WikidataLinker.writeTo(out, iris, linker.link(entities));
    }

    private List<ArticleExtraction> extractAll(List<Article> read) {
        if (read.isEmpty()) return List.of();
        long t0 = System.nanoTime();
        if (verbose) progress.println("loading NLP models (CoreNLP) ...");
        ArticleExtractor extractor = new ArticleExtractor(NlpPipeline.shared());
        if (verbose) progress.printf(Locale.ROOT, "models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, read.size())));
        try {
            List<Future<ArticleExtraction>> futures = new ArrayList<>();
            for (Article a : read) futures.add(pool.submit(() -> extractor.extract(a)));
            List<ArticleExtraction> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                long t = System.nanoTime();
                ArticleExtraction x = futures.get(i).get();
                out.add(x);
                progress.printf(Locale.ROOT, "[%d/%d] %s: %d entities, %d statements, %d roles, %d participations%n",
                        i + 1, read.size(), x.article().fileName(), x.entities().size(), x.statements().size(),
                        x.roles().size(), x.participations().size());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlenaryException("build interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            throw new PlenaryException("extraction failed: " + c);
        } finally {
            pool.shutdownNow();
        }
    }

    public static List<Path> articleFiles(Path dir) {
        if (!Files.isDirectory(dir)) throw new PlenaryException("--articles " + dir + ": not a directory");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(ArticleReader::isArticleFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Builder {
        private Path articles;
        private IriScheme iris = IriScheme.defaults();
        private PrintStream progress = System.out;
        private boolean verbose;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path referenceDir;
        private Path linkTable;

        public Builder articles(Path dir) { this.articles = dir; return this; }
        public Builder iris(IriScheme iris) { this.iris = iris; return this; }
        public Builder progress(PrintStream p) { this.progress = p; return this; }
        public Builder verbose(boolean v) { this.verbose = v; return this; }
        public Builder threads(int n) { this.threads = n; return this; }
        /** Reference facts (Turtle files) loaded into the reference graph. */
        public Builder reference(Path dir) { this.referenceDir = dir; return this; }
        /** The offline Wikidata link table. */
        public Builder links(Path table) { this.linkTable = table; return this; }
        public CorpusBuild build() {
            if (articles == null) throw new IllegalStateException("articles directory not set");
            return new CorpusBuild(this);
        }
    }
}
