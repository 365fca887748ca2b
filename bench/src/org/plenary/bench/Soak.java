package org.plenary.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetReaderRegistry;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.plenary.store.PlenaryDatabase;

/**
 * A bounded soak: {@code plenary serve} in a process of its own (as deployed, {@code -Xmx2g}) answers 32 clients on
 * loopback for --seconds over the queries/*.rq mix, resource lookups and HTML pages. Reports errors, latency, the
 * server's heap after a full GC ({@code jcmd GC.run}) at the start and at the end, and whether every answer after
 * the soak equals the answer before it.
 */
final class Soak {
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private Soak() {}

    /** One request of the mix: a SPARQL query (to /sparql) or a site path (GET with Accept: text/html). */
    record Req(String kind, String query, String path) {
        URI uri(String root) {
            return URI.create(query != null ? root + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) : root + path);
        }
        String accept() { return query != null ? "application/sparql-results+json" : "text/html"; }
    }

    static void run(PlenaryDatabase db, String label) throws Exception {
        Dataset ds = db.open();
        List<Req> mix = new ArrayList<>();
        for (Path p : BenchMain.queryFiles()) mix.add(new Req(p.getFileName().toString(), Files.readString(p), null));
        for (BenchMain.Q q : BenchMain.mix(ds)) if (q.name().equals("lookup")) mix.add(new Req("lookup", q.text(), null));
        for (String p : BenchMain.pagePaths(ds, 20)) mix.add(new Req("page " + p.split("/")[2], null, p));
        // Shuffled once with a fixed seed: every client's walk through the mix meets queries, lookups and pages alike.
        java.util.Collections.shuffle(mix, new java.util.Random(7));
        int seconds = BenchMain.seconds, clients = BenchMain.clients;
        BenchMain.OUT.printf(Locale.ROOT, "%n## soak (%s): `plenary serve -Xmx2g` in its own process, %d clients, %d s, mix of %d requests "
                + "(queries/*.rq, resource lookups, HTML pages), round robin%n", label, clients, seconds, mix.size());

        PlenaryDatabase copy = BenchMain.copyForChild(db, "soak-db");
        int port = 20000 + ThreadLocalRandom.current().nextInt(20000);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), "org.plenary.cli.PlenaryCommand",
                "serve", "--db", copy.location().toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(BenchMain.WORK.resolve("soak-serve.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(clients)).build();
        String root = "http://localhost:" + port;
        try {
            BenchMain.waitPing(http, root + "/$/ping");
            Map<Req, Object> before = answers(http, root, mix);
            drive(http, root, mix, clients, 10); // warm up
            long heapStart = heapAfterFullGc(server.pid());
            Run run = drive(http, root, mix, clients, seconds);
            long heapEnd = heapAfterFullGc(server.pid());
            Map<Req, Object> after = answers(http, root, mix);
            int same = 0;
            List<String> changed = new ArrayList<>();
            for (Req r : mix) {
                if (sameAnswer(before.get(r), after.get(r))) same++;
                else changed.add(r.kind() + (r.path() != null ? " " + r.path() : ""));
            }
            BenchMain.OUT.println("| requests | errors | req/s | p50 ms | p99 ms | max ms | server heap after full GC, start | at end |");
            BenchMain.OUT.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
            BenchMain.OUT.printf(Locale.ROOT, "| %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f MiB | %.1f MiB |%n", run.all.count(), run.errors.get(),
                    run.all.count() / (double) seconds, run.all.median(), run.all.percentile(99), run.all.percentile(100),
                    heapStart / 1024.0, heapEnd / 1024.0);
            BenchMain.OUT.println("| kind | requests | p50 ms | p99 ms |");
            BenchMain.OUT.println("|---|---:|---:|---:|");
            run.byKind.forEach((k, st) -> BenchMain.OUT.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", k, st.count(), st.median(), st.percentile(99)));
            BenchMain.OUT.printf(Locale.ROOT, "soak: %d errors; answers after the soak equal those before it for %d of %d requests%s; "
                            + "server heap after full GC %.1f -> %.1f MiB%n", run.errors.get(), same, mix.size(),
                    changed.isEmpty() ? "" : " (changed: " + changed + ")", heapStart / 1024.0, heapEnd / 1024.0);
            if (!run.firstErrors.isEmpty()) BenchMain.OUT.println("soak: first errors: " + run.firstErrors);
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Each request's answer: SPARQL results as a result set (compared up to blank node labels), pages as a digest. */
    static Map<Req, Object> answers(HttpClient http, String root, List<Req> mix) throws Exception {
        Map<Req, Object> out = new LinkedHashMap<>();
        for (Req r : mix) {
            HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(r.uri(root)).header("Accept", r.accept())
                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) { out.put(r, "HTTP " + resp.statusCode()); continue; }
            if (r.query() != null) {
                ResultSet rs = ResultSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                        .read(new ByteArrayInputStream(resp.body()), null);
                out.put(r, rs.rewindable());
            } else {
                out.put(r, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(resp.body())));
            }
        }
        return out;
    }

    static boolean sameAnswer(Object a, Object b) {
        if (a instanceof org.apache.jena.query.ResultSetRewindable x && b instanceof org.apache.jena.query.ResultSetRewindable y) {
            x.reset();
            y.reset();
            return ResultSetCompare.equalsByTerm(x, y); // as multisets, blank nodes by isomorphism
        }
        return a != null && a.equals(b);
    }

    static final class Run {
        final Stats all = new Stats();
        final Map<String, Stats> byKind = new java.util.TreeMap<>();
        final AtomicLong errors = new AtomicLong();
        final List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    static Run drive(HttpClient http, String root, List<Req> mix, int clients, int secs) throws InterruptedException {
        Run run = new Run();
        for (Req r : mix) run.byKind.putIfAbsent(r.kind().startsWith("page") ? "page" : r.kind(), new Stats());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(secs);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c * mix.size() / clients;
            pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    Req r = mix.get(i++ % mix.size());
                    long t = System.nanoTime();
                    String error = null;
                    try {
                        HttpResponse<Void> resp = http.send(HttpRequest.newBuilder(r.uri(root)).header("Accept", r.accept())
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
                        if (resp.statusCode() != 200) error = r.kind() + ": HTTP " + resp.statusCode();
                    } catch (Exception e) {
                        error = r.kind() + ": " + e;
                    }
                    double ms = BenchMain.ms(t);
                    run.all.add(ms);
                    run.byKind.get(r.kind().startsWith("page") ? "page" : r.kind()).add(ms);
                    if (error != null) {
                        run.errors.incrementAndGet();
                        if (run.firstErrors.size() < 5) run.firstErrors.add(error);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(secs + 180, TimeUnit.SECONDS);
        return run;
    }

    /** The server process's heap in KiB after {@code jcmd GC.run} (a full collection). */
    static long heapAfterFullGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) throw new IllegalStateException("no heap figure in jcmd GC.heap_info: " + info);
        return Long.parseLong(m.group(1));
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
