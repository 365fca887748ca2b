package org.plenary.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.graph.IriScheme;
import org.plenary.publish.PlenaryDatabase;
import org.plenary.publish.PlenaryException;
import org.plenary.publish.PlenaryServer;
import org.plenary.publish.ServicePolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a Plenary database read-only: SPARQL at /sparql, dumps at /dumps/.")
public class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOption database;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--base", defaultValue = IriScheme.DEFAULT_BASE, paramLabel = "IRI", description = "Public base IRI (default: ${DEFAULT-VALUE}).")
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

    @Option(names = "--verbose", description = "Log requests; print stack traces of errors.")
    boolean verbose;

    /** The running server, once ready (for embedding and tests). */
    volatile PlenaryServer server;

    public ServeCommand() {}

    @Override
    public Integer call() {
        Failures failures = new Failures(spec, verbose);
        if (resultCacheCells < 0)
            return failures.report(Failures.BAD_INPUT, "--result-cache " + resultCacheCells + ": must be 0 or more", null);
        ServicePolicy services;
        try {
            services = serviceAllow.isEmpty() ? ServicePolicy.off() : ServicePolicy.allow(serviceAllow);
        } catch (IllegalArgumentException e) {
            return failures.report(Failures.BAD_INPUT, e.getMessage(), null);
        }
        PlenaryServer started;
        try {
            started = PlenaryServer.create()
                    .database(PlenaryDatabase.existing(database.dir))
                    .port(port)
                    .loopback(!listenAll)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                    .base(base)
                    .verbose(verbose)
                    .resultCacheCells(resultCacheCells)
                    .services(services)
                    .build()
                    .start();
        } catch (PlenaryException e) {
            return failures.badInput(e);
        } catch (RuntimeException e) {
            return failures.report(Failures.FAILED, "cannot start: " + e, e);
        }
        server = started;
        PrintWriter out = spec.commandLine().getOut();
        out.println("Plenary serving " + started.sparqlUrl());
        out.flush();
        started.join();
        return 0;
    }
}
