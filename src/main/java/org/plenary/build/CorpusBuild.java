package org.plenary.build;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
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
import org.plenary.extract.ExtractorByLanguage;
import org.plenary.extract.ModelLanguage;
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
import org.plenary.ingest.ArticleFormat;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.FetchArchive;
import org.plenary.ingest.SourceCatalogue;
import org.plenary.link.EntityDataCache;
import org.plenary.link.LinkTable;
import org.plenary.link.LinkedItemLabels;
import org.plenary.link.LinkableEntity;
import org.plenary.link.ReferenceGraph;
import org.plenary.link.WikidataLinker;
import org.plenary.resolve.EntityResolver;
import org.plenary.resolve.KnownIds;
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
    private final Path entityData;
    private final Function<Article, ArticleExtraction> extractor;
    private final String extractorId;
    private final Path cacheDir;
    private final boolean cacheInDatabase;
    private final Progress listener;

    /**
     * What a build reports while it extracts, for a command line to show (a progress bar, a time left). The
     * default prints a line per article on the build's progress stream.
     */
    public interface Progress {
        /** The language models are about to load: tens of seconds without other news. */
        void loadingModels();
        /** The models loaded, in {@code nanos}. */
        void modelsLoaded(long nanos);
        /** Article {@code done} of {@code total} is extracted ({@code cached}: found in the extraction cache). */
        void extracted(int done, int total, ArticleExtraction x, boolean cached);
    }
    private final boolean allowShrink;

    private CorpusBuild(Builder b) {
        this.articles = b.articles;
        this.iris = b.iris;
        this.progress = b.progress;
        this.verbose = b.verbose;
        this.threads = b.threads;
        this.referenceDir = b.referenceDir;
        this.linkTable = b.linkTable;
        this.entityData = b.entityData;
        this.extractor = b.extractor;
        this.extractorId = b.extractorId;
        this.cacheDir = b.cacheDir;
        this.cacheInDatabase = b.cacheInDatabase;
        this.listener = b.listener != null ? b.listener : new Lines(b.progress, b.verbose);
        this.allowShrink = b.allowShrink;
    }

    /** The default {@link Progress}: a line per article, and with --verbose the models' loading time. */
    private record Lines(PrintStream out, boolean verbose) implements Progress {
        @Override public void loadingModels() {
            if (verbose) out.println("loading NLP models (CoreNLP) ...");
        }

        @Override public void modelsLoaded(long nanos) {
            if (verbose) out.printf(Locale.ROOT, "models loaded in %.1f s%n", nanos / 1e9);
        }

        @Override public void extracted(int done, int total, ArticleExtraction x, boolean cached) {
            out.printf(Locale.ROOT, "[%d/%d] %s: %d entities, %d statements, %d roles, %d participations%s%n",
                    done, total, x.article().fileName(), x.entities().size(), x.statements().size(),
                    x.roles().size(), x.participations().size(), cached ? " (cached)" : "");
        }
    }

    public static Builder create() { return new Builder(); }

    /**
     * What a build produced: the quads (validated), the articles read and the files that were refused, and how
     * {@link #buildInto} published them (empty for {@link #build}).
     */
    public record Result(DatasetGraph dataset, List<Article> articles, List<ArticleExtraction> extractions,
                         Resolution resolution, List<String> refused, Optional<Destination.Published> publication) {
        Result published(Destination.Published p) {
            return new Result(dataset, articles, extractions, resolution, refused, Optional.of(p));
        }
    }

    /** Builds into memory and validates; throws {@link PlenaryException} with the SHACL report on a violation. */
    public Result build() {
        Optional<ExtractionCache> cache = Optional.ofNullable(cacheDir).map(this::cacheAt);
        Outcome o = compute(cache, KnownIds.NONE);
        long t = System.nanoTime();
        Validation v = ShapesValidator.plenary().validate(o.result().dataset());
        stage("validate (SHACL)", t);
        if (!v.conforms()) throw PlenaryException.nonConforming(v);
        cache.ifPresent(c -> keep(c, o));
        return o.result();
    }

    /** A build and the extractions it made afresh (to be cached once the build is published). */
    private record Outcome(Result result, List<ArticleExtraction> fresh) {}

    private ExtractionCache cacheAt(Path dir) {
        return extractorId == null ? ExtractionCache.standard(dir) : new ExtractionCache(dir, extractorId);
    }

    private static void keep(ExtractionCache cache, Outcome o) {
        cache.store(o.fresh());
        cache.retainOnly(o.result().articles());
    }

    private Outcome compute(Optional<ExtractionCache> cache, KnownIds known) {
        Instant started = Instant.now();
        List<Path> files = articleFiles(articles);
        SourceCatalogue catalogue = SourceCatalogue.forDirectory(articles);
        FetchArchive fetched = FetchArchive.forDirectory(articles);
        fetched.damage().ifPresent(d -> progress.println("warning: " + d + ": files fetched after them are read without where and when they were fetched"));
        ArticleReader reader = new ArticleReader(catalogue, fetched);
        List<Article> read = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String skip : skippedFiles(articles)) {
            refused.add(skip);
            progress.println("skipped " + skip);
        }
        for (Path f : files) {
            try {
                read.add(reader.read(f));
            } catch (ArticleException e) {
                refused.add(e.getMessage());
                progress.println("skipped " + e.getMessage());
            }
        }
        List<Article> extracted = new ArrayList<>();
        List<ArticleExtraction> fresh = new ArrayList<>();
        long t = System.nanoTime();
        List<ArticleExtraction> extractions = extractAll(read, cache, extracted, fresh, refused);
        t = stage("extract", t);
        Resolution resolution = new EntityResolver(NameMatcher.standard()).resolve(extractions, known);
        t = stage("resolve", t);

        List<Article> built = extracted; // what was read and extracted: the build's inputs
        // A plain in-memory dataset (hash-indexed graphs): writing the graphs and comparing claims are 2-4x faster
        // than in the transactional one, whose persistent maps were most of a 1,000-article rebuild (bench/RESULTS.md).
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Txn.executeWrite(dsg, () -> {
            StreamRDF out = StreamRDFLib.dataset(dsg);
            SourceGraph sources = new SourceGraph(iris, resolution);
            for (ArticleExtraction x : extractions) sources.write(x, out);
            new ResolutionGraph(iris).write(resolution, extractions, out);
            new BuildRecord(iris).write(built, started, Instant.now(), out);
            Graph ontology = Ontology.ontology();
            var g = NodeFactory.createURI(iris.ontologyGraph());
            ontology.find().forEachRemaining(tr -> out.quad(org.apache.jena.sparql.core.Quad.create(g, tr)));
            if (referenceDir != null && Files.isDirectory(referenceDir)) ReferenceGraph.load(referenceDir, iris, out);
            if (linkTable != null && Files.exists(linkTable)) link(resolution, out);
        });
        t = stage("write graphs", t);
        // compare the claims of the graphs just written (sources, reference) into graph/conflicts
        Txn.executeWrite(dsg, () -> ClaimComparison.create().iris(iris).build().compareInto(dsg));
        stage("compare claims", t);
        return new Outcome(new Result(dsg, built, extractions, resolution, refused, Optional.empty()), fresh);
    }

    /**
     * Builds, validates and publishes into the database; what was published before stays until the new one is
     * complete. Only the graphs that changed since the published generation are written ({@link Destination#publish}).
     */
    public Result buildInto(Destination db) {
        Path dir = cacheDir != null ? cacheDir : cacheInDatabase ? db.extractionCache() : null;
        Optional<ExtractionCache> cache = Optional.ofNullable(dir).map(this::cacheAt);
        Path ids = db.entityIds();
        Outcome o = compute(cache, KnownIds.read(ids));
        Result r = o.result();
        if (!allowShrink) refuseShrinking(db, r, ids);
        long t = System.nanoTime();
        Destination.Published p = db.publish(r.dataset(), ShapesValidator.plenary());
        stage("validate and publish: " + p.summary(), t);
        // Each written whole or not at all: a failure leaves the previous build's file or entries as they were.
        List<String> unwritten = new ArrayList<>();
        try {
            KnownIds.of(r.resolution(), r.extractions()).write(ids);
        } catch (IOException e) {
            deleteQuietly(ids.resolveSibling(ids.getFileName() + ".part"));
            unwritten.add("the entity ids " + ids + " (" + e.getMessage() + "; the previous build's stay)");
        }
        // Only after publishing: a database directory holds nothing but generations until its first one exists.
        try {
            cache.ifPresent(c -> keep(c, o));
        } catch (UncheckedIOException | org.apache.jena.atlas.RuntimeIOException e) {
            unwritten.add("the extraction cache (" + e.getMessage() + "; the next build extracts those articles again)");
        }
        if (!unwritten.isEmpty())
            throw new PlenaryException("published " + db.currentLink().map(Path::toString).orElse("a new generation")
                    + " of " + db.location() + ", but could not write " + String.join(" nor ", unwritten));
        return r.published(p);
    }

    /**
     * Refuses a build that would publish no article, or lose more than half of the published generation's articles
     * (by article id, so a changed {@code --base} is no loss): an empty folder, a mistyped path or a catalogue that
     * makes every article fail must not replace what was published, nor the id table and cache that keep IRIs stable.
     * Runs before anything is written.
     */
    private void refuseShrinking(Destination db, Result r, Path ids) {
        Set<String> now = new HashSet<>();
        for (Article a : r.articles()) now.add(a.id());
        Optional<Set<String>> before = publishedArticleIds(db, ids);
        String why;
        if (now.isEmpty()) {
            why = "it has no article: " + (r.refused().isEmpty() ? articles + " holds no article file (" + ArticleFormat.supported() + ")"
                    : "all " + r.refused().size() + " files were refused (first: " + r.refused().get(0) + ")");
        } else if (before.isPresent()) {
            Set<String> lost = new TreeSet<>(before.get());
            lost.removeAll(now);
            if (lost.size() * 2 <= before.get().size()) return;
            why = "it would lose " + lost.size() + " of the " + before.get().size() + " published articles ("
                    + String.join(", ", lost.stream().limit(3).toList()) + (lost.size() > 3 ? ", ..." : "") + ")"
                    + (r.refused().isEmpty() ? "" : "; " + r.refused().size() + " files were refused (first: " + r.refused().get(0) + ")");
        } else {
            return;
        }
        String kept = db.currentLink().map(g -> "the published generation (" + g + "), ").orElse("");
        throw new PlenaryException("refusing to publish " + db.location() + ": " + why + "; " + kept + ids.getFileName()
                + " and the extraction cache are unchanged (--allow-shrink publishes it anyway)");
    }

    /**
     * The article ids of the published generation: its source graphs (from its manifest), else the articles named in
     * the id table; empty when nothing says.
     */
    private Optional<Set<String>> publishedArticleIds(Destination db, Path ids) {
        String marker = "/" + iris.sourceGraph("").substring(iris.base().length()); // "/graph/source/", whatever the base
        Optional<Set<String>> graphs = db.publishedGraphs();
        if (graphs.isPresent()) {
            Set<String> out = new HashSet<>();
            for (String g : graphs.get()) {
                int at = g.lastIndexOf(marker);
                if (at >= 0) out.add(g.substring(at + marker.length()));
            }
            return Optional.of(out);
        }
        if (!db.exists()) return Optional.empty();
        Set<String> out = new HashSet<>();
        for (String key : KnownIds.read(ids).byMention().keySet()) out.add(key.substring(0, Math.max(0, key.indexOf('\t'))));
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover .part is never read, and the next write replaces it
        }
    }

    /** With --verbose, how long a stage took (where a rebuild's time goes); returns the time now. */
    private long stage(String name, long since) {
        long now = System.nanoTime();
        if (verbose) progress.printf(Locale.ROOT, "%s: %.2f s%n", name, (now - since) / 1e9);
        return now;
    }

    private void link(Resolution resolution, StreamRDF out) {
        NameMatcher names = NameMatcher.standard();
        List<LinkableEntity> entities = new ArrayList<>();
        for (ResolvedEntity e : resolution.distinctEntities())
            entities.add(new LinkableEntity(iris.entity(e.kind(), e.id()), e.kind(), e.name(), e.altNames()));
        LinkTable table = LinkTable.read(linkTable);
        WikidataLinker linker = WikidataLinker.create().table(table)
                .nameScorer((a, b) -> Math.max(names.compareOrganizations(a, b).score(), names.key(a).equals(names.key(b)) ? 1.0 : 0.0))
                .build();
        List<org.plenary.link.Link> links = linker.link(entities);
        WikidataLinker.writeTo(out, iris, links);
        EntityDataCache cache = entityData != null ? EntityDataCache.at(entityData) : EntityDataCache.besideTable(linkTable);
        try {
            LinkedItemLabels.Count named = LinkedItemLabels.writeTo(out, iris, links, table, cache);
            if (verbose) progress.printf(Locale.ROOT, "linked items named: %d from cached entity data (%s), %d from the link table%n",
                    named.fromCache(), cache.dir(), named.fromTable());
        } catch (EntityDataCache.EntityDataException e) {
            throw new PlenaryException(e.getMessage(), e);
        }
    }

    /**
     * Extracts every article not in the cache, one per task. An article whose extraction fails is reported by name
     * in {@code refused} and left out; the others still build. {@code extracted} receives the articles kept, in order.
     */
    private List<ArticleExtraction> extractAll(List<Article> read, Optional<ExtractionCache> cache, List<Article> extracted,
                                               List<ArticleExtraction> fresh, List<String> refused) {
        if (read.isEmpty()) return List.of();
        List<Optional<ArticleExtraction>> cached = new ArrayList<>();
        for (Article a : read) cached.add(cache.flatMap(c -> c.lookup(a)));
        long misses = cached.stream().filter(Optional::isEmpty).count();
        Function<Article, ArticleExtraction> fn = misses == 0 ? null : extractor();
        ExecutorService pool = Executors.newFixedThreadPool((int) Math.max(1, Math.min(threads, misses)));
        try {
            List<Future<ArticleExtraction>> futures = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                Article a = read.get(i);
                futures.add(cached.get(i).isPresent() ? CompletableFuture.completedFuture(cached.get(i).get())
                        : pool.submit(() -> fn.apply(a)));
            }
            List<ArticleExtraction> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                Article a = read.get(i);
                ArticleExtraction x;
                try {
                    x = futures.get(i).get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    String why = a.fileName() + ": extraction failed: " + c;
                    refused.add(why);
                    progress.println("skipped " + why);
                    continue;
                }
                x.notice().ifPresent(n -> progress.println(a.fileName() + ": " + n));
                boolean hit = cached.get(i).isPresent();
                // an article refused because its language's models are missing is read again once they are installed
                boolean modelsMissing = x.language().flatMap(ModelLanguage::of).filter(l -> !l.installed()).isPresent();
                if (!hit && !modelsMissing) fresh.add(x);
                extracted.add(a);
                out.add(x);
                listener.extracted(i + 1, read.size(), x, hit);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlenaryException("build interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    private Function<Article, ArticleExtraction> extractor() {
        if (extractor != null) return extractor;
        long t0 = System.nanoTime();
        listener.loadingModels();
        // English models load now; those of another language when its first article appears
        ExtractorByLanguage standard = new ExtractorByLanguage(new ArticleExtractor(NlpPipeline.shared()), verbose ? progress::println : null);
        listener.modelsLoaded(System.nanoTime() - t0);
        return standard::extract;
    }

    public static List<Path> articleFiles(Path dir) {
        if (!Files.isDirectory(dir)) throw new PlenaryException("--articles " + dir + ": not a directory");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(ArticleReader::isArticleFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files of an articles folder that are not articles, each as "file: why" (an unsupported format, a folder, a
     * hidden file), so that none is passed over unnamed. The catalogue ({@code sources.ttl}) and the fetch archive
     * ({@code fetched.warc.gz}) are not among them.
     */
    public static List<String> skippedFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals(SourceCatalogue.FILE_NAME) && !FetchArchive.isArchive(p)).sorted()
                    .flatMap(p -> ArticleReader.skipReason(p).map(why -> p + ": " + why).stream()).toList();
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
        private Path entityData;
        private Function<Article, ArticleExtraction> extractor;
        private String extractorId;
        private Path cacheDir;
        private boolean cacheInDatabase = true;
        private Progress listener;
        private boolean allowShrink;

        public Builder articles(Path dir) { this.articles = dir; return this; }
        public Builder iris(IriScheme iris) { this.iris = iris; return this; }
        public Builder progress(PrintStream p) { this.progress = p; return this; }
        public Builder verbose(boolean v) { this.verbose = v; return this; }
        /** Reports the extraction's progress there instead of a line per article on the progress stream. */
        public Builder reporter(Progress p) { this.listener = p; return this; }
        public Builder threads(int n) { this.threads = n; return this; }
        /** Reference facts (Turtle files) loaded into the reference graph. */
        public Builder reference(Path dir) { this.referenceDir = dir; return this; }
        /** The offline Wikidata link table. */
        public Builder links(Path table) { this.linkTable = table; return this; }
        /** The cached Wikidata entity data naming linked items (default: {@code cache/} beside the link table). */
        public Builder entityData(Path dir) { this.entityData = dir; return this; }
        /**
         * Another extractor than CoreNLP's (benchmarks, tests); {@code id} names it in cache keys so that its results
         * never stand in for another extractor's.
         */
        public Builder extractor(String id, Function<Article, ArticleExtraction> extractor) {
            this.extractorId = id;
            this.extractor = extractor;
            return this;
        }
        /** Where extractions are cached; by default the extraction cache of the database {@link #buildInto} publishes to. */
        public Builder cache(Path dir) { this.cacheDir = dir; return this; }
        /** Extracts every article afresh and keeps no cache. */
        public Builder noCache() { this.cacheDir = null; this.cacheInDatabase = false; return this; }
        /**
         * Publish even a build with no article, or one that loses more than half of the published generation's
         * articles ({@code --allow-shrink}); refused by default.
         */
        public Builder allowShrink(boolean allow) { this.allowShrink = allow; return this; }
        public CorpusBuild build() {
            if (articles == null) throw new IllegalStateException("articles directory not set");
            return new CorpusBuild(this);
        }
    }
}
