package org.plenary.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.PlenaryException;
import org.plenary.store.PlenaryDatabase;
import org.plenary.store.SampleData;

/**
 * {@code serve} checks a generation before serving it and refuses a damaged one (a truncated TDB2 node table, a
 * changed file), serving the previous sound generation instead: at start, after a restart, and when a damaged
 * generation is published while it serves.
 */
class DamagedGenerationTest {
    @TempDir Path tmp;
    PlenaryDatabase db;
    PlenaryServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final List<Process> children = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        children.forEach(Process::destroyForcibly);
        if (server != null) server.stop();
        if (db != null) for (Path g : generations()) db.release(g);
    }

    List<Path> generations() throws IOException {
        try (var s = Files.list(db.location())) {
            return s.filter(p -> p.getFileName().toString().startsWith("gen-")).sorted().toList();
        }
    }

    /** gen-1 names Ada Example, gen-2 Ada Renamed; neither open in this JVM, as after a build in another process. */
    void twoGenerations() throws IOException {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        db.replace(out -> SampleData.write(out, "Ada Renamed"));
        assertEquals(List.of("gen-1", "gen-2"), generations().stream().map(p -> p.getFileName().toString()).toList());
        for (Path g : generations()) {
            db.release(g);
            // TDB2 leaves this JVM's process id in its lock files: gone, as when the build's process has exited
            Files.deleteIfExists(g.resolve("tdb2/tdb.lock"));
            Files.deleteIfExists(g.resolve("tdb2/Data-0001/tdb.lock"));
        }
    }

    static void truncateNodeTable(Path gen) throws IOException {
        Path nodes = gen.resolve("tdb2/Data-0001/nodes-data.obj");
        try (RandomAccessFile f = new RandomAccessFile(nodes.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
    }

    List<String> names(int port) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                        + URLEncoder.encode(SampleData.JOIN_QUERY, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    /** Starts the server with System.err captured; returns what it printed there. */
    String start() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            server = PlenaryServer.create().database(db).port(0).warm(false).build().start();
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTruncatedNodeTableIsRefusedAndThePreviousGenerationServed() throws Exception {
        twoGenerations();
        truncateNodeTable(db.location().resolve("gen-2"));
        String said = start();
        assertEquals("gen-1", server.servedGeneration().getFileName().toString());
        assertEquals(List.of(SampleData.NAME), names(server.port()));
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.contains("damaged generation gen-2 (tdb2/Data-0001/nodes-data.obj differs from SHA256SUMS")
                && said.contains("serving gen-1"), said);
    }

    @Test
    void aGenerationWithoutSumsIsReadBackWholeAndRefusedWhenItsNodeTableIsCut() throws Exception {
        twoGenerations();
        // As published by an older version: no sums, so only reading it back can tell.
        Files.delete(db.location().resolve("gen-2/SHA256SUMS"));
        truncateNodeTable(db.location().resolve("gen-2"));
        String said = start();
        assertEquals(List.of(SampleData.NAME), names(server.port()));
        assertTrue(said.contains("damaged generation gen-2 (TDB2 cannot read it"), said);
    }

    @Test
    void aSoundGenerationWithoutSumsIsServed() throws Exception {
        twoGenerations();
        Files.delete(db.location().resolve("gen-2/SHA256SUMS"));
        String said = start();
        assertEquals(List.of("Ada Renamed"), names(server.port()));
        assertEquals("", said);
    }

    @Test
    void withNoSoundGenerationToFallBackToServeRefusesNamingTheFile() throws Exception {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        db.release(db.currentGeneration().orElseThrow());
        truncateNodeTable(db.location().resolve("gen-1"));
        PlenaryException e = assertThrows(PlenaryException.class, () -> PlenaryServer.create().database(db).port(0).build().start());
        assertTrue(e.getMessage().contains("gen-1 (tdb2/Data-0001/nodes-data.obj differs") && e.getMessage().contains("no earlier sound generation"),
                e.getMessage());
    }

    @Test
    void aDamagedGenerationPublishedWhileServingIsNotSwitchedTo() throws Exception {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(SampleData::write);
        start();
        assertEquals(List.of(SampleData.NAME), names(server.port()));
        db.replace(out -> SampleData.write(out, "Ada Renamed"));
        // One byte of a dump changed on disk after the build: the generation no longer is what its build wrote.
        Path dump = db.location().resolve("gen-2/dumps/plenary.nq");
        byte[] bytes = Files.readAllBytes(dump);
        bytes[bytes.length / 2] ^= 1;
        Files.write(dump, bytes);
        assertEquals(List.of(SampleData.NAME), names(server.port()));
        assertEquals("gen-1", server.servedGeneration().getFileName().toString());
        byte[] served = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/dumps/plenary.nq")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertArrayEquals(Files.readAllBytes(db.location().resolve("gen-1/dumps/plenary.nq")), served,
                "the dumps are those of the generation served, not of the damaged one");

        db.replace(out -> SampleData.write(out, "Ada Third"));
        assertEquals(List.of("Ada Third"), names(server.port()), "the next sound generation is served");
    }

    @Test
    void theServeCommandRefusesADamagedGenerationAtStartAndAfterARestart() throws Exception {
        twoGenerations();
        truncateNodeTable(db.location().resolve("gen-2"));
        for (int run = 0; run < 2; run++) {
            Path log = tmp.resolve("serve-" + run + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    "org.plenary.cli.PlenaryCommand", "serve", "--db", db.location().toString(), "--port", "0")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            children.add(p);
            Pattern serving = Pattern.compile("Plenary serving http://localhost:(\\d+)/sparql");
            Matcher m = serving.matcher("");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && p.isAlive() && !(m = serving.matcher(Files.readString(log))).find()) Thread.sleep(100);
            String said = Files.readString(log);
            assertTrue(m.find(0), "started: " + said);
            assertEquals(List.of(SampleData.NAME), names(Integer.parseInt(m.group(1))), "run " + run);
            assertTrue(said.startsWith("refusing to serve damaged generation gen-2 (tdb2/Data-0001/nodes-data.obj"), said);
            assertFalse(said.contains("\tat "), "no stack trace: " + said);
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
