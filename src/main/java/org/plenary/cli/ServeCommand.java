package org.plenary.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.plenary.build.BuiltBase;
import org.plenary.store.PlenaryDatabase;
import org.plenary.build.PlenaryException;
import org.plenary.publish.PlenaryServer;
import org.plenary.publish.ServicePolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a Plenary database read-only: SPARQL at /sparql, dumps at /dumps/, the linked-data site.",
                "The database must have been built for the address it is served at (its base IRI), so that its links lead back here."})
public class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOption database;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Public base IRI the database was built with, when a proxy serves it at another address "
                    + "(default: http://localhost:PORT/; with --port 0, the database's own).")
    String base;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}; 0 for none).")
    long timeoutSeconds;

    @Option(names = "--result-cache", defaultValue = "2000000", paramLabel = "CELLS",
            description = "Keep the answers of slow SELECT queries for the published generation, up to this many cells (rows x variables; default: ${DEFAULT-VALUE}; 0 keeps none).")
    long resultCacheCells;

    @Option(names = "--listen-all", description = "Listen on all network interfaces, not only loopback.")
    boolean listenAll;

    @Option(names = "--service-allow", paramLabel = "URL",
            description = "Let SPARQL SERVICE call this endpoint (repeatable; none by default), e.g. https://query.wikidata.org/sparql. "
                    + "Only http(s) URLs of public hosts; queries may name no other endpoint.")
    List<String> serviceAllow = new ArrayList<>();

    /** Also logs each request on stderr: method, path, status and milliseconds. */
    @Mixin VerboseOption verbose;

    /** The running server, once ready (for embedding and tests). */
    volatile PlenaryServer server;

    public ServeCommand() {}

    @Override
    public Integer call() {
        Failures failures = verbose.failures();
        if (resultCacheCells < 0)
            return failures.report(Failures.BAD_INPUT, "--result-cache " + resultCacheCells + ": must be 0 or more", null);
        if (port < 0 || port > 65535)
            return failures.report(Failures.BAD_INPUT, "--port " + port + ": must be 0 to 65535", null);
        ServicePolicy services;
        try {
            services = serviceAllow.isEmpty() ? ServicePolicy.off() : ServicePolicy.allow(serviceAllow);
        } catch (IllegalArgumentException e) {
            return failures.report(Failures.BAD_INPUT, e.getMessage(), null);
        }
        PlenaryServer started;
        try {
            PlenaryDatabase db = PlenaryDatabase.existing(database.dir);
            started = PlenaryServer.create()
                    .database(db)
                    .port(port)
                    .loopback(!listenAll)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                    .base(servedBase(db))
                    .verbose(verbose.verbose)
                    .requestLog(verbose.verbose ? System.err : null)
                    .resultCacheCells(resultCacheCells)
                    .services(services)
                    .build()
                    .start();
        } catch (PlenaryException e) {
            return failures.badInput(e);
        } catch (RuntimeException e) {
            return failures.report(Failures.FAILED, startFailure(e), e);
        }
        server = started;
        PrintWriter out = spec.commandLine().getOut();
        out.println("Plenary serving " + started.sparqlUrl());
        out.flush();
        started.join();
        return 0;
    }

    /**
     * The base the site, VoID, service description and reconciliation use: the address asked for (--base, or this
     * machine at --port), which must be the one the database was built with; with --port 0 and no --base, the
     * database's own. Refused otherwise: every link would lead to another server.
     */
    private String servedBase(PlenaryDatabase db) {
        Optional<String> built = BuiltBase.of(db.open());
        String wanted = base != null ? withSlash(base) : port != 0 ? BuiltBase.localhost(port) : built.orElse(null);
        if (wanted == null) return org.plenary.graph.IriScheme.DEFAULT_BASE;
        if (built.isPresent() && !built.get().equals(wanted))
            throw new PlenaryException(db.location() + " was built for base " + built.get() + ", not " + wanted
                    + " (its links would lead there): rebuild it with 'build --base " + wanted + "', or serve it with --base "
                    + built.get() + " if that address reaches this server");
        return wanted;
    }

    private static String withSlash(String iri) { return iri.endsWith("/") ? iri : iri + "/"; }

    /** Why the server did not start, in one line: a port in use is the usual cause. */
    static String startFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause())
            if (c instanceof java.net.BindException)
                return "cannot listen on the port (" + c.getMessage() + "): another program, perhaps another 'plenary serve', "
                        + "uses it; choose another with --port";
        return "cannot start: " + e;
    }
}
