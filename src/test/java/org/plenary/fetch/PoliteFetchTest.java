package org.plenary.fetch;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.FetchArchive;
import org.plenary.ingest.SavedPages;
import org.plenary.ingest.SourceCatalogue;

/**
 * Fetching from a real HTTP server on this machine that serves real saved pages, feeds, and the ways servers
 * misbehave: robots.txt, slow and trickling answers, redirect chains (to a forbidden address too), 404, 429 with
 * Retry-After, huge and binary responses, and a page that changes between two fetches.
 */
class PoliteFetchTest {
    static final String UA = "Plenary/test (+https://w3id.org/plenary)";
    static final Path EBB = Path.of("data/pages/ebb-kuhn-controversial-events.html");
    LocalSite site;
    Path articles;

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
        site.at("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
        site.at("/pages/ebb.html", "text/html; charset=utf-8", Files.readAllBytes(EBB));
        articles = Files.createTempDirectory("plenary-fetch");
    }

    @AfterEach
    void stop() { site.close(); }

    ArticleFetch.Builder fetcher() {
        return ArticleFetch.builder().articles(articles).userAgent(UA).delay(Duration.ZERO).timeout(Duration.ofMillis(800))
                .retries(1).backoff(Duration.ofMillis(50)).maxBytes(1_000_000).allowedHosts(Set.of("127.0.0.1"));
    }

    ArticleFetch.Outcome fetchOne(String path) {
        try (ArticleFetch f = fetcher().open()) {
            return f.fetch(site.url(path));
        }
    }

    List<String> articleFiles() throws IOException {
        try (Stream<Path> s = Files.list(articles)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FetchArchive.FILE_NAME)).sorted().toList();
        }
    }

    List<WarcRecord> records() throws IOException {
        List<WarcRecord> out = new ArrayList<>();
        try (WarcReader r = new WarcReader(articles.resolve(FetchArchive.FILE_NAME))) {
            for (WarcRecord rec : r) {
                if (rec instanceof WarcResponse resp) resp.http(); // parsed while the reader is open
                out.add(rec);
            }
        }
        return out;
    }

    /** The statuses of the kept responses for one address, in order. */
    List<Integer> keptStatuses(URI target) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (WarcReader r = new WarcReader(articles.resolve(FetchArchive.FILE_NAME))) {
            for (WarcRecord rec : r)
                if (rec instanceof WarcResponse resp && resp.target().equals(target.toString())) out.add(resp.http().status());
        }
        return out;
    }

    @Test
    void aSavedPageIsWrittenByteForByteAndReadWithWhereAndWhenItWasFetched() throws Exception {
        Instant before = Instant.now();
        ArticleFetch.Outcome o = fetchOne("/pages/ebb.html");
        assertEquals(ArticleFetch.Result.NEW, o.result(), o.message());
        Path file = articles.resolve(o.file().orElseThrow());
        assertTrue(file.getFileName().toString().endsWith(".html"), file.toString());
        assertArrayEquals(Files.readAllBytes(EBB), Files.readAllBytes(file));

        Article a = new ArticleReader(SourceCatalogue.empty(), FetchArchive.forDirectory(articles)).read(file);
        assertEquals(site.url("/pages/ebb.html").toString(), a.retrieval().orElseThrow().url());
        Instant when = a.retrieval().get().retrieved();
        assertFalse(when.isBefore(before.minusSeconds(1)) || when.isAfter(Instant.now()), when.toString());
        assertTrue(a.retrieval().get().recordId().startsWith("urn:uuid:"), a.retrieval().get().recordId());
        assertTrue(a.text().contains("Kuhn"), "the page's main text is the article's text");

        // robots.txt first, then the page; both with a User-Agent naming Plenary
        assertEquals(List.of("/robots.txt", "/pages/ebb.html"), site.requests().stream().map(LocalSite.Request::path).toList());
        for (LocalSite.Request r : site.requests()) assertEquals(UA, r.userAgent());
        // both exchanges kept, a request and a response record each
        List<WarcRecord> recs = records();
        assertEquals(2, recs.stream().filter(r -> r instanceof WarcRequest).count());
        assertEquals(2, recs.stream().filter(r -> r instanceof WarcResponse).count());
        WarcResponse page = recs.stream().filter(r -> r instanceof WarcResponse w && w.target().endsWith("/pages/ebb.html"))
                .map(WarcResponse.class::cast).findFirst().orElseThrow();
        assertEquals(file.getFileName().toString(), page.headers().first(FetchArchive.ARTICLE_FILE).orElseThrow());
    }

    @Test
    void anEditedFileIsNoLongerTheFetchedPage() throws Exception {
        ArticleFetch.Outcome o = fetchOne("/pages/ebb.html");
        Path file = articles.resolve(o.file().orElseThrow());
        Files.writeString(file, Files.readString(file).replace("Kuhn", "Kuhn Kuhn"));
        Article a = new ArticleReader(SourceCatalogue.empty(), FetchArchive.forDirectory(articles)).read(file);
        assertTrue(a.retrieval().isEmpty(), "an edited file says nothing of a fetch");
    }

    @Test
    void rssAndAtomFeedsBringTheArticlesTheyLinkTo() throws Exception {
        site.at("/news/cairo.html", "text/html", SavedPages.page(SavedPages.CAIRO).getBytes(StandardCharsets.UTF_8));
        site.at("/news/niamey.html", "text/html", SavedPages.page(SavedPages.NIAMEY).getBytes(StandardCharsets.UTF_8));
        site.at("/feed.rss", "application/rss+xml; charset=utf-8", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>World News Daily</title><link>%s</link><description>News</description>
                  <item><title>Ministers in Cairo</title><link>%s</link><guid isPermaLink="false">cairo-1</guid>
                    <pubDate>Sat, 11 Jan 2020 09:30:00 +0200</pubDate></item>
                  <item><title>African Union in Niamey</title><link>%s</link></item>
                  <item><title>A note without a link</title><description>No page.</description></item>
                </channel></rss>""".formatted(site.url("/"), site.url("/news/cairo.html"), site.url("/news/niamey.html"))
                .getBytes(StandardCharsets.UTF_8));
        site.at("/feed.atom", "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>World News Daily</title><id>urn:x:feed</id>
                  <updated>2020-01-11T09:30:00Z</updated>
                  <entry><title>African Union in Niamey</title><id>urn:x:2</id><updated>2019-07-08T10:00:00Z</updated>
                    <link rel="alternate" type="text/html" href="/news/niamey.html"/>
                    <link rel="enclosure" href="/media/photo.jpg"/></entry>
                </feed>""".getBytes(StandardCharsets.UTF_8));
        try (ArticleFetch f = fetcher().open()) {
            FeedLinks.Links rss = f.feed(site.url("/feed.rss"));
            assertEquals(List.of(site.url("/news/cairo.html"), site.url("/news/niamey.html")), rss.links());
            assertEquals(1, rss.problems().size(), rss.problems().toString());
            assertTrue(rss.problems().get(0).contains("entry 3 (A note without a link): no link"), rss.problems().get(0));
            FeedLinks.Links atom = f.feed(site.url("/feed.atom"));
            assertEquals(List.of(site.url("/news/niamey.html")), atom.links(), "relative links resolve against the feed");
            for (URI u : rss.links()) assertEquals(ArticleFetch.Result.NEW, f.fetch(u).result());
            assertEquals(ArticleFetch.Result.UNCHANGED, f.fetch(atom.links().get(0)).result(), "the same page from the second feed");
        }
        assertEquals(2, articleFiles().size(), articleFiles().toString());
    }

    @Test
    void aPageThatIsNoFeedIsSaidToBeNone() {
        try (ArticleFetch f = fetcher().open()) {
            FetchException e = assertThrows(FetchException.class, () -> f.feed(site.url("/pages/ebb.html")));
            assertTrue(e.getMessage().contains("not a feed (content type text/html)"), e.getMessage());
        }
    }

    @Test
    void robotsTxtIsObeyed() throws Exception {
        site.at("/private/minutes.html", "text/html", Files.readAllBytes(EBB));
        ArticleFetch.Outcome o = fetchOne("/private/minutes.html");
        assertEquals(ArticleFetch.Result.FAILED, o.result());
        assertTrue(o.message().contains("disallowed by " + site.url("/robots.txt")), o.message());
        assertTrue(site.requests("/private/minutes.html").isEmpty(), "never asked for");
        assertTrue(articleFiles().isEmpty());
    }

    @Test
    void aHostWhoseRobotsTxtFailsIsLeftAlone() throws Exception {
        site.at("/robots.txt", x -> LocalSite.send(x, 503, "text/plain", "down".getBytes()));
        ArticleFetch.Outcome o = fetchOne("/pages/ebb.html");
        assertEquals(ArticleFetch.Result.FAILED, o.result(), "RFC 9309: an unreachable robots.txt disallows all");
        assertTrue(site.requests("/pages/ebb.html").isEmpty());
    }

    @Test
    void aSlowPageTimesOutAfterItsRetries() {
        site.at("/slow.html", x -> {
            Thread.sleep(3000);
            LocalSite.send(x, 200, "text/html", "<html><body><p>late</p></body></html>".getBytes());
        });
        long t0 = System.nanoTime();
        ArticleFetch.Outcome o = fetchOne("/slow.html");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(ArticleFetch.Result.FAILED, o.result());
        assertTrue(o.message().contains("no answer within 0.8 s (--timeout)") && o.message().contains("(2 attempts)"), o.message());
        assertEquals(2, site.requests("/slow.html").size(), "tried once more");
        assertTrue(ms < 2900, "gave up before the server answered: " + ms + " ms");
    }

    @Test
    void aTricklingBodyIsCutOffAtTheTimeout() {
        site.at("/trickle.html", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    out.write("<p>a little more</p>".getBytes());
                    out.flush();
                    Thread.sleep(100);
                }
            }
        });
        ArticleFetch.Outcome o = fetchOne("/trickle.html");
        assertEquals(ArticleFetch.Result.FAILED, o.result());
        assertTrue(o.message().contains("the body did not arrive within 0.8 s"), o.message());
    }

    @Test
    void aRedirectChainIsFollowedAndEveryHopKept() throws Exception {
        site.at("/old", x -> LocalSite.redirect(x, 302, "/older"));
        site.at("/older", x -> LocalSite.redirect(x, 301, site.url("/pages/ebb.html").toString()));
        ArticleFetch.Outcome o = fetchOne("/old");
        assertEquals(ArticleFetch.Result.NEW, o.result(), o.message());
        Article a = new ArticleReader(SourceCatalogue.empty(), FetchArchive.forDirectory(articles)).read(articles.resolve(o.file().get()));
        assertEquals(site.url("/pages/ebb.html").toString(), a.retrieval().get().url(), "retrieved from where the chain ended");
        assertEquals(List.of(302), keptStatuses(site.url("/old")));
        assertEquals(List.of(301), keptStatuses(site.url("/older")));
        assertEquals(List.of(200), keptStatuses(site.url("/pages/ebb.html")));
    }

    @Test
    void aRedirectToAForbiddenAddressIsNotFollowed() throws Exception {
        site.at("/to-metadata", x -> LocalSite.redirect(x, 302, "http://169.254.169.254/latest/meta-data/"));
        site.at("/to-private", x -> LocalSite.redirect(x, 307, "http://10.11.12.13/admin"));
        site.at("/to-file", x -> LocalSite.redirect(x, 302, "file:///etc/passwd"));
        site.at("/to-localhost", x -> LocalSite.redirect(x, 302, "http://localhost:" + site.port() + "/pages/ebb.html"));
        site.at("/loop", x -> LocalSite.redirect(x, 302, "/loop"));
        assertFailure("/to-metadata", "169.254.169.254 is a link-local address");
        assertFailure("/to-private", "10.11.12.13 is a private address");
        assertFailure("/to-file", "only http and https addresses are fetched, not file:");
        assertFailure("/to-localhost", "a loopback address (--allow-host localhost allows it)");
        assertFailure("/loop", "more than 10 redirects");
        assertTrue(articleFiles().isEmpty());
        assertTrue(site.requests("/pages/ebb.html").isEmpty(), "never reached through a host not allowed");
    }

    @Test
    void withoutPermissionTheLocalMachineIsNotFetched() {
        try (ArticleFetch f = fetcher().allowedHosts(Set.of()).open()) {
            ArticleFetch.Outcome o = f.fetch(site.url("/pages/ebb.html"));
            assertEquals(ArticleFetch.Result.FAILED, o.result());
            assertTrue(o.message().contains("127.0.0.1 is a loopback address (--allow-host 127.0.0.1 allows it)"), o.message());
        }
        assertTrue(site.requests().isEmpty(), "not even robots.txt");
    }

    void assertFailure(String path, String reason) {
        ArticleFetch.Outcome o = fetchOne(path);
        assertEquals(ArticleFetch.Result.FAILED, o.result(), path);
        assertTrue(o.message().contains(reason), path + ": " + o.message());
    }

    @Test
    void aMissingPageIsAFailureWithItsStatusAndIsKept() throws Exception {
        assertFailure("/missing.html", site.url("/missing.html") + ": 404 Not Found");
        assertEquals(List.of(404), keptStatuses(site.url("/missing.html")));
        assertEquals(1, site.requests("/missing.html").size(), "a 404 is not retried");
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterAsks() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        byte[] page = Files.readAllBytes(EBB);
        site.at("/busy.html", x -> {
            if (calls.getAndIncrement() == 0) {
                x.getResponseHeaders().set("Retry-After", "1");
                LocalSite.send(x, 429, "text/plain", "slow down".getBytes());
            } else {
                LocalSite.send(x, 200, "text/html", page);
            }
        });
        ArticleFetch.Outcome o = fetchOne("/busy.html");
        assertEquals(ArticleFetch.Result.NEW, o.result(), o.message());
        List<LocalSite.Request> asked = site.requests("/busy.html");
        assertEquals(2, asked.size());
        long gapMs = (asked.get(1).nanos() - asked.get(0).nanos()) / 1_000_000;
        assertTrue(gapMs >= 950, "waited the second Retry-After asked for, not the 50 ms backoff: " + gapMs + " ms");
        assertEquals(List.of(429, 200), keptStatuses(site.url("/busy.html")));
    }

    @Test
    void aRetryAfterLongerThanPlenaryWaitsFailsAtOnce() {
        site.at("/closed.html", x -> {
            x.getResponseHeaders().set("Retry-After", "3600");
            LocalSite.send(x, 503, "text/plain", "maintenance".getBytes());
        });
        ArticleFetch.Outcome o = fetchOne("/closed.html");
        assertEquals(ArticleFetch.Result.FAILED, o.result());
        assertTrue(o.message().contains("503 Service Unavailable: the server asks to wait 3600 s (Retry-After)"), o.message());
        assertEquals(1, site.requests("/closed.html").size());
    }

    @Test
    void aHugeResponseIsCutAtTheSizeLimit() throws Exception {
        byte[] huge = new byte[3_000_000];
        java.util.Arrays.fill(huge, (byte) 'a');
        site.at("/huge.html", "text/html", huge);
        site.at("/endless.html", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 300; i++) out.write(huge, 0, 10_000);
            }
        });
        assertFailure("/huge.html", "larger than the limit of 1000000 bytes (--max-bytes)");
        assertFailure("/endless.html", "larger than the limit of 1000000 bytes (--max-bytes)");
        assertTrue(articleFiles().isEmpty());
        try (WarcReader r = new WarcReader(articles.resolve(FetchArchive.FILE_NAME))) {
            for (WarcRecord rec : r)
                if (rec instanceof WarcResponse w && w.target().endsWith("/endless.html")) {
                    assertEquals(WarcTruncationReason.LENGTH, w.truncated());
                    assertEquals(1_000_000, w.http().body().stream().readAllBytes().length);
                }
        }
    }

    @Test
    void binaryResponsesAreRefused() throws Exception {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        site.at("/photo.png", "image/png", noise);
        site.at("/noise.html", "text/html", noise);
        site.at("/unlabelled", null, noise);
        assertFailure("/photo.png", "content type image/png; articles are web pages, PDFs, plain text or Markdown");
        assertFailure("/noise.html", "not an HTML page (binary content)");
        assertFailure("/unlabelled", "no content type");
        assertTrue(articleFiles().isEmpty(), "nothing left in the folder: " + articleFiles());
    }

    @Test
    void aChangedPageIsANewVersionBesideTheOldAndAnUnchangedOneIsNot() throws Exception {
        String v1 = SavedPages.page(SavedPages.CAIRO);
        String v2 = v1.replace("</div>\n    </article>", "<p>Update: Turkey has rejected the ministers' statement.</p></div>\n    </article>");
        assertNotEquals(v1, v2);
        AtomicReference<String> served = new AtomicReference<>(v1);
        site.at("/news/cairo.html", x -> LocalSite.send(x, 200, "text/html; charset=utf-8", served.get().getBytes(StandardCharsets.UTF_8)));

        ArticleFetch.Outcome first = fetchOne("/news/cairo.html");
        assertEquals(ArticleFetch.Result.NEW, first.result(), first.message());
        ArticleFetch.Outcome again = fetchOne("/news/cairo.html");
        assertEquals(ArticleFetch.Result.UNCHANGED, again.result(), again.message());
        assertEquals(first.file(), again.file());
        assertEquals(List.of(first.file().get()), articleFiles());
        assertEquals(1, records().stream().filter(r -> r instanceof WarcRevisit).count(), "the unchanged answer kept as a revisit");

        Thread.sleep(1100); // a later second: the new version's name carries its fetch time
        served.set(v2);
        ArticleFetch.Outcome changed = fetchOne("/news/cairo.html");
        assertEquals(ArticleFetch.Result.NEW_VERSION, changed.result(), changed.message());
        assertNotEquals(first.file(), changed.file());
        assertEquals(v1, Files.readString(articles.resolve(first.file().get())), "the old version is not replaced");
        assertEquals(v2, Files.readString(articles.resolve(changed.file().get())));

        FetchArchive archive = FetchArchive.forDirectory(articles);
        assertEquals(2, archive.versionsOf(site.url("/news/cairo.html")).size());
        ArticleReader reader = new ArticleReader(SourceCatalogue.empty(), archive);
        Article old = reader.read(articles.resolve(first.file().get()));
        Article now = reader.read(articles.resolve(changed.file().get()));
        assertTrue(now.retrieval().get().retrieved().isAfter(old.retrieval().get().retrieved()));
        assertNotEquals(old.id(), now.id(), "two sources");
        assertTrue(now.text().contains("Turkey has rejected") && !old.text().contains("Turkey has rejected"));
    }

    @Test
    void oneHostIsAskedNoMoreOftenThanTheDelayAllows() throws Exception {
        site.at("/news/cairo.html", "text/html", SavedPages.page(SavedPages.CAIRO).getBytes(StandardCharsets.UTF_8));
        try (ArticleFetch f = fetcher().delay(Duration.ofMillis(400)).open()) {
            assertEquals(ArticleFetch.Result.NEW, f.fetch(site.url("/pages/ebb.html")).result());
            assertEquals(ArticleFetch.Result.NEW, f.fetch(site.url("/news/cairo.html")).result());
        }
        List<LocalSite.Request> asked = site.requests();
        assertEquals(3, asked.size(), asked.toString());
        for (int i = 1; i < asked.size(); i++) {
            long gapMs = (asked.get(i).nanos() - asked.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gapMs >= 380, "request " + i + " came " + gapMs + " ms after the one before");
        }
    }

    @Test
    void robotsTxtCrawlDelayIsHonoured() throws Exception {
        site.at("/robots.txt", "text/plain", "User-agent: plenary\nCrawl-delay: 1\nDisallow:\n".getBytes(StandardCharsets.UTF_8));
        site.at("/news/cairo.html", "text/html", SavedPages.page(SavedPages.CAIRO).getBytes(StandardCharsets.UTF_8));
        try (ArticleFetch f = fetcher().open()) {
            f.fetch(site.url("/pages/ebb.html"));
            f.fetch(site.url("/news/cairo.html"));
        }
        List<LocalSite.Request> asked = site.requests();
        long gapMs = (asked.get(2).nanos() - asked.get(1).nanos()) / 1_000_000;
        assertTrue(gapMs >= 950, "Crawl-delay: 1 kept between the two pages: " + gapMs + " ms");
    }

    @Test
    void aDamagedArchiveCostsOnlyTheRecordsAfterTheDamage() throws Exception {
        site.at("/news/cairo.html", "text/html", SavedPages.page(SavedPages.CAIRO).getBytes(StandardCharsets.UTF_8));
        ArticleFetch.Outcome first = fetchOne("/pages/ebb.html");
        Path warc = articles.resolve(FetchArchive.FILE_NAME);
        long intact = Files.size(warc);
        ArticleFetch.Outcome second = fetchOne("/news/cairo.html");
        // a fetch killed while writing its last record
        byte[] all = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(all, (int) (intact + (all.length - intact) - 200)));

        FetchArchive archive = FetchArchive.forDirectory(articles);
        assertTrue(archive.damage().orElseThrow().startsWith(warc + ": damaged after 1 article records"), archive.damage().get());
        ArticleReader reader = new ArticleReader(SourceCatalogue.empty(), archive);
        assertTrue(reader.read(articles.resolve(first.file().get())).retrieval().isPresent(), "the records before the damage still count");
        assertTrue(reader.read(articles.resolve(second.file().get())).retrieval().isEmpty());

        try (ArticleFetch f = fetcher().open()) {
            fail("appended after a damaged record: " + f);
        } catch (FetchException e) {
            assertTrue(e.getMessage().contains("move it aside to start a new archive"), e.getMessage());
        }
    }
}
