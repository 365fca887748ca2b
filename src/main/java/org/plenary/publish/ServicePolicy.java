package org.plenary.publish;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which endpoints a query's {@code SERVICE} may call. By default none: a public endpoint that fetches any URL it is
 * given is an open proxy into the network it runs in (port scans, internal services). With an allow-list
 * ({@code serve --service-allow URL}) a query may name exactly those endpoints and no other:
 * <ul>
 * <li>the endpoint must be an IRI written in the query ({@code SERVICE ?u} is refused: its value would come from
 *     data or {@code VALUES});</li>
 * <li>only {@code http} and {@code https}, and never a host that is or resolves to a loopback, private,
 *     link-local, wildcard or multicast address (checked when the list is given and again before each call, as
 *     DNS may change); redirects are not followed;</li>
 * <li>connecting and reading count against the query's timeout, and at most {@link #maxCalls} calls are
 *     outstanding at once over the whole server (a call finding none free within the timeout fails).</li>
 * </ul>
 * A query naming any other endpoint is refused before it runs, with a 400 saying which.
 */
public final class ServicePolicy {
    private static final String UNKNOWN_HOST = "unknown host ";
    private final Set<String> allowed;
    private final boolean localTargets;
    final int maxCalls;
    private final Semaphore calls;

    private ServicePolicy(Set<String> allowed, boolean localTargets, int maxCalls) {
        this.allowed = Set.copyOf(allowed);
        this.localTargets = localTargets;
        this.maxCalls = maxCalls;
        this.calls = new Semaphore(maxCalls, true);
    }

    /** No SERVICE at all (the default). */
    public static ServicePolicy off() { return new ServicePolicy(Set.of(), false, 1); }

    /**
     * SERVICE to exactly these endpoints.
     *
     * @throws IllegalArgumentException naming the first endpoint that is not an absolute http(s) URL of a public host
     */
    public static ServicePolicy allow(List<String> endpoints) {
        return build(endpoints, false);
    }

    /**
     * As {@link #allow}, but the endpoints may be on this machine or its private network. Only for tests that stand
     * a local listener in for a remote endpoint; not reachable from the command line.
     */
    static ServicePolicy allowIncludingLocal(List<String> endpoints) {
        return build(endpoints, true);
    }

    private static ServicePolicy build(List<String> endpoints, boolean localTargets) {
        Set<String> ok = new LinkedHashSet<>();
        for (String e : endpoints) {
            URI uri = parse(e).orElseThrow(() -> new IllegalArgumentException(
                    "--service-allow " + e + ": not an absolute http or https URL"));
            if (!localTargets) {
                // A host that does not resolve now (an offline machine) is allowed: every call checks it again.
                String why = refusedHost(uri);
                if (why != null && !why.startsWith(UNKNOWN_HOST))
                    throw new IllegalArgumentException("--service-allow " + e + ": " + why);
            }
            ok.add(e);
        }
        return new ServicePolicy(ok, localTargets, 4);
    }

    /** Whether any endpoint is allowed. */
    public boolean enabled() { return !allowed.isEmpty(); }

    /** The allowed endpoints. */
    public Set<String> endpoints() { return allowed; }

    /** A query refused for its SERVICE: the message says which endpoint and why. */
    /** A call not made for want of capacity (free calls, time, a slot): the server is busy, 503, not broken. */
    static final class Busy extends QueryExecException {
        Busy(String message) { super(message); }
    }

    static final class Refused extends RuntimeException {
        Refused(String message) { super(message, null, false, false); }
    }

    /** Checks every SERVICE of {@code query} (in sub-queries and EXISTS too) before it runs. */
    void check(Query query) {
        List<Node> endpoints = new ArrayList<>();
        collect(Algebra.compile(query), endpoints);
        for (Node n : endpoints) {
            String why = refusal(n);
            if (why != null) throw new Refused(why);
        }
    }

    private static void collect(Op op, List<Node> into) {
        Walker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpService s) { into.add(s.getService()); }
        }, new ExprVisitorBase() {
            @Override public void visit(ExprFunctionOp f) { collect(f.getGraphPattern(), into); }
        });
    }

    /** Why a SERVICE to {@code endpoint} may not run, or null if it may. */
    private String refusal(Node endpoint) {
        if (!endpoint.isURI())
            return "SERVICE " + endpoint + ": the endpoint must be an IRI written in the query, not a variable";
        String iri = endpoint.getURI();
        if (!allowed.contains(iri))
            return allowed.isEmpty()
                    ? "SERVICE <" + Text.printable(iri) + ">: federated queries are off on this server"
                    : "SERVICE <" + Text.printable(iri) + ">: not an allowed endpoint (allowed: " + String.join(", ", allowed) + ")";
        if (localTargets) return null;
        String why = refusedHost(parse(iri).orElseThrow());
        return why == null ? null : "SERVICE <" + Text.printable(iri) + ">: " + why;
    }

    private static Optional<URI> parse(String s) {
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) return Optional.empty();
            return Optional.of(u);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Why calls to {@code uri}'s host are refused (a local or private address), or null. */
    static String refusedHost(URI uri) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return UNKNOWN_HOST + uri.getHost();
        }
        for (InetAddress a : addresses)
            if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                    || a.isMulticastAddress() || isUniqueLocal(a) || isSharedOrReserved(a))
                return "host " + uri.getHost() + " is a local or private address (" + a.getHostAddress() + ")";
        return null;
    }

    /** IPv6 unique local addresses, fc00::/7 (Java counts only the deprecated fec0::/10 as site-local). */
    private static boolean isUniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc;
    }

    /** IPv4 carrier-grade NAT 100.64.0.0/10 and the "this network" block 0.0.0.0/8. */
    private static boolean isSharedOrReserved(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 4 && (b[0] == 0 || ((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64));
    }

    /** Puts this policy's SERVICE executor into {@code context}: ARQ's own HTTP executor is not used. */
    void install(Context context, Duration queryTimeout) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(executor(queryTimeout));
        ServiceExecutorRegistry.set(context, registry);
        context.set(Service.httpServiceAllowed, enabled());
    }

    private ServiceExecutor executor(Duration queryTimeout) {
        Duration limit = queryTimeout == null || queryTimeout.isZero() ? Duration.ofSeconds(30) : queryTimeout;
        HttpClient http = HttpClient.newBuilder().connectTimeout(limit).followRedirects(HttpClient.Redirect.NEVER).build();
        return (OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt) -> {
            String why = refusal(opExecute.getService());
            if (why != null) throw new QueryExecException(why);
            // Waiting on another host, or for a free call, costs no CPU: the query's slot in the lane is free meanwhile.
            // The call ends when the query's own time is up (counted from when it began waiting for its slot).
            QueryLane.Slot slot = QueryLane.Slot.current();
            long deadline = slot != null ? slot.deadlineNanos() : System.nanoTime() + limit.toNanos();
            if (slot != null) slot.yieldWhileBlocked();
            try {
                long wait = (deadline - System.nanoTime()) / 1_000_000;
                if (wait <= 0 || !calls.tryAcquire(wait, TimeUnit.MILLISECONDS))
                    throw new Busy("SERVICE: " + maxCalls + " calls to other endpoints already running; try again later");
                try {
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (left <= 0) throw new Busy("SERVICE: the query's time ran out before the call");
                    Context cxt = execCxt.getContext().copy();
                    cxt.set(Service.httpServiceAllowed, true);
                    cxt.set(Service.httpQueryClient, http);
                    cxt.set(Service.httpQueryTimeout, left);
                        QueryIterator remote = Service.exec(opExecute, cxt);
                    List<Binding> rows;
                    try {
                        // Read whole while the call is counted, so the cap bounds open connections too.
                        rows = Iter.toList(remote);
                    } finally {
                        remote.close();
                    }
                    // Only a query that goes on needs its slot back (a failed call fails the query at once).
                    resume(slot);
                    return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
                } finally {
                    calls.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueryExecException("SERVICE: interrupted");
            }
        };
    }

    private static void resume(QueryLane.Slot slot) {
        if (slot == null) return;
        try {
            if (!slot.resume()) throw new Busy("SERVICE: no query slot came free to go on with the query");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryExecException("SERVICE: interrupted");
        }
    }
}
