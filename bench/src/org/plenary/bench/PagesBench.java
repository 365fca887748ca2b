package org.plenary.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.plenary.graph.IriScheme;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;

/**
 * {@code pages}: the linked-data site's resource pages ({@code /page/...} of every meeting, person, organization,
 * statement and source of the seed build) under {@link BenchMain#clients} concurrent loopback clients, per page
 * kind, against two baselines measured in the same run on the same TDB2 dataset: the resource's {@code /data/}
 * Turtle from the same server, and a bare Fuseki answering {@code DESCRIBE <iri>}. Also the first (cold) request
 * of each page, which no per-generation cache can help.
 */
final class PagesBench {
    static final List<String> KINDS = List.of("meeting", "person", "organization", "statement", "source");

    /** One request of the mix: its page kind and its path (or full URL). */
    record Target(String kind, String url) {}

    /** Per-kind latencies of one timed run. */
    record Run(Map<String, Stats> byKind, long requests, long errors) {}

    private PagesBench() {}

    static void run(PlenaryDatabase db) throws Exception {
        Dataset ds = db.open();
        Map<String, List<String>> iris = resources(ds);
        int total = iris.values().stream().mapToInt(List::size).sum();
        BenchMain.OUT.printf(Locale.ROOT, "%n## pages (seed): %d clients, %d s per run, median of %d runs; %d resources %s;"
                + " /page/ vs /data/ Turtle (same server) vs bare Fuseki DESCRIBE (same TDB2 dataset)%n",
                BenchMain.clients, BenchMain.seconds, BenchMain.reps, total, counts(iris));
        PlenaryServer plenary = PlenaryServer.create().database(db).port(0).build().start();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).enablePing(true).add("/ds", ds).build().start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(BenchMain.clients)).build();
        try {
            String site = "http://localhost:" + plenary.port();
            String describe = "http://localhost:" + fuseki.getPort() + "/ds/sparql?query=";
            BenchMain.waitPing(http, site + "/$/ping");
            BenchMain.waitPing(http, "http://localhost:" + fuseki.getPort() + "/$/ping");
            List<Target> pages = new ArrayList<>(), data = new ArrayList<>(), describes = new ArrayList<>();
            IriScheme scheme = IriScheme.defaults();
            iris.forEach((kind, list) -> {
                for (String iri : list) {
                    String local = iri.substring(scheme.base().length() - 1); // "/id/kind/slug"
                    pages.add(new Target(kind, site + "/page" + local.substring(3)));
                    data.add(new Target(kind, site + "/data" + local.substring(3)));
                    ParameterizedSparqlString q = new ParameterizedSparqlString("DESCRIBE ?r");
                    q.setIri("r", iri);
                    describes.add(new Target(kind, describe + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8)));
                }
            });
            // The first request of each page, one client, in a fresh generation of the server: the uncached cost.
            Map<String, Stats> cold = new TreeMap<>();
            for (Target t : pages) cold.computeIfAbsent(t.kind(), k -> new Stats()).add(once(http, t.url(), "text/html"));
            BenchMain.OUT.println("| page kind | first request p50 ms | first request max ms |");
            BenchMain.OUT.println("|---|---:|---:|");
            for (String k : KINDS)
                if (cold.containsKey(k))
                    BenchMain.OUT.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", k, cold.get(k).median(), cold.get(k).percentile(100));
            drive(http, pages, "text/html", 3);
            drive(http, data, "text/turtle", 3);
            drive(http, describes, "text/turtle", 3); // warm-up of all three
            Map<String, List<Run>> runs = new LinkedHashMap<>();
            for (int r = 0; r < BenchMain.reps; r++) {
                runs.computeIfAbsent("page", k -> new ArrayList<>()).add(drive(http, pages, "text/html", BenchMain.seconds));
                runs.computeIfAbsent("data", k -> new ArrayList<>()).add(drive(http, data, "text/turtle", BenchMain.seconds));
                runs.computeIfAbsent("describe", k -> new ArrayList<>()).add(drive(http, describes, "text/turtle", BenchMain.seconds));
            }
            BenchMain.OUT.println("| page kind | /page/ p50 | /page/ p99 | /data/ ttl p50 | /data/ ttl p99 | Fuseki DESCRIBE p50 | Fuseki DESCRIBE p99 | p99 ratio page/DESCRIBE |");
            BenchMain.OUT.println("|---|---:|---:|---:|---:|---:|---:|---:|");
            for (String k : KINDS) {
                if (!iris.containsKey(k)) continue;
                double pp50 = med(runs.get("page"), k, 50), pp99 = med(runs.get("page"), k, 99);
                double dp50 = med(runs.get("data"), k, 50), dp99 = med(runs.get("data"), k, 99);
                double fp50 = med(runs.get("describe"), k, 50), fp99 = med(runs.get("describe"), k, 99);
                BenchMain.OUT.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
                        k, pp50, pp99, dp50, dp99, fp50, fp99, pp99 / fp99);
            }
            for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
                List<String> each = new ArrayList<>();
                for (Run r : e.getValue())
                    each.add(String.format(Locale.ROOT, "%.0f req/s, %d errors", r.requests() / (double) BenchMain.seconds, r.errors()));
                BenchMain.OUT.printf(Locale.ROOT, "pages: %s runs: %s%n", e.getKey(), each);
            }
        } finally {
            plenary.stop();
            fuseki.stop();
        }
    }

    /** Median over runs of one kind's percentile. */
    private static double med(List<Run> runs, String kind, double p) {
        Stats s = new Stats();
        for (Run r : runs) s.add(r.byKind().get(kind).percentile(p));
        return s.median();
    }

    private static String counts(Map<String, List<String>> iris) {
        List<String> out = new ArrayList<>();
        iris.forEach((k, v) -> out.add(v.size() + " " + k));
        return out.toString();
    }

    /** The dataset's resources of each page kind (IRIs under the default base's {@code id/kind/}). */
    static Map<String, List<String>> resources(Dataset ds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        IriScheme iris = IriScheme.defaults();
        Txn.executeRead(ds, () -> {
            for (String kind : KINDS) {
                ParameterizedSparqlString q = new ParameterizedSparqlString(
                        "SELECT DISTINCT ?s { ?s a ?c FILTER (STRSTARTS(STR(?s), ?prefix)) } ORDER BY ?s");
                q.setIri("c", "https://w3id.org/plenary/ontology#" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
                q.setLiteral("prefix", iris.base() + "id/" + kind + "/");
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
                    List<String> list = new ArrayList<>();
                    qe.execSelect().forEachRemaining(r -> list.add(r.getResource("s").getURI()));
                    if (!list.isEmpty()) out.put(kind, list);
                }
            }
        });
        return out;
    }

    private static double once(HttpClient http, String url, String accept) throws Exception {
        long t = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " from " + url);
        return BenchMain.ms(t);
    }

    /** {@link BenchMain#clients} threads each going round the targets (each from its own shuffled order) for {@code secs}. */
    static Run drive(HttpClient http, List<Target> targets, String accept, int secs) throws InterruptedException {
        Map<String, Stats> byKind = new TreeMap<>();
        for (Target t : targets) byKind.putIfAbsent(t.kind(), new Stats());
        AtomicLong errors = new AtomicLong(), requests = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(secs);
        ExecutorService pool = Executors.newFixedThreadPool(BenchMain.clients);
        for (int c = 0; c < BenchMain.clients; c++) {
            List<Target> order = new ArrayList<>(targets);
            Collections.shuffle(order, new Random(c));
            pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    Target target = order.get(i++ % order.size());
                    HttpRequest req = HttpRequest.newBuilder(URI.create(target.url())).header("Accept", accept)
                            .timeout(Duration.ofSeconds(60)).build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        double ms = BenchMain.ms(t);
                        if (r.statusCode() != 200) errors.incrementAndGet();
                        requests.incrementAndGet();
                        byKind.get(target.kind()).add(ms);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(secs + 120, TimeUnit.SECONDS);
        return new Run(byKind, requests.get(), errors.get());
    }
}
