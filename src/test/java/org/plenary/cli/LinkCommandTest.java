package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.link.LinkTable;
import org.plenary.link.LinkTarget;
import org.plenary.link.TargetType;
import picocli.CommandLine;

/** {@code link --online} against a loopback server replaying the Wikibase API's response formats. */
class LinkCommandTest {
    HttpServer server;
    final List<Map<String, String>> requests = new ArrayList<>();
    final List<String> userAgents = new ArrayList<>();
    String endpoint;

    @BeforeEach
    void startFakeWikidata() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::answer);
        server.start();
        endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php";
    }

    @AfterEach
    void stop() { server.stop(0); }

    private void answer(HttpExchange ex) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : ex.getRequestURI().getRawQuery().split("&")) {
            String[] p = kv.split("=", 2);
            params.put(p[0], URLDecoder.decode(p[1], StandardCharsets.UTF_8));
        }
        synchronized (requests) {
            requests.add(params);
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        }
        String body;
        switch (params.get("action")) {
            case "wbsearchentities" -> {
                String f = fixture("search-" + params.get("search").replace(' ', '_') + ".json");
                body = f != null ? f : fixture("search-Nobody.json");
            }
            case "wbgetentities" -> {
                JsonObject all = JSON.parse(fixture("entities.json")).getObj("entities");
                JsonObject entities = new JsonObject();
                for (String id : params.get("ids").split("\\|")) {
                    if (all.hasKey(id)) entities.put(id, all.get(id));
                    else { JsonObject missing = new JsonObject(); missing.put("id", id); missing.put("missing", ""); entities.put(id, missing); }
                }
                JsonObject r = new JsonObject();
                r.put("entities", entities);
                r.put("success", 1);
                body = JSON.toString(r);
            }
            default -> body = "{\"error\":{\"code\":\"badvalue\",\"info\":\"Unrecognized value for parameter \\\"action\\\"\"}}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = LinkCommandTest.class.getResourceAsStream("/org/plenary/link/wikidata/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int run(StringWriter out, String... args) {
        CommandLine cl = new CommandLine(new LinkCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return cl.execute(args);
    }

    @Test
    void onlineRefreshAddsTypedMatchingItemsWithEvidenceAndCachesTheirJson(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("links.tsv");
        Files.writeString(table, "# test table\nqid\tlabel\taliases\ttype\tevidence\tsource\n"
                + "Q1065\tUnited Nations\tUN\tinternational-organization\tcurated\thttps://www.wikidata.org/wiki/Q1065\n");
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "place\tDPRK\nperson\tJane Fixture\nplace\tJane Fixture\nNobody\n");
        Path cache = dir.resolve("cache");
        StringWriter out = new StringWriter();

        int rc = run(out, "--online", "--endpoint", endpoint, "--table", table.toString(), "--cache", cache.toString(),
                "--names", names.toString());
        assertEquals(0, rc, out.toString());

        LinkTable t = LinkTable.read(table);
        assertTrue(t.get("Q1065").isPresent(), "existing rows are kept");
        LinkTarget dprk = t.get("Q423").orElseThrow();
        assertEquals(TargetType.COUNTRY, dprk.type());
        assertEquals("North Korea", dprk.label());
        assertTrue(dprk.aliases().contains("Democratic People's Republic of Korea"));
        assertTrue(dprk.evidence().get(0).matches("wbgetentities \\d{4}-\\d{2}-\\d{2}: P31=Q3624078,Q6256 .*"), dprk.evidence().toString());
        assertEquals(List.of("https://www.wikidata.org/wiki/Q423"), dprk.sources());
        assertTrue(t.get("Q900000001").isEmpty(), "an item of an unknown class (a song) is not a link target");

        // "Jane Fixture" was named as a person and as a place: the lookup is not kind-constrained, the item is human.
        assertEquals(TargetType.HUMAN, t.get("Q900000002").orElseThrow().type());

        JsonObject cached = JSON.read(cache.resolve("Q423.json").toString());
        assertEquals("Q3624078", cached.getObj("entities").getObj("Q423").getObj("claims").get("P31").getAsArray()
                .get(0).getAsObject().getObj("mainsnak").getObj("datavalue").getObj("value").getString("id"));
        assertFalse(Files.exists(cache.resolve("Q900000001.json")));

        assertTrue(requests.stream().anyMatch(r -> "wbsearchentities".equals(r.get("action")) && "DPRK".equals(r.get("search"))
                && "item".equals(r.get("type")) && "json".equals(r.get("format"))));
        assertTrue(requests.stream().anyMatch(r -> "wbgetentities".equals(r.get("action")) && r.get("ids").contains("Q423")));
        assertTrue(userAgents.stream().allMatch(ua -> ua != null && ua.startsWith("Plenary/")));
    }

    @Test
    void kindConstrainsTheLookup(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("links.tsv");
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "organization\tJane Fixture\n");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "--online", "--endpoint", endpoint, "--table", table.toString(),
                "--cache", dir.resolve("cache").toString(), "--names", names.toString()));
        assertTrue(LinkTable.read(table).targets().isEmpty(), "a human is no organization");
    }

    @Test
    void offlineRunPrintsLinksOfTheTable(@TempDir Path dir) throws Exception {
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "organization\tU.N. General Assembly\n");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "--names", names.toString()));
        assertTrue(out.toString().contains("http://localhost:3030/id/organization/u-n-general-assembly\tQ47423\t1.000\taccepted"), out.toString());
        assertTrue(requests.isEmpty());
    }

    @Test
    void apiErrorIsReportedNotWritten(@TempDir Path dir) throws Exception {
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "place\tDPRK\n");
        StringWriter out = new StringWriter();
        int rc = run(out, "--online", "--endpoint", "http://127.0.0.1:" + server.getAddress().getPort() + "/nothing-here",
                "--table", dir.resolve("links.tsv").toString(), "--cache", dir.resolve("c").toString(), "--names", names.toString());
        assertNotEquals(0, rc);
        assertFalse(Files.exists(dir.resolve("links.tsv")));
    }

    @Test
    void withNeitherNamesNorDatabaseTheUsageErrorNamesBoth() {
        Cli.Run r = Cli.run("link");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("Error: Missing required argument") && r.err().contains("--db=DIR") && r.err().contains("--names=FILE"), r.err());
    }

    @Test
    void aMistypedDatabaseIsAnErrorNamingItAndNothingIsCreated(@TempDir Path dir) {
        Path typo = dir.resolve("dbb");
        Cli.Run r = Cli.run("link", "--db", typo.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("plenary link: No Plenary database at " + typo + ": the directory does not exist", r.err().strip());
        assertFalse(Files.exists(typo));
    }

    @Test
    void aDatabaseThatARunningServerHoldsIsOneLine(@TempDir Path dir) throws Exception {
        Path db = Cli.emptyDatabase(dir, "http://localhost:3030/");
        Process server = ServeCommandTest.serve(dir, "--db", db.toString(), "--port", "0");
        try {
            Cli.Run r = Cli.run("link", "--db", db.toString());
            assertEquals(2, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("plenary link: Database ") && r.err().contains("is in use by process " + server.pid()), r.err());
        } finally {
            server.destroy();
            server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
