package org.plenary.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * An HTTP client that behaves as a guest on other people's servers: it says who it is (a User-Agent naming Plenary,
 * its version and address), asks each host's robots.txt first and obeys it (RFC 9309, read by crawler-commons), waits
 * between two requests to one host (the longer of the delay asked for and the robots.txt Crawl-delay), gives up on a
 * server that does not answer in time, tries again with growing waits when a server is busy or failing (429, 5xx,
 * timeouts; a Retry-After the server sends is honoured), reads no more than a size limit, and follows redirects itself
 * so that every hop is checked ({@link AddressPolicy}) and kept. Requests go one at a time. Built on the JDK's own
 * {@link HttpClient}.
 */
final class PoliteClient implements AutoCloseable {
    /** The agent name robots.txt groups are matched against (RFC 9309 product token, lower-case as crawler-commons wants). */
    static final String ROBOTS_AGENT = "plenary";
    static final int MAX_REDIRECTS = 10;
    private static final Set<Integer> RETRIED = Set.of(408, 429, 500, 502, 503, 504);

    private final String userAgent;
    private final Duration delay, timeout, backoff, maxWait;
    private final int retries;
    private final long maxBytes;
    private final AddressPolicy addresses;
    private final Consumer<Exchange> keep;
    private final PrintStream log;
    private final HttpClient http;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plenary-fetch-timeout");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Instant> nextRequest = new HashMap<>();
    private final Map<String, BaseRobotRules> robots = new HashMap<>();
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

    private PoliteClient(Builder b) {
        userAgent = b.userAgent;
        delay = b.delay;
        timeout = b.timeout;
        backoff = b.backoff;
        maxWait = b.maxWait;
        retries = b.retries;
        maxBytes = b.maxBytes;
        addresses = new AddressPolicy(b.allowedHosts);
        keep = b.keep;
        log = b.log;
        http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    static Builder builder() { return new Builder(); }

    /**
     * Fetches {@code url}, following redirects: the final exchange, not yet kept (the caller keeps it, naming the file
     * it writes from it); every other exchange (robots.txt, redirects, failed attempts) is kept as it happens.
     * A final answer that is not a success, a disallowed or forbidden address, a timeout after the last retry, a body
     * over the size limit: a {@link FetchException} with the reason.
     */
    Exchange get(URI url) {
        URI current = url;
        for (int hop = 0; ; hop++) {
            addresses.check(current);
            if (!allowedByRobots(current))
                throw new FetchException(current + ": disallowed by " + current.resolve("/robots.txt") + " for " + userAgent);
            Exchange x = withRetries(current);
            if (x.redirect()) {
                keep.accept(x);
                if (hop + 1 > MAX_REDIRECTS) throw new FetchException(url + ": more than " + MAX_REDIRECTS + " redirects");
                current = location(current, x);
                continue;
            }
            if (x.truncated()) {
                keep.accept(x);
                throw new FetchException(current + ": larger than the limit of " + maxBytes + " bytes (--max-bytes)");
            }
            if (!x.success()) {
                keep.accept(x);
                throw new FetchException(current + ": " + x.status() + " " + ResponseArchive.reason(x.status()).strip());
            }
            return x;
        }
    }

    private static URI location(URI from, Exchange x) {
        String loc = x.header("Location").orElseThrow(() -> new FetchException(from + ": " + x.status() + " redirect without a Location"));
        try {
            return from.resolve(new URI(loc.strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(from + ": redirect to a bad address: " + loc);
        }
    }

    /** One request, tried again on 408/429/5xx and on timeouts and dropped connections, with growing waits. */
    private Exchange withRetries(URI url) {
        for (int attempt = 1; ; attempt++) {
            Exchange x;
            try {
                x = once(url);
            } catch (FetchException e) {
                if (!e.retryable() || attempt > retries) throw attempt > 1 ? new FetchException(e.getMessage() + " (" + attempt + " attempts)") : e;
                Duration wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 10));
                if (log != null) log.println("retry " + url + " in " + wait.toMillis() + " ms: " + e.getMessage());
                sleep(wait);
                continue;
            }
            if (!RETRIED.contains(x.status()) || attempt > retries) {
                if (RETRIED.contains(x.status()) && attempt > 1) {
                    keep.accept(x);
                    throw new FetchException(url + ": " + x.status() + " " + ResponseArchive.reason(x.status()).strip() + " (" + attempt + " attempts)");
                }
                return x;
            }
            keep.accept(x);
            Duration wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 10));
            Duration asked = retryAfter(x);
            if (asked.compareTo(maxWait) > 0)
                throw new FetchException(url + ": " + x.status() + " " + ResponseArchive.reason(x.status()).strip() + ": the server asks to wait "
                        + asked.toSeconds() + " s (Retry-After), more than " + maxWait.toSeconds() + " s");
            if (asked.compareTo(wait) > 0) wait = asked;
            if (log != null) log.println("retry " + url + " in " + wait.toMillis() + " ms: " + x.status());
            sleep(wait);
        }
    }

    /** The wait a Retry-After header asks for (seconds or an HTTP date), zero if none. */
    static Duration retryAfter(Exchange x) {
        String v = x.header("Retry-After").map(String::strip).orElse("");
        if (v.isEmpty()) return Duration.ZERO;
        if (v.matches("\\d{1,9}")) return Duration.ofSeconds(Long.parseLong(v));
        try {
            Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return Duration.ZERO;
        }
    }

    /** One GET, after the wait this host is owed; the body read up to the size limit, within the time-out. */
    private Exchange once(URI url) {
        waitForTurn(url);
        Map<String, List<String>> sent = Map.of("User-Agent", List.of(userAgent),
                "Accept", List.of("text/html,application/xhtml+xml,application/pdf,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"));
        HttpRequest.Builder rb = HttpRequest.newBuilder(url).timeout(timeout).GET();
        sent.forEach((k, vs) -> vs.forEach(v -> rb.header(k, v)));
        Instant date = Instant.now();
        HttpResponse<InputStream> response;
        java.util.concurrent.CompletableFuture<HttpResponse<InputStream>> pending =
                http.sendAsync(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new FetchException(url + ": no answer within " + seconds(timeout) + " (--timeout)", true, e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof HttpTimeoutException)
                throw new FetchException(url + ": no answer within " + seconds(timeout) + " (--timeout)", true, c);
            if (c instanceof ConnectException)
                throw new FetchException(url + ": cannot connect" + (c.getMessage() == null ? "" : " (" + c.getMessage() + ")"), true, c);
            throw new FetchException(url + ": " + (c instanceof IOException ? "connection failed: " : "") + c, c instanceof IOException, c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url + ": interrupted");
        } finally {
            nextRequest.put(hostKey(url), Instant.now().plus(delayFor(url)));
        }
        Map<String, List<String>> headers = response.headers().map();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        ByteSink body = new ByteSink();
        boolean truncated;
        try (InputStream in = response.body()) {
            if (declared > maxBytes) {
                truncated = true;
            } else {
                // a server that trickles its body is cut off at the time-out, as one that never answers
                java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
                ScheduledFuture<?> cut = watchdog.schedule(() -> {
                    late.set(true);
                    closeQuietly(in);
                }, timeout.toMillis(), TimeUnit.MILLISECONDS);
                try {
                    truncated = body.readFrom(in, maxBytes);
                } catch (IOException e) {
                    if (late.get()) throw new FetchException(url + ": the body did not arrive within " + seconds(timeout) + " (--timeout)", true, e);
                    throw new FetchException(url + ": connection failed while reading: " + e.getMessage(), true, e);
                } finally {
                    cut.cancel(false);
                }
            }
        } catch (IOException | CancellationException e) {
            throw new FetchException(url + ": connection failed while reading: " + e.getMessage(), true, e);
        }
        return new Exchange(url, date, sent, response.statusCode(), headers, body.bytes(), truncated);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is how the read is cut off; its own failure changes nothing
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private Duration delayFor(URI url) {
        BaseRobotRules rules = robots.get(hostKey(url));
        long crawlDelay = rules == null ? BaseRobotRules.UNSET_CRAWL_DELAY : rules.getCrawlDelay();
        Duration asked = crawlDelay == BaseRobotRules.UNSET_CRAWL_DELAY || crawlDelay <= 0 ? Duration.ZERO : Duration.ofMillis(crawlDelay);
        return asked.compareTo(delay) > 0 ? asked : delay;
    }

    private void waitForTurn(URI url) {
        Instant next = nextRequest.get(hostKey(url));
        if (next == null) return;
        Duration wait = Duration.between(Instant.now(), next);
        if (!wait.isNegative() && !wait.isZero()) sleep(wait);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(Math.max(0, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
    }

    /** scheme://host:port: the unit robots.txt and the rate limit apply to. */
    static String hostKey(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /**
     * Whether the host's robots.txt lets Plenary fetch {@code url}. Read once per host: a 4xx answer means no rules;
     * a 5xx answer or no answer means the host is to be treated as disallowing everything (RFC 9309, 2.3.1.4).
     */
    private boolean allowedByRobots(URI url) {
        String key = hostKey(url);
        BaseRobotRules rules = robots.get(key);
        if (rules == null) {
            rules = readRobots(url.resolve("/robots.txt"));
            robots.put(key, rules);
            if (log != null) log.println("robots.txt of " + key + ": " + (rules.isAllowAll() ? "allows all" : rules.isAllowNone() ? "disallows all" : "rules read")
                    + (rules.getCrawlDelay() > 0 ? ", crawl-delay " + rules.getCrawlDelay() + " ms" : ""));
        }
        return rules.isAllowed(url.toString());
    }

    private BaseRobotRules readRobots(URI robotsUrl) {
        URI current = robotsUrl;
        try {
            // RFC 9309: follow at least five redirects
            for (int hop = 0; hop <= 5; hop++) {
                addresses.check(current);
                Exchange x = once(current);
                keep.accept(x);
                if (x.redirect()) {
                    current = location(current, x);
                    continue;
                }
                if (x.success())
                    return robotsParser.parseContent(current.toString(), x.body(), x.header("Content-Type").orElse("text/plain"), List.of(ROBOTS_AGENT));
                return robotsParser.failedFetch(x.status());
            }
        } catch (FetchException e) {
            if (log != null) log.println(current + ": " + e.getMessage());
        }
        return robotsParser.failedFetch(503);
    }

    @Override
    public void close() {
        watchdog.shutdownNow(); // the HTTP client's own threads are daemons (Java 17 has no shutdown for it)
    }

    /** A body read up to a limit. */
    private static final class ByteSink {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        /** Reads all of {@code in}, or {@code limit} bytes; true when there was more. */
        boolean readFrom(InputStream in, long limit) throws IOException {
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) != -1; ) {
                if (out.size() + n > limit) {
                    out.write(buf, 0, (int) (limit - out.size()));
                    return true;
                }
                out.write(buf, 0, n);
            }
            return false;
        }

        byte[] bytes() { return out.toByteArray(); }
    }

    static final class Builder {
        private String userAgent;
        private Duration delay = Duration.ofSeconds(1), timeout = Duration.ofSeconds(30), backoff = Duration.ofSeconds(2),
                maxWait = Duration.ofSeconds(120);
        private int retries = 3;
        private long maxBytes = 50_000_000;
        private Set<String> allowedHosts = Set.of();
        private Consumer<Exchange> keep = x -> {};
        private PrintStream log;

        Builder userAgent(String ua) { this.userAgent = ua; return this; }
        Builder delay(Duration d) { this.delay = positive("delay", d, true); return this; }
        Builder timeout(Duration d) { this.timeout = positive("timeout", d, false); return this; }
        Builder backoff(Duration d) { this.backoff = positive("backoff", d, true); return this; }
        /** The longest Retry-After honoured; a server that asks for more fails the address. */
        Builder maxWait(Duration d) { this.maxWait = positive("maxWait", d, true); return this; }
        Builder retries(int n) {
            if (n < 0) throw new IllegalArgumentException("retries < 0");
            this.retries = n;
            return this;
        }
        Builder maxBytes(long n) {
            if (n < 1) throw new IllegalArgumentException("maxBytes < 1");
            this.maxBytes = n;
            return this;
        }
        Builder allowedHosts(Set<String> hosts) { this.allowedHosts = Set.copyOf(hosts); return this; }
        /** Where every exchange but the final one of {@link #get} goes as it happens. */
        Builder keep(Consumer<Exchange> k) { this.keep = k; return this; }
        /** Where --verbose lines go (retries, robots.txt), or null. */
        Builder log(PrintStream p) { this.log = p; return this; }

        PoliteClient build() {
            if (userAgent == null || userAgent.isBlank()) throw new IllegalArgumentException("no User-Agent");
            return new PoliteClient(this);
        }

        private static Duration positive(String name, Duration d, boolean zeroAllowed) {
            if (d == null || d.isNegative() || (!zeroAllowed && d.isZero())) throw new IllegalArgumentException(name + ": " + d);
            return d;
        }
    }
}
