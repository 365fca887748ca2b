package org.plenary.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.plenary.store.PlenaryDatabase;

/**
 * The reliability benchmark: every abuse of issue 15 at once against a real server in a process of its own
 * ({@code -Xmx1g}, {@code --timeout 5}) for --seconds, while one well-behaved client asks cheap questions and pages
 * and measures its own latency. Each hostile client has its own loopback address (127.0.0.x), as distinct clients
 * would. The abuse:
 * <ul>
 * <li>16 clients sending a form body a byte every 2 s; 20 clients asking for a huge answer and reading a byte every
 *     5 s; 100 connections opened and left idle;</li>
 * <li>16 clients whose query calls a SERVICE that never answers (the only endpoint allowed: a listener here that
 *     accepts and stays silent);</li>
 * <li>4 clients trying SERVICE against loopback (a canary listener), localhost, the cloud metadata address,
 *     {@code file:} and a variable endpoint;</li>
 * <li>4 clients with a backtracking regular expression, 4 with a three-way cartesian product;</li>
 * <li>1 client cycling through malformed requests (4 MB literal, 5,000-way UNION, bad %-escape, bad UTF-8 form,
 *     unknown charset, SERVICE to a file).</li>
 * </ul>
 * Reports the well-behaved client's latency and errors, what each hostile client got, the server's heap after a full
 * GC at the start and the end, every outbound connection the server process had (sampled from /proc every 250 ms),
 * (but its calls to itself, asking the shipped queries when it starts), and connections the canary received
 * (must be none).
 */
final class Reliability {
    static final int TIMEOUT_SECONDS = 5;

    private Reliability() {}

    /** A listener on loopback that accepts and never answers; counts connections. */
    static final class Silent implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger accepted = new AtomicInteger();
        final List<Socket> held = new CopyOnWriteArrayList<>();

        Silent() throws IOException {
            socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        held.add(socket.accept());
                        accepted.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-listener");
            t.setDaemon(true);
            t.start();
        }

        int port() { return socket.getLocalPort(); }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : held) s.close();
        }
    }

    /** What the hostile clients of one kind got: status codes, "cut" (the server closed on them), errors. */
    static final class Outcomes {
        final Map<String, Map<String, AtomicLong>> byKind = new ConcurrentHashMap<>();

        void add(String kind, String outcome) {
            byKind.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
        }
    }

    static void run(PlenaryDatabase db, String label) throws Exception {
        int seconds = BenchMain.seconds;
        Dataset ds = db.open();
        List<String> lookups = new ArrayList<>();
        for (BenchMain.Q q : BenchMain.mix(ds)) if (q.name().equals("lookup")) lookups.add(q.text());
        List<String> pages = BenchMain.pagePaths(ds, 10);
        BenchMain.OUT.printf(Locale.ROOT, "%n## reliability (%s): all the abuse of issue 15 at once for %d s against a server in its own "
                + "process (-Xmx1g, --timeout %d); one well-behaved client (%d lookups, %d pages) measures its latency%n",
                label, seconds, TIMEOUT_SECONDS, lookups.size(), pages.size());

        PlenaryDatabase copy = BenchMain.copyForChild(db, "reliability-db");
        int port = 20000 + ThreadLocalRandom.current().nextInt(20000);
        String java = ProcessHandle.current().info().command().orElse("java");
        try (Silent hanging = new Silent(); Silent canary = new Silent()) {
            String endpoint = "http://127.0.0.1:" + hanging.port() + "/sparql";
            Process server = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    "org.plenary.publish.ReliabilityServer", copy.location().toString(), Integer.toString(port),
                    Integer.toString(TIMEOUT_SECONDS), endpoint)
                    .redirectErrorStream(true).redirectOutput(BenchMain.WORK.resolve("reliability-serve.log").toFile()).start();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String root = "http://localhost:" + port;
            try {
                BenchMain.waitPing(http, root + "/$/ping");
                Stats quiet = wellBehaved(http, root, lookups, pages, 10, new AtomicLong(), new ArrayList<>());
                long heapStart = Soak.heapAfterFullGc(server.pid());
                Set<String> outbound = new TreeSet<>();
                Thread monitor = new Thread(() -> watchOutbound(server.pid(), port, outbound), "outbound-monitor");
                monitor.setDaemon(true);
                monitor.start();

                Outcomes outcomes = new Outcomes();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                List<Thread> hostile = new ArrayList<>();
                int ip = 10;
                for (int i = 0; i < 16; i++) hostile.add(start(slowBody(ip++, port, end, outcomes)));
                for (int i = 0; i < 20; i++) hostile.add(start(slowReader(ip++, port, end, outcomes)));
                for (int i = 0; i < 16; i++) {
                    String q = "SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }";
                    hostile.add(start(repeat("hanging SERVICE", ip++, port, end, outcomes, () -> get(q))));
                }
                List<String> ssrf = List.of(
                        "SELECT * { SERVICE <http://127.0.0.1:" + canary.port() + "/sparql> { ?s ?p ?o } }",
                        "SELECT * { SERVICE <http://localhost:" + canary.port() + "/> { ?s ?p ?o } }",
                        "SELECT * { SERVICE <http://169.254.169.254/latest/meta-data/> { ?s ?p ?o } }",
                        "SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
                        "SELECT * { VALUES ?u { <http://127.0.0.1:" + canary.port() + "/> } SERVICE ?u { ?s ?p ?o } }");
                for (int i = 0; i < 4; i++) {
                    AtomicInteger k = new AtomicInteger(i);
                    hostile.add(start(repeat("SERVICE to loopback/metadata/file/variable", ip++, port, end, outcomes,
                            () -> get(ssrf.get(k.getAndIncrement() % ssrf.size())))));
                }
                String regex = "PREFIX pl: <https://w3id.org/plenary/ontology#> SELECT ?s { ?s pl:articleBody ?b FILTER REGEX(?b, \"^(.*a){20}$\", \"s\") }";
                for (int i = 0; i < 4; i++) hostile.add(start(repeat("backtracking REGEX", ip++, port, end, outcomes, () -> get(regex))));
                String product = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f FILTER(STR(?b) != STR(?f)) }";
                for (int i = 0; i < 4; i++) hostile.add(start(repeat("cartesian product", ip++, port, end, outcomes, () -> get(product))));
                List<Supplier<byte[]>> malformed = malformed();
                AtomicInteger m = new AtomicInteger();
                hostile.add(start(repeat("malformed", ip++, port, end, outcomes, () -> malformed.get(m.getAndIncrement() % malformed.size()).get())));
                List<Socket> idle = idleConnections(200, port, 100);

                AtomicLong errors = new AtomicLong();
                List<String> firstErrors = new ArrayList<>();
                Stats during = wellBehaved(http, root, lookups, pages, seconds, errors, firstErrors);
                for (Thread t : hostile) t.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS * 4L + 30));
                int idleClosed = 0;
                for (Socket s : idle) {
                    if (closedByServer(s)) idleClosed++;
                    s.close();
                }
                Thread.sleep(2000);
                long heapEnd = Soak.heapAfterFullGc(server.pid());
                monitor.interrupt();

                BenchMain.OUT.println("| well-behaved client | requests | errors | p50 ms | p99 ms | max ms |");
                BenchMain.OUT.println("|---|---:|---:|---:|---:|---:|");
                BenchMain.OUT.printf(Locale.ROOT, "| alone, before (10 s) | %d | 0 | %.1f | %.1f | %.1f |%n", quiet.count(), quiet.median(),
                        quiet.percentile(99), quiet.percentile(100));
                BenchMain.OUT.printf(Locale.ROOT, "| during the abuse (%d s) | %d | %d | %.1f | %.1f | %.1f |%n", seconds, during.count(),
                        errors.get(), during.median(), during.percentile(99), during.percentile(100));
                BenchMain.OUT.println("| hostile clients | what they got |");
                BenchMain.OUT.println("|---|---|");
                new TreeMap<>(outcomes.byKind).forEach((kind, got) -> BenchMain.OUT.printf(Locale.ROOT, "| %s | %s |%n", kind,
                        new TreeMap<>(got).toString().replace("=", ": ")));
                BenchMain.OUT.printf(Locale.ROOT, "| 100 idle connections | %d closed by the server by the end |%n", idleClosed);
                BenchMain.OUT.printf(Locale.ROOT, "reliability: well-behaved p99 %.1f ms (target < 500), %d errors%s; server heap after full GC "
                                + "%.1f -> %.1f MiB; outbound connections of the server: %s (allowed: 127.0.0.1:%d only); canary connections: %d%n",
                        during.percentile(99), errors.get(), firstErrors.isEmpty() ? "" : " " + firstErrors, heapStart / 1024.0,
                        heapEnd / 1024.0, outbound.isEmpty() ? "none" : outbound, hanging.port(), canary.accepted.get());
            } finally {
                server.destroy();
                server.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    /** One client asking, one after the other, a lookup and a page, for {@code seconds}. */
    static Stats wellBehaved(HttpClient http, String root, List<String> lookups, List<String> pages, int seconds,
                             AtomicLong errors, List<String> firstErrors) throws InterruptedException {
        Stats st = new Stats();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int i = 0;
        while (System.nanoTime() < end) {
            boolean page = i % 2 == 1 && !pages.isEmpty();
            String target = page ? root + pages.get(i / 2 % pages.size())
                    : root + "/sparql?query=" + URLEncoder.encode(lookups.get(i / 2 % lookups.size()), StandardCharsets.UTF_8);
            i++;
            long t = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(target))
                        .header("Accept", page ? "text/html" : "application/sparql-results+json")
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    errors.incrementAndGet();
                    if (firstErrors.size() < 5) firstErrors.add("HTTP " + r.statusCode() + " " + target);
                }
            } catch (IOException e) {
                errors.incrementAndGet();
                if (firstErrors.size() < 5) firstErrors.add(e.toString());
            }
            st.add(BenchMain.ms(t));
            Thread.sleep(20);
        }
        return st;
    }

    static Thread start(Runnable r) {
        Thread t = new Thread(r, "hostile");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static Socket connect(int ip, int port, int receiveBuffer) throws IOException {
        Socket s = new Socket();
        if (receiveBuffer > 0) s.setReceiveBufferSize(receiveBuffer);
        s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0." + ip), 0));
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
        return s;
    }

    static byte[] get(String query) {
        return ("GET /sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] post(String contentType, byte[] body) {
        byte[] head = ("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static List<Supplier<byte[]>> malformed() {
        byte[] bigLiteral = ("SELECT * { ?s ?p \"" + "x".repeat(4 * 1024 * 1024) + "\" }").getBytes(StandardCharsets.UTF_8);
        byte[] union = ("SELECT * {" + " { ?s ?p ?o } UNION".repeat(5000) + " { ?s ?p ?o } }").getBytes(StandardCharsets.UTF_8);
        return List.of(
                () -> post("application/sparql-query", bigLiteral),
                () -> post("application/sparql-query", union),
                () -> "GET /sparql?query=SELECT%ZZ*%20%7B%7D HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
                () -> post("application/x-www-form-urlencoded", new byte[] {'q', 'u', 'e', 'r', 'y', '=', (byte) 0xC3, (byte) 0x28}),
                () -> post("application/sparql-query; charset=bogus", "ASK {}".getBytes(StandardCharsets.US_ASCII)),
                () -> get("SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"),
                () -> "GET /search?q=AND HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A client sending {@code request} again and again from its own address, recording each answer's status. */
    static Runnable repeat(String kind, int ip, int port, long end, Outcomes outcomes, Supplier<byte[]> request) {
        return () -> {
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                try (Socket s = connect(ip, port, 0)) {
                    s.setSoTimeout(60_000);
                    try {
                        s.getOutputStream().write(request.get());
                    } catch (IOException refusedWhileSending) {
                        // the server answered (413) and closed before the whole body was sent: read what it said
                    }
                    byte[] answer;
                    try {
                        answer = readAll(s.getInputStream());
                    } catch (IOException reset) {
                        answer = new byte[0];
                    }
                    // The status, and how long it took to the next second (the timeout is what bounds the slow ones).
                    outcomes.add(kind, (answer.length >= 12 ? new String(answer, 9, 3, StandardCharsets.US_ASCII) : "closed")
                            + " in " + (long) Math.ceil(BenchMain.ms(t0) / 1000) + " s");
                } catch (IOException e) {
                    outcomes.add(kind, "error " + e.getClass().getSimpleName());
                    sleep(200);
                }
            }
        };
    }

    /** Sends a form a byte every 2 s; once the server cuts the connection, starts again. */
    static Runnable slowBody(int ip, int port, long end, Outcomes outcomes) {
        return () -> {
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                try (Socket s = connect(ip, port, 0)) {
                    s.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: 1000\r\n\r\nquery=").getBytes(StandardCharsets.US_ASCII));
                    s.setSoTimeout(10);
                    while (System.nanoTime() < end) {
                        s.getOutputStream().write('S');
                        if (closedByServer(s)) throw new IOException("closed");
                        sleep(2000);
                    }
                    outcomes.add("slow body (1 byte / 2 s)", "still open at the end");
                } catch (IOException e) {
                    outcomes.add("slow body (1 byte / 2 s)", "cut after " + Math.round(BenchMain.ms(t0) / 1000 / 5) * 5 + " s");
                }
            }
        };
    }

    /**
     * Asks for a huge answer (about 100 MB) and reads a byte every 5 s for 20 s, then reads fast to the end: if the
     * server cut the connection, only what this end had buffered is left (under 1 MB); if not, the rest of the answer
     * comes. Then starts again.
     */
    static Runnable slowReader(int ip, int port, long end, Outcomes outcomes) {
        String huge = "PREFIX pl: <https://w3id.org/plenary/ontology#> SELECT ?a ?b { ?x pl:articleBody ?a . ?y pl:articleBody ?b . ?s ?p ?o }";
        String kind = "slow reader (1 byte / 5 s of a ~100 MB answer for 20 s, then the rest)";
        return () -> {
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                try (Socket s = connect(ip, port, 4096)) {
                    s.getOutputStream().write(get(huge));
                    s.setSoTimeout(1000);
                    InputStream in = s.getInputStream();
                    boolean closed = false;
                    while (BenchMain.ms(t0) < 20_000 && !closed) {
                        try {
                            closed = in.read() < 0;
                        } catch (SocketTimeoutException stillComputing) {
                            continue;
                        }
                        sleep(5000);
                    }
                    s.setSoTimeout(10_000);
                    long rest = 0;
                    byte[] buf = new byte[65536];
                    try {
                        for (int n; (n = in.read(buf)) >= 0; ) rest += n;
                    } catch (IOException reset) {
                        // the server's reset
                    }
                    outcomes.add(kind, rest < (1 << 20) ? "cut" : "not cut");
                } catch (IOException e) {
                    outcomes.add(kind, "error " + e.getClass().getSimpleName());
                    sleep(200);
                }
            }
        };
    }

    static List<Socket> idleConnections(int ip, int port, int n) throws IOException {
        List<Socket> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(connect(ip, port, 0));
        return out;
    }

    /** Whether the peer has closed {@code s} (a read ends or fails at once); false if it would just wait. */
    static boolean closedByServer(Socket s) {
        try {
            s.setSoTimeout(10);
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (out.size() < 4096) out.write(buf, 0, Math.min(n, 4096));
        }
        return out.toByteArray();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Samples the TCP sockets of process {@code pid} every 250 ms and adds the remote end of every one that is not
     * the server's own listening port (an outbound connection) to {@code into}.
     */
    static void watchOutbound(long pid, int serverPort, Set<String> into) {
        Path fd = Path.of("/proc", Long.toString(pid), "fd");
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Set<String> inodes = new java.util.HashSet<>();
                try (var s = Files.list(fd)) {
                    for (Path p : s.toList()) {
                        try {
                            String target = Files.readSymbolicLink(p).toString();
                            if (target.startsWith("socket:[")) inodes.add(target.substring(8, target.length() - 1));
                        } catch (IOException gone) {
                            // closed meanwhile
                        }
                    }
                }
                for (String table : List.of("tcp", "tcp6")) {
                    Path f = Path.of("/proc", Long.toString(pid), "net", table);
                    if (!Files.exists(f)) continue;
                    for (String line : Files.readAllLines(f).subList(1, Files.readAllLines(f).size())) {
                        String[] c = line.trim().split("\\s+");
                        if (c.length < 10 || !inodes.contains(c[9]) || c[3].equals("0A")) continue; // 0A: listening
                        int localPort = Integer.parseInt(c[1].substring(c[1].indexOf(':') + 1), 16);
                        if (localPort == serverPort) continue; // a client's connection to the server
                        if (Integer.parseInt(c[2].substring(c[2].indexOf(':') + 1), 16) == serverPort) continue; // warming: itself
                        synchronized (into) {
                            into.add(address(c[2]));
                        }
                    }
                }
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                sleep(250);
            }
        }
    }

    /** A /proc/net/tcp{,6} address ("0100007F:1F90") as host:port. */
    static String address(String hex) {
        String[] hp = hex.split(":");
        int port = Integer.parseInt(hp[1], 16);
        String h = hp[0];
        if (h.length() == 32 && h.startsWith("0000000000000000FFFF0000")) h = h.substring(24);
        if (h.length() == 8) {
            long v = Long.parseLong(h, 16);
            return (v & 0xff) + "." + ((v >> 8) & 0xff) + "." + ((v >> 16) & 0xff) + "." + ((v >> 24) & 0xff) + ":" + port;
        }
        return "[" + h + "]:" + port;
    }
}
