package org.plenary.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.ArticleExtractor;
import org.plenary.extract.NlpPipeline;
import org.plenary.extract.ParsedText;
import org.plenary.graph.IriScheme;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;
import org.plenary.build.CorpusBuild;
import org.plenary.store.DumpWriter;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;

/**
 * Plenary's benchmarks against baselines measured in the same run and JVM: {@code load} (Plenary's TDB2 write vs
 * Jena's tdb2.tdbloader on the same N-Quads), {@code extract} (Plenary's extraction vs CoreNLP's bare annotate on
 * the same text; peak heap of a 10,000-word article), {@code serve} (Plenary's server vs a bare Fuseki on the same
 * TDB2 dataset, 32 clients), {@code scale} (a synthetic graph of --triples quads: load, size, query latency).
 */
public final class BenchMain {
    static final Path WORK = Path.of("target/bench");
    static final PrintStream OUT = System.out;
    static long triples = 1_000_000;
    static int seconds = 10;
    static int reps = 3;
    static int clients = 32;
    /** Corpus sizes of the incremental-rebuild benchmark. */
    static List<Integer> articleCounts = List.of(100, 1000);
    /** Whether --triples was given: then peers and soak run on the synthetic graph instead of the seed build. */
    static boolean triplesGiven;

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1); // servers and client pools would keep the JVM alive
        }
    }

    static void run(String[] args) throws Exception {
        List<String> what = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--triples" -> { triples = Long.parseLong(args[++i].replace("_", "")); triplesGiven = true; }
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--articles" -> articleCounts = java.util.Arrays.stream(args[++i].split(",")).map(x -> Integer.parseInt(x.replace("_", ""))).toList();
                default -> what.add(args[i]);
            }
        }
        if (what.isEmpty() || what.contains("all")) what = List.of("extract", "load", "serve", "scale");
        Files.createDirectories(WORK);
        OUT.printf(Locale.ROOT, "# Plenary benchmarks %s; java %s; %d cores; max heap %d MiB%n", what,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (String w : what) {
            switch (w) {
                case "extract" -> extract();
                case "load" -> { if (triplesGiven) load(syntheticNq(), "synthetic " + triples, false); else load(seedNq(), "seed", true); }
                case "serve" -> serve(seedDb(), "seed");
                case "pages" -> PagesBench.run(seedDb());
                case "scale" -> scale();
                case "peers" -> Peers.run(triplesGiven ? syntheticDb() : seedDb(), triplesGiven ? "synthetic " + triples : "seed", Math.max(5, reps));
                case "soak" -> Soak.run(triplesGiven ? syntheticDb() : seedDb(), triplesGiven ? "synthetic " + triples : "seed");
                case "reliability" -> Reliability.run(triplesGiven ? syntheticDb() : seedDb(), triplesGiven ? "synthetic " + triples : "seed");
                case "heap" -> heap();
                case "incremental" -> IncrementalBench.run(articleCounts);
                case "conflicts" -> ConflictsBench.run(seedDb(), reps);
                default -> throw new IllegalArgumentException("unknown benchmark " + w);
            }
        }
    }

    // ---------------------------------------------------------------- seed build (cached extractions)

    static PlenaryDatabase seed;

    static PlenaryDatabase seedDb() {
        if (seed != null) return seed;
        seed = PlenaryDatabase.at(WORK.resolve("seed-db"));
        long t0 = System.nanoTime();
        CorpusBuild.create().articles(Path.of("data/articles")).progress(new PrintStream(PrintStream.nullOutputStream()))
                .reference(Path.of("data/reference")).links(Path.of("data/wikidata/links.tsv")).build().buildInto(seed);
        OUT.printf(Locale.ROOT, "seed build (data/articles, extraction cache in %s): %.1f s%n", seed.location(), secs(t0));
        return seed;
    }

    static Path seedNq() { return seedDb().currentDumps().orElseThrow().resolve(DumpWriter.NQUADS); }

    // ---------------------------------------------------------------- extraction speed and heap

    static void extract() throws IOException {
        OUT.println("\n## extract: Plenary extraction vs CoreNLP bare annotate, same text, same JVM (median of " + reps + ")");
        long t0 = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.shared();
        ArticleExtractor extractor = new ArticleExtractor(nlp);
        OUT.printf(Locale.ROOT, "CoreNLP models loaded in %.1f s%n", secs(t0));
        List<Article> articles = articles();
        for (Article a : articles.subList(0, Math.min(3, articles.size()))) { extractor.extract(a); annotate(nlp, a); } // warm up
        double plenaryTotal = 0, bareTotal = 0;
        OUT.println("| article | words | Plenary ms | CoreNLP annotate ms | ratio |");
        OUT.println("|---|---:|---:|---:|---:|");
        for (Article a : articles) {
            Stats p = new Stats(), b = new Stats();
            for (int r = 0; r < reps; r++) {
                long t = System.nanoTime(); annotate(nlp, a); b.add(ms(t));
                t = System.nanoTime(); extractor.extract(a); p.add(ms(t));
            }
            plenaryTotal += p.median(); bareTotal += b.median();
            OUT.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f |%n", a.fileName(), words(a.text()), p.median(), b.median(), p.median() / b.median());
        }
        OUT.printf(Locale.ROOT, "extract: all %d articles: Plenary %.0f ms, CoreNLP annotate %.0f ms, ratio %.2f (target <= 1.3)%n",
                articles.size(), plenaryTotal, bareTotal, plenaryTotal / bareTotal);
        bigArticle(nlp, extractor, articles);
    }

    static List<Article> articles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("data/articles"), Path.of("data/eval/articles")))
            try (Stream<Path> s = Files.list(dir)) { files.addAll(s.filter(ArticleReader::isArticleFile).sorted().toList()); }
        List<Article> articles = new ArrayList<>();
        for (Path f : files) articles.add(new ArticleReader(SourceCatalogue.forDirectory(f.getParent())).read(f));
        return articles;
    }

    /**
     * Only the 10,000-word article, in a JVM of its own: run with {@code BENCH_JAVA_OPTS=-Xmx2g} to show that
     * models and extraction fit a 2 GiB heap (an OutOfMemoryError fails the run).
     */
    static void heap() throws IOException {
        OUT.printf(Locale.ROOT, "%n## heap: the 10,000-word article alone, max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.shared();
        ArticleExtractor extractor = new ArticleExtractor(nlp);
        OUT.printf(Locale.ROOT, "CoreNLP models loaded in %.1f s%n", secs(t0));
        List<Article> articles = articles();
        extractor.extract(articles.get(0)); // warm up
        bigArticle(nlp, extractor, articles);
        System.gc();
        OUT.printf(Locale.ROOT, "heap: after the article and a full GC %d MiB used; GC: %s%n", heapUsed() >> 20, gcSummary());
    }

    static String gcSummary() {
        StringBuilder b = new StringBuilder();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans())
            b.append(b.length() == 0 ? "" : ", ").append(gc.getName()).append(' ').append(gc.getCollectionCount()).append(" collections ")
                    .append(gc.getCollectionTime()).append(" ms");
        return b.toString();
    }

    static void bigArticle(NlpPipeline nlp, ArticleExtractor extractor, List<Article> articles) throws IOException {
        // A 10,000-word article: eval articles' bodies one after another under one title.
        StringBuilder big = new StringBuilder("Council hearing: long report\n\n");
        for (int i = 0; words(big.toString()) < 10_000; i++) {
            String t = articles.get(i % articles.size()).text();
            big.append(t.substring(t.indexOf('\n') + 1)).append("\n\n");
        }
        Path f = Files.writeString(WORK.resolve("ten-thousand-words.txt"), big);
        Article a = new ArticleReader(SourceCatalogue.empty()).read(f);
        System.gc();
        long baseline = heapUsed();
        resetPeaks();
        long committedBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        long t = System.nanoTime();
        ArticleExtraction x = extractor.extract(a);
        double extractMs = ms(t);
        long peak = heapPeak();
        t = System.nanoTime(); annotate(nlp, a); double bareMs = ms(t);
        OUT.printf(Locale.ROOT, "extract: %d-word article: Plenary %.1f s, CoreNLP annotate %.1f s (ratio %.2f); %d statements; "
                        + "heap after GC before it %d MiB (models), peak during it %d MiB (target <= 2048 MiB)%n",
                words(a.text()), extractMs / 1000, bareMs / 1000, extractMs / bareMs, x.statements().size(), baseline >> 20, peak >> 20);
        OUT.printf(Locale.ROOT, "extract: heap committed before %d MiB, now %d MiB, max %d MiB%n", committedBefore >> 20,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    static void annotate(NlpPipeline nlp, Article a) {
        String date = a.metadata().published().filter(p -> p.length() == 10).orElse(null);
        nlp.annotate(ParsedText.prose(a, true), date);
    }

    static long heapUsed() { return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory(); }

    static void resetPeaks() { ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage); }

    /** Sum of the heap pools' peaks since the reset (an upper bound on the peak of their sum). */
    static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    static int words(String s) { return s.isBlank() ? 0 : s.trim().split("\\s+").length; }

    // ---------------------------------------------------------------- load

    /** Returns the median Plenary load seconds. */
    static double load(Path nq, String label, boolean publish) throws Exception {
        long quads;
        try (Stream<String> lines = Files.lines(nq)) { quads = lines.filter(l -> !l.isBlank()).count(); }
        OUT.printf(Locale.ROOT, "%n## load (%s): %,d quads from %s; Plenary's write vs tdb2.tdbloader (median of %d, alternating)%n",
                label, quads, nq, reps);
        Stats plenaryTdb = new Stats(), plenaryPublish = new Stats(), jena = new Stats(), pairRatios = new Stats();
        long size = 0;
        // r = -1 warms up and is not counted; above a few million quads the JIT is warm after the first seconds anyway
        for (int r = quads > 2_000_000 ? 0 : -1; r < reps; r++) {
            // Plenary's write path (PlenaryDatabase.replace without text index and dumps): its bulk load of a new
            // generation; and Jena's bulk loader (default, phased) on the same file. Which goes first alternates, so that
            // neither always inherits the other's dirty pages or garbage.
            Path d1 = fresh("load-plenary-" + r), d2 = fresh("load-jena-" + r);
            double[] last = new double[2];
            for (int k = 0; k < 2; k++) {
                boolean plenaryTurn = (k == 0) == (r % 2 == 0);
                sync(); // each load starts with no dirty pages of the previous one still to write back
                long t = System.nanoTime();
                if (plenaryTurn) {
                    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(d1));
                    PlenaryDatabase.bulkLoad(dsg, out -> RDFParser.source(nq).lang(Lang.NQUADS).parse(out));
                    last[0] = ms(t);
                    TDBInternal.expel(dsg);
                } else {
                    tdb2.tdbloader.main("--loc", d2.toString(), nq.toString());
                    last[1] = ms(t);
                    TDBInternal.expel(DatabaseMgr.connectDatasetGraph(Location.create(d2)));
                }
            }
            size = du(d1);
            if (r >= 0) {
                plenaryTdb.add(last[0]);
                jena.add(last[1]);
                pairRatios.add(last[1] / last[0]);
            }
            OUT.printf(Locale.ROOT, "load: %s (%s first): Plenary %.2f s, tdbloader %.2f s, load average %.1f%n", r < 0 ? "warm-up" : "rep " + r,
                    r % 2 == 0 ? "Plenary" : "tdbloader", last[0] / 1000, last[1] / 1000,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (Path p : List.of(d1, d2)) delete(p);
            if (!publish) continue; // the caller publishes once and reports it
            // Plenary's whole publish step: new generation, the same write, six dumps and checksums, the swap.
            Path d3 = fresh("load-publish-" + r);
            PlenaryDatabase db = PlenaryDatabase.at(d3);
            long t = System.nanoTime();
            db.replace(out -> RDFParser.source(nq).lang(Lang.NQUADS).parse(out));
            if (r >= 0) plenaryPublish.add(ms(t));
            db.currentGeneration().ifPresent(db::release);
            delete(d3);
        }
        OUT.printf(Locale.ROOT, "load: Plenary TDB2 write %.2f s (%,.0f quads/s); tdb2.tdbloader %.2f s (%,.0f quads/s); "
                        + "ratio (Plenary throughput / tdbloader) %.2f (target >= 0.8)%n",
                plenaryTdb.median() / 1000, quads / (plenaryTdb.median() / 1000), jena.median() / 1000, quads / (jena.median() / 1000),
                jena.median() / plenaryTdb.median());
        OUT.printf(Locale.ROOT, "load: ratio within each pair of runs: median %.2f, min %.2f, max %.2f%n", pairRatios.median(),
                pairRatios.percentile(0), pairRatios.percentile(100));
        if (publish)
            OUT.printf(Locale.ROOT, "load: Plenary full publish (write + text index + dumps in 3 formats x2 + checksums + swap) %.2f s%n",
                    plenaryPublish.median() / 1000);
        OUT.printf(Locale.ROOT, "load: TDB2 size %d MiB%n", size >> 20);
        return plenaryTdb.median() / 1000;
    }

    // ---------------------------------------------------------------- serve

    record Q(String name, String text) {}

    static List<Q> mix(Dataset ds) throws IOException {
        List<Q> qs = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList())
                qs.add(new Q(p.getFileName().toString(), Files.readString(p)));
        }
        // Resource lookups: everything said about an entity, a statement or a source.
        List<String> iris = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                    PREFIX pl: <https://w3id.org/plenary/ontology#>
                    SELECT DISTINCT ?s { { ?s a pl:Person } UNION { ?s a pl:Statement } UNION { ?s a pl:Organization } } LIMIT 200""").build()) {
                qe.execSelect().forEachRemaining(r -> iris.add(r.getResource("s").getURI()));
            }
        });
        for (String iri : iris) qs.add(new Q("lookup", "SELECT ?p ?o { <" + iri + "> ?p ?o }"));
        return qs;
    }

    static void serve(PlenaryDatabase db, String label) throws Exception {
        Dataset ds = db.open();
        List<Q> mix = mix(ds);
        OUT.printf(Locale.ROOT, "%n## serve (%s): %d clients, %d s per run, %d queries/*.rq + %d resource lookups; Plenary vs bare Fuseki, same TDB2 dataset%n",
                label, clients, seconds, mix.stream().filter(q -> !q.name().equals("lookup")).count(),
                mix.stream().filter(q -> q.name().equals("lookup")).count());
        long t0 = System.nanoTime();
        PlenaryServer plenary = PlenaryServer.create().database(db).port(0).build().start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(clients)).build();
        waitPing(http, "http://localhost:" + plenary.port() + "/$/ping");
        double plenaryReady = ms(t0);
        t0 = System.nanoTime();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).enablePing(true).add("/ds", ds).build().start();
        waitPing(http, "http://localhost:" + fuseki.getPort() + "/$/ping");
        double fusekiReady = ms(t0);
        String pUrl = plenary.sparqlUrl(), fUrl = "http://localhost:" + fuseki.getPort() + "/ds/sparql";
        // Both servers share the JVM, and with it ARQ's and TDB2's compiled code: whichever runs first also warms the
        // other, and throughput still rose ~20% between 5 s rounds after a 3 s warm-up (bench/RESULTS.md, session 4).
        // So: a long warm-up of each, then rounds that alternate which server goes first; the ratio is the median of
        // the per-round ratios.
        int warm = Math.max(10, seconds);
        drive(http, pUrl, mix, warm); drive(http, fUrl, mix, warm);
        Result p = new Result(), f = new Result();
        List<Double> ratios = new ArrayList<>();
        OUT.println("| round | Plenary req/s | bare Fuseki req/s | ratio |");
        OUT.println("|---:|---:|---:|---:|");
        for (int round = 1; round <= reps; round++) {
            Result rp, rf;
            if (round % 2 == 1) { rp = drive(http, pUrl, mix, seconds); rf = drive(http, fUrl, mix, seconds); }
            else { rf = drive(http, fUrl, mix, seconds); rp = drive(http, pUrl, mix, seconds); }
            double ratio = rp.all.count() / (double) rf.all.count();
            ratios.add(ratio);
            OUT.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.2f |%n", round, rp.all.count() / (double) seconds, rf.all.count() / (double) seconds, ratio);
            p.add(rp); f.add(rf);
        }
        OUT.println("| server | requests | errors | req/s | p50 ms | p99 ms |");
        OUT.println("|---|---:|---:|---:|---:|---:|");
        for (var e : List.of(java.util.Map.entry("Plenary", p), java.util.Map.entry("bare Fuseki", f)))
            OUT.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f |%n", e.getKey(), e.getValue().all.count(), e.getValue().errors,
                    e.getValue().all.count() / (double) (seconds * reps), e.getValue().all.median(), e.getValue().all.percentile(99));
        Stats r = new Stats();
        ratios.forEach(r::add);
        OUT.printf(Locale.ROOT, "serve: throughput ratio Plenary/Fuseki %.2f (median of %d alternating rounds of %d s, after %d s warm-up each); p50 ratio %.2f, p99 ratio %.2f; in-process ready: Plenary %.0f ms, Fuseki %.0f ms%n",
                r.median(), reps, seconds, warm, p.all.median() / f.all.median(), p.all.percentile(99) / f.all.percentile(99), plenaryReady, fusekiReady);
        OUT.println("| query | Plenary p50 | Plenary p99 | Fuseki p50 | Fuseki p99 |");
        OUT.println("|---|---:|---:|---:|---:|");
        for (String name : p.byName.keySet())
            OUT.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", name, p.byName.get(name).median(), p.byName.get(name).percentile(99),
                    f.byName.get(name).median(), f.byName.get(name).percentile(99));
        plenary.stop();
        fuseki.stop();
        serveReadyCli(db, http);
    }

    /** The `plenary serve` command in a process of its own: from launch to the first answered ping. */
    static void serveReadyCli(PlenaryDatabase db, HttpClient http) throws Exception {
        db = copyForChild(db, "serve-cli-db");
        int port = 20000 + ThreadLocalRandom.current().nextInt(20000);
        String java = ProcessHandle.current().info().command().orElse("java");
        long t0 = System.nanoTime();
        Process proc = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), "org.plenary.cli.PlenaryCommand",
                "serve", "--db", db.location().toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(WORK.resolve("serve.log").toFile()).start();
        try {
            waitPing(http, "http://localhost:" + port + "/$/ping");
            OUT.printf(Locale.ROOT, "serve: `plenary serve` ready (JVM start to first ping answered) in %.2f s%n", secs(t0));
        } finally {
            proc.destroy();
            proc.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A copy of the published generation for a child process: TDB2 allows one process per database and this JVM holds it. */
    static PlenaryDatabase copyForChild(PlenaryDatabase db, String name) throws IOException {
        Path copy = fresh(name);
        Path gen = db.currentGeneration().orElseThrow();
        try (Stream<Path> s = Files.walk(gen)) {
            for (Path f : s.toList()) {
                if (f.getFileName().toString().equals("tdb.lock")) continue;
                Path to = copy.resolve("gen-1").resolve(gen.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to); else Files.copy(f, to);
            }
        }
        Files.createSymbolicLink(copy.resolve("current"), Path.of("gen-1"));
        return PlenaryDatabase.at(copy);
    }

    static final class Result {
        final Stats all = new Stats();
        final java.util.Map<String, Stats> byName = new java.util.TreeMap<>();
        long errors;

        void add(Result o) {
            all.addAll(o.all);
            o.byName.forEach((k, v) -> byName.computeIfAbsent(k, x -> new Stats()).addAll(v));
            errors += o.errors;
        }
    }

    static Result drive(HttpClient http, String url, List<Q> mix, int secs) throws InterruptedException {
        Result res = new Result();
        for (Q q : mix) res.byName.putIfAbsent(q.name(), new Stats());
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(secs);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    Q q = mix.get(i++ % mix.size());
                    HttpRequest req = HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        double ms = ms(t);
                        if (r.statusCode() != 200) errors.incrementAndGet();
                        res.all.add(ms);
                        res.byName.get(q.name()).add(ms);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(secs + 120, TimeUnit.SECONDS);
        res.errors = errors.get();
        return res;
    }

    static void waitPing(HttpClient http, String url) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Object last = null;
        while (System.nanoTime() < deadline) {
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) return;
                last = status;
            } catch (IOException e) {
                last = e; // not up yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no answer from " + url + ": " + last);
    }

    // ---------------------------------------------------------------- scale

    static Path syntheticNq() throws IOException {
        Path nq = WORK.resolve("synthetic-" + triples + ".nq");
        long t0 = System.nanoTime();
        long n = Synthetic.generate(seedNq(), IriScheme.DEFAULT_BASE, triples, nq);
        OUT.printf(Locale.ROOT, "%n## scale: synthetic graph of %,d quads (seed build copied with fresh IRIs) generated in %.1f s%n", n, secs(t0));
        return nq;
    }

    static PlenaryDatabase synthetic;

    /** The published synthetic database of --triples quads: the one scale published, or published now. */
    static PlenaryDatabase syntheticDb() throws IOException {
        if (synthetic != null) return synthetic;
        PlenaryDatabase db = PlenaryDatabase.at(WORK.resolve("scale-db-" + triples));
        if (!db.exists()) publish(db, syntheticNq());
        return synthetic = db;
    }

    static void publish(PlenaryDatabase db, Path nq) throws IOException {
        long t0 = System.nanoTime();
        db.replace(out -> RDFParser.source(nq).lang(Lang.NQUADS).parse(out));
        Path gen = db.currentGeneration().orElseThrow();
        OUT.printf(Locale.ROOT, "scale: published (bulk load + text index + dumps + checksums + swap) in %.1f s; generation on disk %d MiB "
                + "(TDB2 %d MiB, text index %d MiB, dumps %d MiB)%n", secs(t0), du(gen) >> 20, du(gen.resolve("tdb2")) >> 20,
                du(gen.resolve("text")) >> 20, du(gen.resolve("dumps")) >> 20);
    }

    static void scale() throws Exception {
        Path nq = syntheticNq();
        String label = "synthetic " + triples;
        load(nq, label, false);
        Path dir = WORK.resolve("scale-db-" + triples);
        delete(dir);
        synthetic = PlenaryDatabase.at(dir);
        publish(synthetic, nq);
        Dataset ds = synthetic.open();
        competencyQuestions(ds);
        keyedQuestions(ds);
        PlenaryServer server = PlenaryServer.create().database(synthetic).port(0).build().start();
        try {
            pages(server, ds);
        } finally {
            server.stop();
        }
        endpointQuestions(synthetic);
        serve(synthetic, label);
    }

    static List<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            // federated-wikidata.rq sends part of itself to Wikidata, which this machine cannot reach
            return s.filter(p -> p.toString().endsWith(".rq") && !p.getFileName().toString().startsWith("federated")).sorted().toList();
        }
    }

    /** Each CQ as shipped (every row of the corpus), alone and sequentially: the latency of one client. */
    /**
     * The shipped CQs over HTTP as a user asks them (the server caps a result at 10,000 rows): the first ask on a
     * server that has not warmed (the engine's time), then repeated asks, answered from the generation's kept
     * answers; and how long a server takes to ask them all in the background after it starts.
     */
    static void endpointQuestions(PlenaryDatabase db) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        PlenaryServer server = PlenaryServer.create().database(db).port(0).warm(false).build().start();
        OUT.println("\n| query over HTTP (CSV) | rows | first ask ms | repeated p50 ms | repeated p99 ms |");
        OUT.println("|---|---:|---:|---:|---:|");
        try {
            for (Path p : queryFiles()) {
                String q = Files.readString(p);
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", "application/sparql-query")
                        .header("Accept", "text/csv").timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(q)).build();
                long t = System.nanoTime();
                HttpResponse<String> first = http.send(req, HttpResponse.BodyHandlers.ofString());
                double firstMs = ms(t);
                if (first.statusCode() != 200) throw new IllegalStateException(p + ": HTTP " + first.statusCode() + " " + first.body());
                Stats again = new Stats();
                for (int r = 0; r < Math.max(10, reps); r++) {
                    t = System.nanoTime();
                    http.send(req, HttpResponse.BodyHandlers.ofString());
                    again.add(ms(t));
                }
                OUT.printf(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f |%n", p.getFileName(), first.body().lines().count() - 1, firstMs, again.median(), again.percentile(99));
            }
        } finally {
            server.stop();
        }
        long t0 = System.nanoTime();
        PlenaryServer warm = PlenaryServer.create().database(db).port(0).build().start();
        try {
            boolean done = warm.awaitWarm(Duration.ofMinutes(10));
            OUT.printf(Locale.ROOT, "endpoint: a starting server asked every shipped query in the background in %.1f s%s%n", secs(t0), done ? "" : " (NOT finished)");
        } finally {
            warm.stop();
        }
    }

    static void competencyQuestions(Dataset ds) throws IOException {
        OUT.println("| query, whole corpus | rows | p50 ms | p99 ms | max ms |");
        OUT.println("|---|---:|---:|---:|---:|");
        for (Path p : queryFiles()) {
            String q = Files.readString(p);
            Stats st = new Stats();
            long[] rows = new long[1];
            for (int r = 0; r < 1 + Math.max(5, reps); r++) {
                long t = System.nanoTime();
                rows[0] = select(ds, q, null, null, x -> {});
                if (r > 0) st.add(ms(t)); // the first run warms the caches
            }
            OUT.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |%n", p.getFileName(), rows[0], st.median(), st.percentile(99), st.percentile(100));
        }
    }

    /**
     * Each CQ asked about one thing, the way a page or a client asks it: its first result variable (?meeting,
     * ?person, ?source, ...) bound to one value, by Jena's substitution (the variable stays in the results). 20
     * values spread over the corpus, each asked once after a warm-up.
     */
    static void keyedQuestions(Dataset ds) throws IOException {
        OUT.println("| query, one value of its first variable | variable | values | rows per value (median) | p50 ms | p99 ms | max ms |");
        OUT.println("|---|---|---:|---:|---:|---:|---:|");
        for (Path p : queryFiles()) {
            String q = Files.readString(p);
            String var = org.apache.jena.query.QueryFactory.create(q).getResultVars().get(0);
            List<org.apache.jena.rdf.model.RDFNode> all = new ArrayList<>();
            select(ds, q, null, null, s -> { if (s.get(var) != null) all.add(s.get(var)); });
            List<org.apache.jena.rdf.model.RDFNode> values = new ArrayList<>(new java.util.LinkedHashSet<>(all));
            if (values.isEmpty()) continue;
            List<org.apache.jena.rdf.model.RDFNode> picked = new ArrayList<>();
            for (int i = 0; i < 20; i++) picked.add(values.get((int) ((long) i * values.size() / 20)));
            select(ds, q, var, picked.get(0), x -> {}); // warm up
            Stats st = new Stats(), rows = new Stats();
            for (var v : picked) {
                long t = System.nanoTime();
                rows.add(select(ds, q, var, v, x -> {}));
                st.add(ms(t));
            }
            OUT.printf(Locale.ROOT, "| %s | ?%s | %d | %.0f | %.1f | %.1f | %.1f |%n", p.getFileName(), var, picked.size(), rows.median(),
                    st.median(), st.percentile(99), st.percentile(100));
        }
    }

    static long select(Dataset ds, String q, String var, org.apache.jena.rdf.model.RDFNode value,
                       java.util.function.Consumer<org.apache.jena.query.QuerySolution> each) {
        long[] rows = new long[1];
        Txn.executeRead(ds, () -> {
            var b = QueryExecution.dataset(ds).query(q).timeout(120, TimeUnit.SECONDS);
            if (var != null) b = b.substitution(var, value);
            try (QueryExecution qe = b.build()) {
                qe.execSelect().forEachRemaining(x -> { rows[0]++; each.accept(x); });
            }
        });
        return rows[0];
    }

    /** HTML pages of people, meetings, statements and sources, one client, sequentially. */
    static void pages(PlenaryServer server, Dataset ds) throws Exception {
        List<String> paths = pagePaths(ds, 50);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String root = "http://localhost:" + server.port();
        for (String p : paths.subList(0, 10)) getPage(http, root + p); // warm up
        java.util.Map<String, Stats> byKind = new java.util.TreeMap<>();
        Stats all = new Stats();
        long errors = 0;
        for (String p : paths) {
            long t = System.nanoTime();
            int status = getPage(http, root + p);
            double ms = ms(t);
            if (status != 200) errors++;
            all.add(ms);
            byKind.computeIfAbsent(p.split("/")[2], k -> new Stats()).add(ms);
        }
        OUT.printf(Locale.ROOT, "pages: %d HTML pages (/page/...), one client: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%n",
                all.count(), all.median(), all.percentile(99), all.percentile(100), errors);
        byKind.forEach((k, st) -> OUT.printf(Locale.ROOT, "pages: %s: %d pages, p50 %.1f ms, max %.1f ms%n", k, st.count(), st.median(), st.percentile(100)));
    }

    static int getPage(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Site paths (/page/...) of up to {@code perKind} people, meetings, statements, sources and organizations. */
    static List<String> pagePaths(Dataset ds, int perKind) {
        List<String> paths = new ArrayList<>();
        String base = IriScheme.DEFAULT_BASE + "id/";
        for (String kind : List.of("Person", "Meeting", "Statement", "Source", "Organization")) {
            String q = "PREFIX pl: <https://w3id.org/plenary/ontology#> SELECT DISTINCT ?s { ?s a pl:" + kind + " } LIMIT " + (perKind * 20);
            List<String> iris = new ArrayList<>();
            select(ds, q, null, null, x -> { if (x.get("s").isURIResource() && x.getResource("s").getURI().startsWith(base)) iris.add(x.getResource("s").getURI()); });
            for (int i = 0; i < Math.min(perKind, iris.size()); i++)
                paths.add("/page/" + iris.get((int) ((long) i * iris.size() / Math.min(perKind, iris.size()))).substring(base.length()));
        }
        return paths;
    }

    // ---------------------------------------------------------------- files and clocks

    static Path fresh(String name) throws IOException {
        Path p = WORK.resolve(name);
        delete(p);
        return Files.createDirectories(p);
    }

    static void delete(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }

    /** Disk blocks used (TDB2's files are sparse: their lengths overstate the size). */
    static long du(Path p) throws IOException {
        try {
            Process proc = new ProcessBuilder("du", "-sk", p.toString()).redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            proc.waitFor();
            return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (InterruptedException | NumberFormatException e) {
            return -1;
        }
    }

    static void sync() throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
    }

    static double ms(long t0) { return (System.nanoTime() - t0) / 1e6; }

    static double secs(long t0) { return (System.nanoTime() - t0) / 1e9; }
}
