package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code plenary serve}: the address it serves at, its request log, and why it does not start. */
class ServeCommandTest {
    @TempDir Path dir;

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Starts {@code plenary serve ARGS} as a process and waits for its "Plenary serving" line; its errors go to {@code dir/serve.err}. */
    static Process serve(Path dir, String... args) throws IOException {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        Process p = Cli.start(dir, "512m", dir.resolve("serve.err"), all);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; )
            if (line.startsWith("Plenary serving ")) return p;
        throw new AssertionError("serve did not start: " + Files.readString(dir.resolve("serve.err")));
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Timeout(120) // the server it must refuse to start would otherwise run until stopped
    void aDatabaseBuiltForAnotherBaseIsRefusedWithWhatToDo() throws Exception {
        Path db = Cli.emptyDatabase(dir, "http://localhost:3030/");
        int port = freePort();
        Cli.Run r = Cli.run("serve", "--db", db.toString(), "--port", Integer.toString(port));
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("was built for base http://localhost:3030/, not http://localhost:" + port + "/"), r.err());
        assertTrue(r.err().contains("build --base http://localhost:" + port + "/"), r.err());
    }

    @Test
    void theSiteLinksToTheAddressItIsServedAt() throws Exception {
        int port = freePort();
        String base = "http://localhost:" + port + "/";
        Path db = Cli.emptyDatabase(dir, base);
        Process p = serve(dir, "--db", db.toString(), "--port", Integer.toString(port));
        try {
            HttpResponse<String> voidDescription = get(base + ".well-known/void");
            assertEquals(200, voidDescription.statusCode());
            assertTrue(voidDescription.body().contains("<" + base + "sparql>"), voidDescription.body());
            assertFalse(voidDescription.body().contains("localhost:3030"), voidDescription.body());
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void verboseLogsEveryRequestOnOneLine() throws Exception {
        int port = freePort();
        String base = "http://localhost:" + port + "/";
        Path db = Cli.emptyDatabase(dir, base);
        Process p = serve(dir, "--verbose", "--db", db.toString(), "--port", Integer.toString(port));
        String err;
        try {
            assertEquals(200, get(base + "sparql?query=ASK%7B%7D").statusCode());
            assertEquals(404, get(base + "no-such-page").statusCode());
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
            err = Files.readString(dir.resolve("serve.err"));
        }
        assertTrue(err.lines().anyMatch(l -> l.matches("GET /sparql 200 \\d+ ms")), err);
        assertTrue(err.lines().anyMatch(l -> l.matches("GET /no-such-page 404 \\d+ ms")), err);
    }

    @Test
    void aPortInUseIsOneLineNamingTheCause() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Path db = Cli.emptyDatabase(dir, "http://localhost:" + port + "/");
            Cli.Run r = Cli.runAsProcess(dir, "512m", 60, "serve", "--db", db.toString(), "--port", Integer.toString(port));
            assertEquals(1, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("plenary serve: cannot listen on the port"), r.err());
            assertTrue(r.err().contains("--port"), r.err());
        }
    }
}
