package org.plenary.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.plenary.build.PlenaryException;
import org.plenary.fetch.ArticleFetch;
import org.plenary.fetch.FeedLinks;
import org.plenary.fetch.FetchException;
import org.plenary.fetch.UrlList;
import org.plenary.graph.BuildRecord;
import org.plenary.ingest.ArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch articles from a list of URLs or from RSS/Atom feeds into an articles folder, politely "
                + "(robots.txt, a delay per host, time-outs, retries, a size limit), keeping every response in "
                + "fetched.warc.gz there so that a build never needs the network."})
public class FetchCommand implements Callable<Integer> {
    /** How Plenary introduces itself to the servers it fetches from. */
    static final String USER_AGENT = "Plenary/" + BuildRecord.VERSION + " (+https://w3id.org/plenary; linked-data publisher of meeting reports)";

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder the articles are fetched into (the folder build reads).")
    Path articles;

    @Option(names = "--urls", paramLabel = "FILE", description = "A list of URLs: one a line (# comments), or a CSV/TSV table with a url column.")
    Path urls;

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS or Atom feed whose articles are fetched (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--delay", defaultValue = "1", paramLabel = "S", description = "Seconds between two requests to one host, at least (robots.txt's Crawl-delay if longer; default: ${DEFAULT-VALUE}).")
    double delay;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "S", description = "Seconds to wait for a connection, an answer and the whole body (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--retries", defaultValue = "3", paramLabel = "N", description = "Retries after a timeout, a 429 or a 5xx answer, with doubling waits and Retry-After honoured (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--max-bytes", defaultValue = "50000000", paramLabel = "N", description = "Largest response read (default: ${DEFAULT-VALUE}, the largest page or PDF a build reads).")
    long maxBytes;

    @Option(names = "--allow-host", paramLabel = "HOST", description = "A host that may be fetched although it is a private, loopback or link-local address (repeatable; refused by default).")
    List<String> allowHosts = new ArrayList<>();

    @Mixin QuietOption quiet;

    @Mixin VerboseOption verbose;

    public FetchCommand() {}

    @Override
    public Integer call() {
        Failures failures = verbose.failures();
        PrintStream err = System.err;
        try {
            if (urls == null && feeds.isEmpty()) throw new PlenaryException("give --urls FILE or --feed URL (or both)");
            if (delay < 0) throw new PlenaryException("--delay " + delay + ": must be 0 or more");
            if (!(timeout >= 0.001)) throw new PlenaryException("--timeout " + timeout + ": must be at least 0.001 (seconds)");
            if (retries < 0) throw new PlenaryException("--retries " + retries + ": must be 0 or more");
            if (maxBytes < 1) throw new PlenaryException("--max-bytes " + maxBytes + ": must be 1 or more");
            if (!java.nio.file.Files.isDirectory(articles))
                throw new PlenaryException("--articles " + articles.toAbsolutePath().normalize() + ": not a directory");
            List<URI> feedUrls = new ArrayList<>();
            for (String f : feeds) feedUrls.add(feedUrl(f));
            boolean badInput = false;
            Set<URI> addresses = new LinkedHashSet<>();
            if (urls != null) {
                UrlList list = UrlList.read(urls);
                for (String p : list.problems()) failures.report(Failures.BAD_INPUT, p, null);
                badInput = !list.problems().isEmpty();
                list.entries().forEach(e -> addresses.add(e.url()));
            }
            int failed = 0;
            Map<ArticleFetch.Result, Integer> counts = new EnumMap<>(ArticleFetch.Result.class);
            try (ArticleFetch fetch = ArticleFetch.builder().articles(articles).userAgent(USER_AGENT)
                    .delay(seconds(delay)).timeout(seconds(timeout)).retries(retries).maxBytes(maxBytes)
                    .allowedHosts(Set.copyOf(allowHosts)).log(verbose.verbose && !quiet.quiet ? err : null).open()) {
                for (URI feed : feedUrls) {
                    try {
                        FeedLinks.Links links = fetch.feed(feed);
                        if (verbose.verbose && !quiet.quiet)
                            err.println("feed " + feed + (links.title() == null ? "" : " (" + links.title().strip() + ")") + ": " + links.links().size() + " articles");
                        for (String p : links.problems()) failures.report(Failures.FAILED, p, null);
                        failed += links.problems().size();
                        addresses.addAll(links.links());
                    } catch (FetchException e) {
                        failures.report(Failures.FAILED, e.getMessage(), verbose.verbose ? e : null);
                        failed++;
                    }
                }
                int total = addresses.size(), done = 0;
                boolean showProgress = !quiet.quiet && !verbose.verbose && total >= 10;
                for (URI u : addresses) {
                    ArticleFetch.Outcome o = fetch.fetch(u);
                    done++;
                    counts.merge(o.result(), 1, Integer::sum);
                    if (o.failed()) {
                        failed++;
                        failures.report(Failures.FAILED, o.message(), null);
                    } else if (verbose.verbose && !quiet.quiet) {
                        err.println(o.result().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + o.message());
                    }
                    if (showProgress && (done % 10 == 0 || done == total))
                        err.printf(Locale.ROOT, "[%d/%d] fetched, %d failed%n", done, total, failed);
                }
                if (!quiet.quiet)
                    System.out.printf(Locale.ROOT, "fetched %d addresses into %s: %d new, %d new versions, %d unchanged, %d failed; every response kept in %s%n",
                            total, articles, counts.getOrDefault(ArticleFetch.Result.NEW, 0),
                            counts.getOrDefault(ArticleFetch.Result.NEW_VERSION, 0), counts.getOrDefault(ArticleFetch.Result.UNCHANGED, 0),
                            counts.getOrDefault(ArticleFetch.Result.FAILED, 0), fetch.archiveFile());
            }
            return badInput ? Failures.BAD_INPUT : failed > 0 ? Failures.FAILED : 0;
        } catch (PlenaryException | ArticleException e) {
            return failures.badInput(e);
        } catch (FetchException e) {
            return failures.badInput(e);
        }
    }

    private static URI feedUrl(String s) {
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) return u;
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new PlenaryException("--feed " + s + ": not an http or https URL");
    }

    private static Duration seconds(double s) { return Duration.ofMillis(Math.round(s * 1000)); }
}
