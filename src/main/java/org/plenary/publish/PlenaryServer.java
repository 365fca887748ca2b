package org.plenary.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.plenary.graph.IriScheme;
import org.plenary.publish.site.Site;
import org.plenary.reconcile.ReconciliationServlet;

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

    private final PlenaryDatabase database;
    private final int requestedPort;
    private final boolean loopback;
    private final Duration queryTimeout;
    private final long maxResults;
    private final String base;
    private final boolean verbose;

    private FusekiServer fuseki;
    private volatile Path served;
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
    }

    public static Builder create() { return new Builder(); }

    /** Starts serving; fails with a {@link PlenaryException} naming the path if nothing is published. */
    public synchronized PlenaryServer start() {
        Path gen = database.currentGeneration().orElseThrow(() ->
                new PlenaryException("No Plenary database at " + database.location() + ": nothing published yet"));
        DataService service = dataService(gen);
        served = gen;
        Site site = Site.create(database, base, "/" + SPARQL);
        FusekiServer.Builder fb = FusekiServer.create()
                .port(requestedPort)
                .loopback(loopback)
                .verbose(verbose)
                .enablePing(true)
                .enableStats(false)
                .enableCors(true, null)
                // Fuseki main runs these filters before its dispatcher, in this order.
                .addFilter("/*", (Filter) (req, resp, chain) -> {
                    if (hasEncodedSeparator((HttpServletRequest) req)) {
                        ((HttpServletResponse) resp).sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    followCurrent();
                    chain.doFilter(req, resp);
                })
                .addFilter("/*", (Filter) (req, resp, chain) -> {
                    HttpServletRequest r = (HttpServletRequest) req;
                    if (!site.intercept(r, (HttpServletResponse) resp)) chain.doFilter(req, resp);
                })
                .addServlet("/dumps/*", new DumpServlet(database::currentDumps))
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
        jetty.setErrorHandler(new UnresolvablePathErrors(jetty.getErrorHandler()));
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory hcf = c.getConnectionFactory(HttpConnectionFactory.class);
            if (hcf != null) hcf.getHttpConfiguration().setUriCompliance(UriCompliance.LEGACY);
        }
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null) context.getServletHandler().setDecodeAmbiguousURIs(true);
        fuseki.start();
        return this;
    }

    public synchronized void stop() {
        if (fuseki == null) return;
        fuseki.stop();
        fuseki = null;
    }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    /** The port the server listens on (the chosen one when port 0 was asked for). */
    public int port() { return fuseki.getHttpPort(); }

    /** The SPARQL endpoint URL on this machine. */
    public String sparqlUrl() { return "http://localhost:" + port() + "/" + SPARQL; }

    private DataService dataService(Path generation) {
        Dataset ds = database.open(generation);
        ensureDumps(ds, generation);
        Context context = new Context();
        if (queryTimeout != null && !queryTimeout.isZero())
            context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        Endpoint query = Endpoint.create()
                .operation(Operation.Query)
                .endpointName(SPARQL)
                .context(context)
                .processor(new CappedQueryService(maxResults))
                .build();
        DataService service = DataService.newBuilder(ds.asDatasetGraph()).addEndpoint(query).build();
        return service;
    }

    /** Writes the dumps of a generation published without them. */
    private static void ensureDumps(Dataset ds, Path generation) {
        Path dumps = generation.resolve(PlenaryDatabase.DUMPS_DIR);
        if (Files.isRegularFile(dumps.resolve(DumpWriter.SUMS))) return;
        try {
            DumpWriter.create().write(ds, dumps);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing dumps to " + dumps + ": " + e.getMessage(), e);
        }
    }

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
        Optional<Path> now = database.currentGeneration();
        if (now.isPresent() && !now.get().equals(served)) {
            synchronized (this) {
                if (!now.get().equals(served)) {
                    DataService service = dataService(now.get());
                    service.goActive();
                    DataAccessPointRegistry registry = fuseki.getDataAccessPointRegistry();
                    DataAccessPoint old = registry.get(ROOT);
                    registry.put(ROOT, new DataAccessPoint(ROOT, service));
                    if (old != null) retired.add(new Retired(served, old.getDataService()));
                    served = now.get();
                }
            }
        }
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

    public static final class Builder {
        private PlenaryDatabase database;
        private int port = 0;
        private boolean loopback = true;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long maxResults = 10_000;
        private String base = IriScheme.DEFAULT_BASE;
        private boolean verbose = false;

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

        public PlenaryServer build() { return new PlenaryServer(this); }
    }
}
