package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.fetch.LocalSite;
import org.plenary.ingest.FetchArchive;
import org.plenary.ingest.SavedPages;

/**
 * {@code plenary fetch} as a user runs it: a list of URLs with comments, bad lines and failing addresses, a CSV
 * export with a url column, a feed; one line per problem naming the file and line or the address and its reason,
 * the others fetched, and the exit code saying whether anything failed.
 */
class FetchCommandTest {
    LocalSite site;
    Path dir, articles;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        site.at("/robots.txt", "text/plain", "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.UTF_8));
        site.at("/news/cairo.html", "text/html", SavedPages.page(SavedPages.CAIRO).getBytes(StandardCharsets.UTF_8));
        site.at("/news/niamey.html", "text/html", SavedPages.page(SavedPages.NIAMEY).getBytes(StandardCharsets.UTF_8));
        dir = Files.createTempDirectory("plenary-fetch-cli");
        articles = Files.createDirectories(dir.resolve("articles"));
    }

    @AfterEach
    void stop() { site.close(); }

    Cli.Run fetch(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("fetch", "--articles", articles.toString(), "--delay", "0",
                "--timeout", "2", "--retries", "0", "--allow-host", "127.0.0.1"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    List<String> articleFiles() throws Exception {
        try (Stream<Path> s = Files.list(articles)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FetchArchive.FILE_NAME)).sorted().toList();
        }
    }

    @Test
    void aListWithCommentsIsFetchedAndSaysSoInOneLine() throws Exception {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# council reports\n" + site.url("/news/cairo.html") + "   # Cairo\n\n"
                + site.url("/news/niamey.html#top") + "\n" + site.url("/news/cairo.html") + "\n");
        Cli.Run r = fetch("--urls", list.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, articleFiles().size(), articleFiles().toString());
        assertTrue(r.out().contains("fetched 2 addresses into " + articles + ": 2 new, 0 new versions, 0 unchanged, 0 failed"), r.out());
        assertEquals("", r.err().strip(), "quiet by default");
        assertEquals(1, site.requests("/news/cairo.html").size(), "an address listed twice is fetched once");

        Cli.Run again = fetch("--urls", list.toString(), "--verbose");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("0 new, 0 new versions, 2 unchanged"), again.out());
        assertTrue(again.err().contains("unchanged: " + site.url("/news/cairo.html") + ": unchanged since"), again.err());
    }

    @Test
    void aBadLineIsNamedByFileAndLineAndTheOthersAreFetched() throws Exception {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, site.url("/news/cairo.html") + "\nftp://example.org/minutes.pdf\nnot a url at all\n"
                + site.url("/news/niamey.html") + "\n");
        Cli.Run r = fetch("--urls", list.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("plenary fetch: " + list + ":2: not an http or https URL: ftp://example.org/minutes.pdf"), r.err());
        assertTrue(r.err().contains("plenary fetch: " + list + ":3: "), r.err());
        assertEquals(2, articleFiles().size());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aFailingAddressIsReportedWithItsReasonAndTheOthersGoOn() throws Exception {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, site.url("/gone.html") + "\n" + site.url("/news/cairo.html") + "\n");
        Cli.Run r = fetch("--urls", list.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("plenary fetch: " + site.url("/gone.html") + ": 404 Not Found"), r.err().lines().toList());
        assertEquals(1, articleFiles().size());
        assertTrue(r.out().contains("1 new, 0 new versions, 0 unchanged, 1 failed"), r.out());
    }

    @Test
    void aSpreadsheetExportWithAUrlColumnIsAList() throws Exception {
        Path csv = dir.resolve("articles.csv");
        Files.writeString(csv, "outlet,url,note\n\"World News Daily, Cairo\"," + site.url("/news/cairo.html") + ",summit\n"
                + "Wikinews,,no address yet\n");
        Cli.Run r = fetch("--urls", csv.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(csv + ":3: empty url cell"), r.err());
        assertEquals(1, articleFiles().size());
    }

    @Test
    void aFeedIsFetchedWithItsArticles() throws Exception {
        site.at("/feed.xml", "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>%s</link><description>d</description>
                <item><title>Cairo</title><link>%s</link></item><item><title>Niamey</title><link>%s</link></item></channel></rss>"""
                .formatted(site.url("/"), site.url("/news/cairo.html"), site.url("/news/niamey.html")).getBytes(StandardCharsets.UTF_8));
        Cli.Run r = fetch("--feed", site.url("/feed.xml").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, articleFiles().size());
    }

    @Test
    void theLocalMachineIsRefusedUnlessAllowed() throws Exception {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, site.url("/news/cairo.html") + "\n");
        Cli.Run r = Cli.run("fetch", "--articles", articles.toString(), "--urls", list.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("127.0.0.1 is a loopback address (--allow-host 127.0.0.1 allows it)"), r.err());
        assertTrue(site.requests().isEmpty());
    }

    @Test
    void badInvocationsAreOneLine() throws Exception {
        Cli.Run none = Cli.run("fetch", "--articles", articles.toString());
        assertEquals(2, none.exit());
        assertEquals("plenary fetch: give --urls FILE or --feed URL (or both)", none.err().strip());
        Cli.Run missing = Cli.run("fetch", "--articles", articles.toString(), "--urls", dir.resolve("nope.txt").toString());
        assertEquals(2, missing.exit());
        assertEquals("plenary fetch: " + dir.resolve("nope.txt") + ": cannot read: no such file", missing.err().strip());
        Cli.Run feed = Cli.run("fetch", "--articles", articles.toString(), "--feed", "file:///etc/passwd");
        assertEquals(2, feed.exit());
        assertEquals("plenary fetch: --feed file:///etc/passwd: not an http or https URL", feed.err().strip());
        Cli.Run folder = Cli.run("fetch", "--articles", dir.resolve("nowhere").toString(), "--feed", "https://example.org/feed");
        assertEquals(2, folder.exit());
        assertTrue(folder.err().strip().endsWith("nowhere: not a directory"), folder.err());
    }
}
