package org.plenary.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.plenary.store.PlenaryDatabase;

/**
 * {@code plenary serve} as the reliability benchmark runs it, in a process of its own: the same server and defaults,
 * with one difference the command line cannot make: the SERVICE endpoint allowed is a listener on this machine that
 * never answers (the benchmark's), standing in for a remote endpoint that hangs. Any other endpoint, loopback
 * included, is refused as always. Bench-only (in this package to reach {@link ServicePolicy#allowIncludingLocal}).
 * <p>
 * Arguments: DB PORT TIMEOUT_SECONDS HANGING_ENDPOINT_URL
 */
public final class ReliabilityServer {
    private ReliabilityServer() {}

    public static void main(String[] args) {
        PlenaryServer server = PlenaryServer.create()
                .database(PlenaryDatabase.existing(Path.of(args[0])))
                .port(Integer.parseInt(args[1]))
                .queryTimeout(Duration.ofSeconds(Long.parseLong(args[2])))
                .services(ServicePolicy.allowIncludingLocal(List.of(args[3])))
                .build().start();
        System.out.println("Plenary serving " + server.sparqlUrl());
        server.join();
    }
}
