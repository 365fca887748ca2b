package org.plenary.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.plenary.graph.IriScheme;
import org.plenary.publish.site.QueryLibrary;
import org.plenary.publish.site.Site;
import org.plenary.reconcile.ReconciliationServlet;
import org.plenary.build.PlenaryException;
import org.plenary.store.PlenaryDatabase;

/**
 * A read-only SPARQL server for a {@link PlenaryDatabase}, on embedded Fuseki main.
 * <ul>
 * <li>{@code /sparql}: SPARQL query only (GET, POST of {@code application/sparql-query} or a form), results by
 *     content negotiation, with a timeout and a result cap. There is no update and no Graph Store service.
 *     The dataset is registered at Fuseki's root data access point {@code "/"} with one query endpoint named
 *     {@code sparql}, so Fuseki's own dispatcher answers {@code /sparql}.</li>
 * <li>{@code /dumps/}: the dump files of the published generation.</li>
 * <li>{@code /reconcile}: a W3C / OpenRefine reconciliation service over the published generation.</li>
 * <li>{@code /$/ping}.</li>
 * <li>The linked-data site ({@link Site}): {@code /}, {@code /id/}, {@code /page/}, {@code /data/}, {@code /search},
 *     {@code /query}, {@code /.well-known/void}, and the service description at {@code GET /sparql}.</li>
 * </ul>
 * The server follows the database's {@code current} link: a request arriving after a new generation was
 * published is answered from it, and the old generation is closed once its last query has ended.
 */
public final class PlenaryServer {
    /** Fuseki name of the data access point; "/" makes its endpoints live at the server root. */
    static final String ROOT = "/";
    static final String SPARQL = "sparql";
    /**
     * Largest request body by default: 256 KB holds any hand-written query; parsing time grows faster than linearly
     * with a query's size (a 4 MB literal took 26 s), so a bound on size is a bound on parse time.
     */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;

    private final PlenaryDatabase database;
    private final int requestedPort;
    private final boolean loopback;
    private final Duration queryTimeout;
    private final long maxResults;
    private final String base;
    private final boolean verbose;
    private final long cacheCells;
    private final Duration keepAnswersAfter;
    private final boolean warm;
    private final ServicePolicy services;
    private final long maxRequestBytes;
    private final QueryLane lane;
    private RequestGate gate;
    private final java.io.PrintStream requestLog;

    private FusekiServer fuseki;
    /** The answers kept for the generation being served. */
    private volatile ResultCache answers;
    private volatile Future<?> warmed;
    private final ExecutorService warming = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "plenary-warm");
        t.setDaemon(true);
        return t;
    });
    private volatile Path served;
    /** The {@code current} link target that {@link #served} was resolved from. */
    private volatile Optional<Path> servedLink = Optional.empty();
    private final List<Retired> retired = new CopyOnWriteArrayList<>();

    private record Retired(Path generation, DataService service) {}

    private PlenaryServer(Builder b) {
        this.database = Objects.requireNonNull(b.database, "database");
        this.requestedPort = b.port;
        this.loopback = b.loopback;
        this.queryTimeout = b.queryTimeout;
        this.maxResults = b.maxResults;
        this.base = b.base;
        this.verbose = b.verbose;
        this.cacheCells = b.cacheCells;
        this.keepAnswersAfter = b.keepAnswersAfter;
        this.warm = b.warm;
        this.services = b.services;
        this.maxRequestBytes = b.maxRequestBytes;
        this.lane = b.lane;
        this.requestLog = b.requestLog;
    }

    public static Builder create() { return new Builder(); }

    /** Starts serving; fails with a {@link PlenaryException} naming the path if nothing is published. */
    public synchronized PlenaryServer start() {
        servedLink = database.currentLink();
        if (database.currentGeneration().isEmpty())
            throw new PlenaryException("No Plenary database at " + database.location() + ": nothing published yet");
        PlenaryDatabase.Servable servable = database.servable();
        Path gen = servable.generation().orElseThrow(() -> new PlenaryException("Cannot serve " + database.location()
                + ": " + servable.warning().orElse("no sound generation")));
        servable.warning().ifPresent(System.err::println);
        DataService service = dataService(gen);
        served = gen;
        Site site = Site.create(database, base, "/" + SPARQL);
        RequestGate requests = new RequestGate(maxRequestBytes, lane,
                queryTimeout == null || queryTimeout.isZero() ? Duration.ofSeconds(30) : queryTimeout, "/" + SPARQL);
        gate = requests;
        ConnectionLimits limits = ConnectionLimits.forQueryTimeout(queryTimeout);
        FusekiServer.Builder fb = FusekiServer.create()
                .numServerThreads(8, limits.maxThreads)
                .port(requestedPort)
                .loopback(loopback)
                .verbose(verbose)
                .enablePing(true)
                .enableStats(false)
                .enableCors(true, null)
                // Fuseki main runs this filter before its dispatcher.
                .addFilter("/*", (Filter) (req, resp, chain) -> requests.pass((HttpServletRequest) req,
                        (HttpServletResponse) resp, (r, w) -> {
                    if (hasEncodedSeparator(r)) {
                        w.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    followCurrent();
                    if (!site.intercept(r, w)) chain.doFilter(r, w);
                }))
                .addFilter("/" + SPARQL, new SparqlClientRequests())
                // The dumps of the generation served (not the link's: a damaged new generation is not served).
                .addServlet("/dumps/*", new DumpServlet(() -> Optional.ofNullable(served).map(PlenaryDatabase::dumpsOf)))
                .addServlet("/reconcile/*", ReconciliationServlet.create().iris(new IriScheme(base)).dataset(() -> database.open(served)).build())
                .add(ROOT, service);
        site.register(fb);
        fuseki = fb.build();
        // Jetty answers 400 to ambiguous paths (an encoded ".." segment, an empty segment "//") before any filter
        // runs: once in the parser (URI compliance) and again in the servlet layer. Let them through both: the
        // dispatcher matches names exactly, the dump servlet serves only plain listed names, the site only
        // "/kind/slug" paths of non-empty segments, and the first filter answers 404 to encoded separators, so
        // every traversal attempt ends in a 404. A path that climbs above the root or holds an encoded NUL never
        // reaches a handler (Jetty refuses it while parsing the request line): the error handler answers it 404.
        Server jetty = fuseki.getJettyServer();
        // Error pages say what went wrong, never which Java class failed.
        jetty.setErrorHandler(new UnresolvablePathErrors(new PlainErrorPages.ForServer()));
        limits.apply(jetty);
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory hcf = c.getConnectionFactory(HttpConnectionFactory.class);
            if (hcf != null) hcf.getHttpConfiguration().setUriCompliance(UriCompliance.LEGACY);
        }
        if (requestLog != null) jetty.setRequestLog(this::logRequest);
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.getServletHandler().setDecodeAmbiguousURIs(true);
            context.setErrorHandler(new PlainErrorPages.ForServlets());
        }
        fuseki.start();
        warm();
        return this;
    }

    /** One line per request: method, path, status and time taken. */
    private void logRequest(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response) {
        long ms = (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000;
        requestLog.printf(java.util.Locale.ROOT, "%s %s %d %d ms%n", request.getMethod(), request.getHttpURI().getPath(),
                response.getStatus(), ms);
    }

    public synchronized void stop() {
        if (fuseki == null) return;
        warming.shutdownNow();
        fuseki.stop();
        fuseki = null;
        if (gate != null) gate.close();
    }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    /** The port the server listens on (the chosen one when port 0 was asked for). */
    public int port() { return fuseki.getHttpPort(); }

    /** The SPARQL endpoint URL on this machine. */
    public String sparqlUrl() { return "http://localhost:" + port() + "/" + SPARQL; }

    private DataService dataService(Path generation) {
        Dataset ds = database.open(generation);
        PlenaryDatabase.ensureDumps(ds, generation);
        ResultCache cache = new ResultCache(cacheCells, keepAnswersAfter);
        answers = cache;
        Context context = new Context();
        if (queryTimeout != null && !queryTimeout.isZero())
            context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        services.install(context, queryTimeout);
        Endpoint query = Endpoint.create()
                .operation(Operation.Query)
                .endpointName(SPARQL)
                .context(context)
                .processor(new CappedQueryService(maxResults, cache, services))
                .build();
        DataService service = DataService.newBuilder(ds.asDatasetGraph()).addEndpoint(query).build();
        return service;
    }

    /**
     * Asks the shipped competency queries ({@code queries/*.rq}) once, in the background, over this server's own
     * endpoint as any client would: the slow ones are then answered from the generation's {@link ResultCache}, even
     * the first time a user asks. Queries that cannot be kept (e.g. federated ones) are not asked.
     */
    private void warm() {
        if (!warm) return;
        int port = port();
        warmed = warming.submit(() -> {
            long t0 = System.nanoTime();
            HttpClient http = HttpClient.newHttpClient();
            int asked = 0;
            for (QueryLibrary.NamedQuery nq : QueryLibrary.load()) {
                Query q = QueryFactory.create(nq.text(), Syntax.syntaxARQ);
                CappedQueryService.cap(q, maxResults);
                if (!ResultCache.cacheable(q)) continue;
                try {
                    http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + SPARQL))
                                    .header("Content-Type", "application/sparql-query")
                                    .header("Accept", "application/sparql-results+json")
                                    .POST(HttpRequest.BodyPublishers.ofString(nq.text())).build(),
                            HttpResponse.BodyHandlers.discarding());
                    asked++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException e) {
                    if (verbose) System.err.println("Warming " + nq.name() + ": " + e.getMessage());
                }
            }
            if (verbose) System.err.printf("Asked %d competency queries in %d ms; %d slow answers kept%n", asked,
                    (System.nanoTime() - t0) / 1_000_000, answers.size());
        });
    }

    /**
     * Waits until the competency queries asked in the background for the generation being served have all been
     * answered; false if they were not within {@code timeout} (or were not asked: see {@link Builder#warm}).
     */
    public boolean awaitWarm(Duration timeout) throws InterruptedException {
        Future<?> f = warmed;
        if (f == null) return false;
        try {
            f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** The generation being served (for tests). */
    Path servedGeneration() { return served; }

    /** The answers kept for the generation being served (for tests). */
    ResultCache answers() { return answers; }

    /**
     * No resource of this server has an encoded "/" or "\" in its path; such a path is only ever a traversal
     * attempt, answered 404 like any other unknown path (Jetty would answer 400 "ambiguous URI").
     */
    private static boolean hasEncodedSeparator(HttpServletRequest req) {
        String raw = req.getRequestURI().toLowerCase(java.util.Locale.ROOT);
        return raw.contains("%2f") || raw.contains("%5c");
    }

    /** Switches to a newly published generation, and closes old ones whose queries have finished. */
    private void followCurrent() {
        Optional<Path> link = database.currentLink();
        if (!link.equals(servedLink)) switchTo(link);
        if (!retired.isEmpty()) {
            synchronized (this) {
                retired.removeIf(r -> {
                    if (r.service().activeTxn.get() > 0) return false;
                    database.release(r.generation());
                    return true;
                });
            }
        }
    }

    /**
     * The link has changed since the last request: resolve it, and serve the generation it names. Resolved under
     * the lock, so a thread that read an older link cannot switch the server back to an older generation.
     */
    private synchronized void switchTo(Optional<Path> link) {
        // A damaged new generation is refused: the one served so far (or an older sound one) stays.
        PlenaryDatabase.Servable servable = database.servable();
        servable.warning().ifPresent(System.err::println);
        Optional<Path> now = servable.generation();
        if (now.isPresent() && !now.get().equals(served)) {
            DataService service = dataService(now.get());
            service.goActive();
            DataAccessPointRegistry registry = fuseki.getDataAccessPointRegistry();
            DataAccessPoint old = registry.get(ROOT);
            registry.put(ROOT, new DataAccessPoint(ROOT, service));
            if (old != null) retired.add(new Retired(served, old.getDataService()));
            served = now.get();
            warm();
        }
        // Read before resolving: a publish in between makes the next request look again.
        servedLink = link;
    }

    public static final class Builder {
        private PlenaryDatabase database;
        private int port = 0;
        private boolean loopback = true;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long maxResults = 10_000;
        private String base = IriScheme.DEFAULT_BASE;
        private boolean verbose = false;
        private long cacheCells = 2_000_000;
        private Duration keepAnswersAfter = Duration.ofMillis(50);
        private boolean warm = true;
        private ServicePolicy services = ServicePolicy.off();
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private QueryLane lane = QueryLane.forThisMachine();
        private java.io.PrintStream requestLog;

        private Builder() {}

        public Builder database(PlenaryDatabase database) { this.database = database; return this; }
        /** The port; 0 picks a free one. */
        public Builder port(int port) { this.port = port; return this; }
        /** Listen on the loopback interface only (the default). */
        public Builder loopback(boolean loopback) { this.loopback = loopback; return this; }
        /** Queries running longer are stopped with an error status; zero means no limit. */
        public Builder queryTimeout(Duration timeout) { this.queryTimeout = timeout; return this; }
        /** Queries return at most this many results; zero or less means no cap. */
        public Builder maxResults(long maxResults) { this.maxResults = maxResults; return this; }
        /** The public base IRI of the data (for the pages; IRIs in the data do not depend on it). */
        public Builder base(String base) { this.base = base; return this; }
        public Builder verbose(boolean verbose) { this.verbose = verbose; return this; }
        /** Writes a line per request there (method, path, status, milliseconds); null for none (the default). */
        public Builder requestLog(java.io.PrintStream log) { this.requestLog = log; return this; }
        /**
         * Most cells (rows times variables) of query answers kept per generation; zero keeps none. Two million
         * cells hold the ten competency questions at the default cap with room to spare, in about 100-200 MB.
         */
        public Builder resultCacheCells(long cells) { this.cacheCells = cells; return this; }
        /** Only answers that took at least this long to compute are kept (cheap ones are not worth the memory). */
        public Builder keepAnswersAfter(Duration d) { this.keepAnswersAfter = d; return this; }
        /** Ask the shipped competency queries in the background when a generation is first served (the default). */
        public Builder warm(boolean warm) { this.warm = warm; return this; }

        /** Which endpoints SERVICE may call; {@link ServicePolicy#off()} (the default) allows none. */
        public Builder services(ServicePolicy services) { this.services = Objects.requireNonNull(services, "services"); return this; }
        /** Largest request body (a query or form) accepted; larger ones get 413. */
        public Builder maxRequestBytes(long bytes) { this.maxRequestBytes = bytes; return this; }
        /** The lane queries run in (tests give one of their own). */
        Builder queryLane(QueryLane lane) { this.lane = Objects.requireNonNull(lane, "lane"); return this; }

        public PlenaryServer build() { return new PlenaryServer(this); }
    }
}
