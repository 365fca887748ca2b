package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Traversal attempts on {@code /dumps/} and {@code /page/} sent as raw request lines over a socket, so that no
 * client library normalises or re-encodes the path first. Each is a 404 like any unknown path, and no answer
 * carries a file from outside the dumps (the project's pom, the TDB2 lock, /etc/passwd).
 */
class HostilePathsOverRawHttpTest {
    @TempDir static Path tmp;
    static TinySite site;

    @BeforeAll
    static void start() {
        site = TinySite.start(tmp);
    }

    @AfterAll
    static void stop() { site.close(); }

    /** Status code and body of a request whose target is sent byte for byte as given. */
    record Answer(int status, String text) {}

    static Answer rawGet(String target) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), site.server().port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("HTTP/1.1 "), target + " answered: " + text);
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    static void assertNoLeak(String target, Answer a) {
        for (String secret : new String[] {"root:x:", "<modelVersion>", "<artifactId>", "GRAPH <", "pl:articleBody"})
            assertFalse(a.text().contains(secret), target + " leaked " + secret + ":\n" + a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/dumps/..%2F..", "/dumps/..%2f..%2fpom.xml", "/dumps/%2e%2e%2f%2e%2e%2fpom.xml", "/dumps/..%5c..%5cpom.xml",
            "/dumps/%2e%2e/pom.xml", "/dumps/../current/tdb2/tdb.lock", "/dumps/..../..../pom.xml", "/dumps/%252e%252e/pom.xml",
            "/dumps//plenary.ttl", "/dumps/.//plenary.ttl", "/dumps/....//....//pom.xml", "//dumps/../pom.xml", "/dumps//",
            "/page/..%2F..", "/page/..%2f..%2fpom.xml", "/page/%2e%2e/pom.xml", "/page/../pom.xml", "/page/person/..%2F..%2F..%2Fpom.xml",
            "/page//person//eve-example", "/page/person//eve-example", "//page/person/eve-example", "/page/person/eve-example//",
            "/data//person/eve-example", "/id/person//eve-example"})
    void traversalOnDumpsAndPagesIs404AndLeaksNothing(String target) throws IOException {
        Answer a = rawGet(target);
        assertNoLeak(target, a);
        assertEquals(404, a.status(), target + " answered:\n" + a.text());
    }

    /**
     * Paths whose canonical form climbs above the root, or that hold an encoded NUL: Jetty 12 refuses them while
     * parsing the request line, before any handler, and the server's error handler answers 404 like any unknown
     * path (nothing is found there), with no file in the body.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/../../etc/passwd", "/page/../../../../etc/passwd", "/page/%2e%2e/%2e%2e/pom.xml",
            "/dumps/../../etc/passwd", "/dumps/../../../../etc/passwd", "/dumps/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/dumps/..;/..;/../pom.xml",
            "/data/../../etc/passwd", "/data/person/../../../pom.xml", "/id/../../etc/passwd", "/id/person/%2e%2e/%2e%2e/%2e%2e/pom.xml",
            "/sparql/../../etc/passwd", "/dumps/plenary.nq%00.txt", "/dumps/%00", "/dumps/plenary.ttl%00", "/dumps/%00/../../etc/passwd",
            "/page/person/eve-example%00", "/page/%00/x", "/data/person/eve-example%00", "/id/person/eve-example%00.ttl"})
    void pathsClimbingAboveTheRootOrHoldingNulAre404AndLeakNothing(String target) throws IOException {
        Answer a = rawGet(target);
        assertNoLeak(target, a);
        assertEquals(404, a.status(), target + " answered:\n" + a.text());
    }

    /** The 404 is only for paths that cannot be resolved: other malformed request lines keep Jetty's 400. */
    @ParameterizedTest
    @ValueSource(strings = {"/dumps/%zz", "/page/%c0%ae%c0%ae/pom.xml", "/dumps/%2"})
    void otherMalformedPathsKeepTheir400(String target) throws IOException {
        Answer a = rawGet(target);
        assertNoLeak(target, a);
        assertEquals(400, a.status(), target + " answered:\n" + a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql?query=SELECT%20*%20WHERE%20%7B", "/sparql?query=%00"})
    void malformedQueriesKeepTheir400WithTheParsersMessage(String target) throws IOException {
        Answer a = rawGet(target);
        assertEquals(400, a.status(), target + " answered:\n" + a.text());
        assertTrue(a.text().contains("Parse error") || a.text().contains("Lexical error") || a.text().contains("Encountered"),
                target + " answered:\n" + a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dumps/plenary.ttl", "/page/person/eve-example"})
    void thePlainPathsStillAnswer(String target) throws IOException {
        assertEquals(200, rawGet(target).status(), target);
    }
}
