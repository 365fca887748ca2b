package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.store.PlenaryDatabase;
import org.plenary.publish.PlenaryServer;
import org.plenary.publish.SecurityHeaders;
import org.plenary.publish.ServicePolicies;

/**
 * Clients that try to hold the server or use it against other hosts, over real sockets against a real server:
 * slow bodies and slow readers are cut while everyone else keeps being answered, SERVICE reaches only what is
 * allowed and never waits past the timeout, every malformed request gets a 4xx saying what is wrong.
 * <p>
 * Hostile connections come from other loopback addresses (127.0.0.x) than the well-behaved client, as distinct
 * clients would: the server limits what one client address may hold.
 */
class AbusiveClientsTest {
    @TempDir static Path tmp;
    static PlenaryDatabase db;
    static PlenaryServer server;
    /** A listener that accepts connections and never answers: a SERVICE endpoint that hangs. */
    static ServerSocket hanging;
    static final AtomicInteger hangingConnections = new AtomicInteger();
    static final List<Socket> held = new CopyOnWriteArrayList<>();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Big literals: the whole answer (about 6 MB) is more than the sockets on both ends buffer. */
    static final int BIG = 200, BIG_CHARS = 30_000;

    @BeforeAll
    static void start() throws IOException {
        hanging = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!hanging.isClosed()) {
                try {
                    held.add(hanging.accept());
                    hangingConnections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(out -> {
            Node g = NodeFactory.createURI("urn:graph");
            Node label = NodeFactory.createURI("urn:label"), text = NodeFactory.createURI("urn:text");
            for (int i = 0; i < 100; i++)
                out.quad(Quad.create(g, s(i), label, NodeFactory.createLiteralString("node " + i)));
            // Matching "^(.*a){20}$" against this backtracks through about 30^20 ways to split it.
            out.quad(Quad.create(g, s(0), NodeFactory.createURI("urn:code"), NodeFactory.createLiteralString("a".repeat(30) + "b")));
            String filler = "x".repeat(BIG_CHARS);
            for (int i = 0; i < BIG; i++)
                out.quad(Quad.create(g, s(1000 + i), text, NodeFactory.createLiteralString(i + filler)));
        });
        server = PlenaryServer.create().database(db).port(0).queryTimeout(Duration.ofSeconds(2)).maxResults(10_000)
                .warm(false)
                .services(ServicePolicies.includingLocal(List.of(hangingEndpoint())))
                .build().start();
        // The first query of a JVM loads the engine's classes: not what the tests below time.
        try {
            cheapQuestionMillis(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String hangingEndpoint() { return "http://127.0.0.1:" + hanging.getLocalPort() + "/sparql"; }

    static Node s(int i) { return NodeFactory.createURI("urn:s:" + i); }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        db.currentGeneration().ifPresent(db::release);
        hanging.close();
        for (Socket s : held) s.close();
    }

    static String url(String path) { return "http://localhost:" + server.port() + path; }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String q) throws Exception {
        return get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A raw connection from another loopback address (another client, to the server). */
    static Socket connectFrom(int lastOctet, int receiveBuffer) throws IOException {
        Socket s = new Socket();
        if (receiveBuffer > 0) s.setReceiveBufferSize(receiveBuffer);
        s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0." + lastOctet), 0));
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
        return s;
    }

    /** A cheap question from the well-behaved client: answered right, in well under a second. */
    static long cheapQuestionMillis(int i) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = query("SELECT ?l { <urn:s:" + i + "> <urn:label> ?l }");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("node " + i, r.body().lines().skip(1).findFirst().orElseThrow().trim());
        return ms;
    }

    /** Reads until the server closes the connection; the bytes read, or -1 if it was still open after {@code limit}. */
    static long readUntilClosed(Socket s, Duration limit) throws IOException {
        s.setSoTimeout(500);
        long deadline = System.nanoTime() + limit.toNanos(), n = 0;
        byte[] buf = new byte[65536];
        InputStream in = s.getInputStream();
        while (System.nanoTime() < deadline) {
            try {
                int r = in.read(buf);
                if (r < 0) return n;
                n += r;
            } catch (SocketTimeoutException e) {
                // still open
            } catch (IOException reset) {
                return n;
            }
        }
        return -1;
    }

    @Test
    void slowBodiesAndSlowReadersAreCutWhileOthersKeepBeingAnswered() throws Exception {
        // 24 clients sending a form a byte every 2 s, 24 clients that ask for 6 MB and do not read it: more
        // connections than the 20 threads that sufficed to freeze the server before.
        List<Socket> slowBodies = new ArrayList<>(), slowReaders = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Socket s = connectFrom(10 + i, 0);
            s.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 1000\r\n\r\nquery=").getBytes(StandardCharsets.US_ASCII));
            slowBodies.add(s);
        }
        String big = "/sparql?query=" + URLEncoder.encode("SELECT ?t { ?s <urn:text> ?t }", StandardCharsets.UTF_8);
        for (int i = 0; i < 24; i++) {
            Socket s = connectFrom(50 + i, 4096);
            s.getOutputStream().write(("GET " + big + " HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            slowReaders.add(s);
            Thread.sleep(100);
        }
        long start = System.nanoTime();
        Thread trickle = new Thread(() -> {
            for (int k = 0; k < 30; k++) {
                for (Socket s : slowBodies) {
                    try {
                        s.getOutputStream().write('S');
                    } catch (IOException closed) {
                        // cut by the server: expected
                    }
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        trickle.setDaemon(true);
        trickle.start();
        long worst = 0;
        for (int i = 0; i < 20; i++) {
            worst = Math.max(worst, cheapQuestionMillis(i));
            Thread.sleep(250);
        }
        assertTrue(worst < 1000, "the well-behaved client waited " + worst + " ms");
        // Each slow body is cut: closed by the server well before its 1000 bytes could arrive (about 33 minutes).
        for (Socket s : slowBodies) {
            long n = readUntilClosed(s, Duration.ofSeconds(20));
            assertTrue(n >= 0, "a slow body was not cut");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertTrue(seconds < 30, "cut after " + seconds + " s");
            s.close();
        }
        // Each slow reader is cut: the connection ends before the whole answer (about 6 MB) was sent.
        // Each answer waits on its client from when its query ran (the lane lets 6 run at once) plus the 10 s grace.
        Thread.sleep(Math.max(0, 25_000 - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
        for (Socket s : slowReaders) {
            s.setSoTimeout(5000);
            byte[] status = s.getInputStream().readNBytes(12);
            assertEquals("HTTP/1.1 200", new String(status, StandardCharsets.US_ASCII), "the slow reader's query was answered");
            long n = readUntilClosed(s, Duration.ofSeconds(20));
            assertTrue(n >= 0, "a slow reader was not cut");
            assertTrue(n < (long) BIG * BIG_CHARS, "a slow reader got the whole answer: " + n + " bytes");
            s.close();
        }
        trickle.interrupt();
        cheapQuestionMillis(7);
    }

    @Test
    void aReaderTakingAByteEveryTwoSecondsIsCutAndWhatTheServerHadBufferedIsDropped() throws Exception {
        // Reading keeps the connection from ever being idle: only the rate at which it takes the answer can cut it.
        String big = "/sparql?query=" + URLEncoder.encode("SELECT ?t { ?s <urn:text> ?t }", StandardCharsets.UTF_8);
        try (Socket s = connectFrom(90, 4096)) {
            s.getOutputStream().write(("GET " + big + " HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            s.setSoTimeout(30_000);
            for (int i = 0; i < 10; i++) {
                assertTrue(in.read() >= 0);
                Thread.sleep(2000);
            }
            // 20 s on: the server cut the connection after 10 s of waiting writes, and reset it, so the megabytes in
            // its socket buffer were dropped. Reading fast now gets what this end had buffered, then the end.
            long rest = 0;
            byte[] buf = new byte[65536];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) rest += n;
            } catch (IOException reset) {
                // the reset itself
            }
            assertTrue(rest < 512 * 1024, "after the cut, " + rest + " more bytes of the " + (long) BIG * BIG_CHARS + " came");
        }
    }

    @Test
    void aServiceThatNeverAnswersEndsWithTheTimeoutAndOthersKeepBeingAnswered() throws Exception {
        String q = "SELECT * { SERVICE <" + hangingEndpoint() + "> { ?s ?p ?o } }";
        long t0 = System.nanoTime();
        List<CompletableFuture<String>> calls = new ArrayList<>();
        String request = "GET /sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\nConnection: close\r\n\r\n";
        for (int i = 0; i < 12; i++) {
            int client = 100 + i;
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return raw(client, request);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        Thread.sleep(300);
        for (int i = 0; i < 5; i++) {
            long ms = cheapQuestionMillis(i);
            assertTrue(ms < 1000, "the well-behaved client waited " + ms + " ms");
        }
        int busy = 0;
        for (CompletableFuture<String> f : calls) {
            String r = f.get(30, TimeUnit.SECONDS);
            int status = Integer.parseInt(r.substring(9, 12));
            assertTrue(status >= 500, r);
            String body = r.substring(r.indexOf("\r\n\r\n") + 4);
            assertFalse(body.contains("java.") || body.contains("Exception"), body);
            // A call refused for want of a free outbound call (or of time) says the server is busy: 503, not 500.
            if (body.contains("already running") || body.contains("time ran out")) {
                assertEquals(503, status, r);
                busy++;
            }
        }
        assertTrue(busy >= 1, "with at most 4 calls at once, some of the 12 found none free");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        // 12 calls, at most 4 at once, each ending by the 2 s timeout (the others wait for a free call at most as long).
        assertTrue(seconds <= 8, "the hanging SERVICE calls took " + seconds + " s");
        assertTrue(hangingConnections.get() >= 1, "the endpoint was called");
    }

    @Test
    void serviceToLoopbackFilesVariablesOrUnlistedHostsIsRefusedWithoutAnyConnection() throws Exception {
        int before = hangingConnections.get();
        try (ServerSocket loopback = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            int port = loopback.getLocalPort();
            for (String endpoint : List.of("<http://127.0.0.1:" + port + "/>", "<http://localhost:" + port + "/sparql>",
                    "<file:///etc/passwd>", "<http://169.254.169.254/latest/meta-data/>", "<http://10.0.0.1/sparql>",
                    "<https://query.wikidata.org/sparql>")) {
                HttpResponse<String> r = query("SELECT * { SERVICE " + endpoint + " { ?s ?p ?o } }");
                assertEquals(400, r.statusCode(), endpoint + ": " + r.body());
                assertTrue(r.body().contains("not an allowed endpoint"), r.body());
            }
            HttpResponse<String> variable = query("SELECT * { VALUES ?u { <http://127.0.0.1:" + port + "/> } SERVICE ?u { ?s ?p ?o } }");
            assertEquals(400, variable.statusCode(), variable.body());
            assertTrue(variable.body().contains("variable"), variable.body());
            HttpResponse<String> nested = query("SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:" + port + "/> { ?s ?p ?o } } }");
            assertEquals(400, nested.statusCode(), nested.body());
            loopback.setSoTimeout(1000);
            assertThrows(SocketTimeoutException.class, loopback::accept, "the server connected to a loopback port");
        }
        assertEquals(before, hangingConnections.get());
    }

    @Test
    void aBacktrackingRegexEndsWithTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = query("SELECT ?s { ?s <urn:code> ?c FILTER REGEX(?c, \"^(.*a){20}$\") }");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ms < 4000, "regex ran " + ms + " ms under a 2 s timeout");
        HttpResponse<String> replace = query("SELECT (REPLACE(?c, \"^(.*a){20}$\", \"x\") AS ?r) { ?s <urn:code> ?c }");
        assertEquals(503, replace.statusCode(), replace.body());
        // Ordinary regular expressions still work as in SPARQL.
        HttpResponse<String> plain = query("SELECT ?l { ?s <urn:label> ?l FILTER REGEX(?l, \"^NODE 4[0-2]$\", \"i\") } ORDER BY ?l");
        assertEquals(List.of("l", "node 40", "node 41", "node 42"), plain.body().lines().map(String::trim).toList());
        HttpResponse<String> replaced = query("SELECT (REPLACE(\"node 1\", \"(\\\\d)\", \"#$1\") AS ?r) {}");
        assertEquals("node #1", replaced.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    @Test
    void malformedRequestsGet4xxWithAReadableMessage() throws Exception {
        // Requests HttpClient will not send: a bad %-escape, bytes that are not UTF-8 once unescaped.
        for (String target : List.of("/sparql?query=SELECT%ZZ*%20%7B%7D", "/sparql?query=SELECT%20*%20%7B%7D%FF",
                "/search?q=%E0%A4", "/search?q=abc%", "/reconcile?queries=%7B%22q0%22%3A%7B%22query%22%3A%22x%FE%22%7D%7D")) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            int status = Integer.parseInt(answer.substring(9, 12));
            assertEquals(400, status, target + ": " + answer);
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertTrue(body.contains("%-escape") || body.contains("not valid UTF-8"), target + ": " + body);
        }
        List<HttpResponse<String>> bad = new ArrayList<>();
        bad.add(post("/sparql", "application/x-www-form-urlencoded", new byte[] {'q', 'u', 'e', 'r', 'y', '=', (byte) 0xC3, (byte) 0x28}));
        bad.add(post("/sparql", "application/x-www-form-urlencoded", "query=SELECT%2".getBytes(StandardCharsets.US_ASCII)));
        bad.add(post("/sparql", "application/sparql-query; charset=bogus-charset", "SELECT * {}".getBytes(StandardCharsets.US_ASCII)));
        bad.add(post("/sparql", "application/sparql-query", new byte[] {'A', 'S', 'K', ' ', '{', (byte) 0xFF, '}'}));
        bad.add(get("/sparql?query=" + URLEncoder.encode("SELECT * {" + " { ?s ?p ?o } UNION".repeat(5000) + " { ?s ?p ?o } }", StandardCharsets.UTF_8).replace("+", "%20")));
        bad.add(post("/sparql", "application/sparql-query",
                ("SELECT * {" + " { ?s ?p ?o } UNION".repeat(5000) + " { ?s ?p ?o } }").getBytes(StandardCharsets.UTF_8)));
        bad.add(query("SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"));
        bad.add(get("/sparql?query=" + URLEncoder.encode("SELECT * {}", StandardCharsets.UTF_8) + "&callback=alert(document.domain)//"));
        for (HttpResponse<String> r : bad) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.uri() + " got " + r.statusCode() + ": " + r.body());
            assertFalse(r.body().matches("(?s).*\\b(java|org\\.apache|org\\.eclipse)\\.[a-z]+\\..*"), "a Java class name in " + r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
        HttpResponse<String> jsonp = get("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8) + "&callback=app.handle");
        assertEquals(200, jsonp.statusCode());
    }

    @Test
    void aBodyOverTheLimitGets413WhileTheClientIsStillSendingIt() throws Exception {
        // HttpClient writes the whole body before reading: the refusal must not be lost to a reset connection.
        byte[] big = ("SELECT * { ?s ?p \"" + "x".repeat(4 * 1024 * 1024) + "\" }").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> tooBig = post("/sparql", "application/sparql-query", big);
            assertEquals(413, tooBig.statusCode(), "attempt " + i + ": " + tooBig.body());
            assertTrue(tooBig.body().contains("KB"), tooBig.body());
        }
        // A client that asks first (Expect: 100-continue) is refused before it sends a byte of a huge body.
        String answer = raw("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 1000000000\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }

    /** Sends {@code request} as is from another loopback address; the whole answer, headers included. */
    static String raw(String request) throws IOException { return raw(3, request); }

    static String raw(int client, String request) throws IOException {
        try (Socket s = connectFrom(client, 0)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/sparql", "/sparql?query=ASK%7B%7D", "/query", "/search?q=node", "/nothing-here",
                "/dumps/", "/sparql?query=SELECT", "/page/person/nobody", "/$/ping")) {
            HttpResponse<String> r = get(path);
            for (var h : SecurityHeaders.ALL.entrySet())
                assertEquals(h.getValue(), r.headers().firstValue(h.getKey()).orElse(null), path + " (" + r.statusCode() + ") " + h.getKey());
        }
        // An error Jetty answers itself, before any handler: a path climbing above the root.
        String head = raw("GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(head.contains("Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY), head);
        assertTrue(head.contains("X-Content-Type-Options: nosniff"), head);
    }
}
