package org.plenary.publish;

import java.time.Duration;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;

/**
 * Jetty settings that keep slow or greedy clients from holding every worker thread. A thread blocked on a client
 * that sends its body a byte at a time, or that does not read its answer, costs memory, not CPU, so the pool is
 * large; what bounds the damage is per connection and per client:
 * <ul>
 * <li>a minimum data rate both ways: a request body or an answer moving slower is cut ({@link TransferWatch};
 *     Jetty 12.1's own {@code MinimumDataRateHandler} measures the whole server's bytes against one request's time,
 *     and cut queries that computed for a second before answering);</li>
 * <li>an idle timeout: a connection with no bytes moving at all is closed;</li>
 * <li>at most {@link #perClient} requests handled at once per client address ({@link ThreadLimitHandler}); a
 *     client's further requests wait without a thread until one of its own ends.</li>
 * </ul>
 * CPU-bound work (queries) is bounded separately by the {@link QueryLane}.
 */
final class ConnectionLimits {
    final int maxThreads;
    final int perClient;
    final Duration idleTimeout;

    ConnectionLimits(int maxThreads, int perClient, Duration idleTimeout) {
        if (maxThreads < 8) throw new IllegalArgumentException("maxThreads " + maxThreads + ": at least 8");
        if (perClient < 1) throw new IllegalArgumentException("perClient " + perClient + ": at least 1");
        if (idleTimeout.isNegative() || idleTimeout.isZero())
            throw new IllegalArgumentException("idleTimeout " + idleTimeout + ": must be positive");
        this.maxThreads = maxThreads;
        this.perClient = perClient;
        this.idleTimeout = idleTimeout;
    }

    /**
     * The limits for a server whose queries may run {@code queryTimeout}: the idle timeout outlasts a query that
     * computes its whole answer before writing the first byte.
     */
    static ConnectionLimits forQueryTimeout(Duration queryTimeout) {
        Duration idle = Duration.ofSeconds(30);
        if (queryTimeout != null && !queryTimeout.isZero() && queryTimeout.plusSeconds(10).compareTo(idle) > 0)
            idle = queryTimeout.plusSeconds(10);
        return new ConnectionLimits(200, 8, idle);
    }

    /** Wraps the server's handler and sets the connectors' idle timeout; call before the server starts. */
    void apply(Server jetty) {
        Handler app = jetty.getHandler();
        ThreadLimitHandler perClientLimit = new ThreadLimitHandler();
        perClientLimit.setThreadLimit(perClient);
        perClientLimit.setHandler(app);
        jetty.setHandler(perClientLimit);
        for (Connector c : jetty.getConnectors())
            if (c instanceof ServerConnector sc) sc.setIdleTimeout(idleTimeout.toMillis());
    }
}
