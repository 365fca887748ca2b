package org.plenary.publish;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.web.HttpSC;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query service with a cap on the number of results (a query without a LIMIT, or with a larger one,
 * gets the cap as its LIMIT: a public endpoint does not stream the whole store per request), and with a
 * {@link ResultCache} of slow answers on the one generation this service serves.
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    private final long maxResults;
    private final ResultCache answers;
    private final ServicePolicy services;

    CappedQueryService(long maxResults, ResultCache answers, ServicePolicy services) {
        this.maxResults = maxResults;
        this.answers = answers;
        this.services = services;
    }

    /**
     * Refuses a SERVICE the {@link ServicePolicy} does not allow (400 naming the endpoint), guards REGEX and REPLACE
     * against running past the timeout ({@link RegexGuard}), and caps the results.
     */
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        try {
            services.check(query);
        } catch (ServicePolicy.Refused e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query guarded = RegexGuard.guard(decided.getRight());
        cap(guarded, maxResults);
        return Pair.create(decided.getLeft(), guarded);
    }

    /** UNION branches one query may have: ARQ nests a UNION's branches as deep as it has branches. */
    static final int MAX_UNION_BRANCHES = 1000;
    /** Syntax elements (patterns, groups, filters...) one query may have. */
    static final int MAX_ELEMENTS = 50_000;

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        int[] elements = {0};
        int[] widest = {0};
        ElementWalker.walk(query.getQueryPattern() == null ? new ElementGroup() : query.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementUnion el) { widest[0] = Math.max(widest[0], el.getElements().size()); }
            @Override public void visit(ElementGroup el) { elements[0] += el.size(); }
        });
        if (widest[0] > MAX_UNION_BRANCHES)
            ServletOps.errorBadRequest("A UNION of " + widest[0] + " branches: at most " + MAX_UNION_BRANCHES + " (use VALUES to list alternatives)");
        if (elements[0] > MAX_ELEMENTS)
            ServletOps.errorBadRequest("A query of " + elements[0] + " patterns: at most " + MAX_ELEMENTS);
    }

    /** A query that still nests too deep for the engine's stack is the client's, not the server's, error. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The query nests too deeply to be run");
        } catch (RuntimeException e) {
            // A SERVICE call not made because the server is busy is a 503 (try later), not a server error.
            for (Throwable c = e; c != null; c = c.getCause())
                if (c instanceof ServicePolicy.Busy busy) ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, busy.getMessage());
            throw e;
        }
    }

    /**
     * Runs the query with only the time its request has left: the wait for a slot in the {@link QueryLane} counts
     * against the server's timeout, so a query never takes more than the timeout in all. A query whose time ran out
     * while it waited gets 503. A client's own {@code timeout} parameter may only shorten this.
     */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryLane.Slot slot = QueryLane.Slot.current();
        if (slot == null || action.getContext().get(ARQ.queryTimeout) == null)
            return super.createQueryExec(action, query, dataset);
        long left = slot.millisLeft();
        if (left <= 0)
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503,
                    "The query's time ran out while it waited for a free query slot. Try again later.");
        String asked = action.getRequestParameter("timeout");
        if (asked != null) {
            try {
                long ms = (long) (Double.parseDouble(asked) * 1000);
                if (ms > 0) left = Math.min(left, ms);
            } catch (NumberFormatException e) {
                ServletOps.errorBadRequest("Bad timeout \"" + Text.printable(asked) + "\": a number of seconds");
            }
        }
        return QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .timeout(left, TimeUnit.MILLISECONDS).build();
    }

    /** Gives {@code q} the cap as its LIMIT if it has none or a larger one; zero or less caps nothing. */
    static void cap(Query q, long maxResults) {
        if (maxResults > 0 && !q.isAskType() && (!q.hasLimit() || q.getLimit() > maxResults))
            q.setLimit(maxResults);
    }

    /**
     * A cacheable SELECT is read whole before the first byte is sent (at most the cap's rows), so a timeout still
     * gets its error status; its answer is kept if it was slow, and the next identical query is answered from it.
     */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        Query q = queryExec.getQuery();
        boolean protocolDataset = action.getRequestParameter("default-graph-uri") != null
                || action.getRequestParameter("named-graph-uri") != null;
        if (q == null || !answers.enabled() || protocolDataset || !ResultCache.cacheable(q))
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        ResultCache.Answer kept = answers.get(q);
        if (kept == null) {
            long t0 = System.nanoTime();
            kept = ResultCache.Answer.of(queryExec.select());
            answers.offer(q, kept, System.nanoTime() - t0);
        }
        return new QueryExecResult(kept.rowSet());
    }
}
