package org.plenary.publish;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
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

    CappedQueryService(long maxResults, ResultCache answers) {
        this.maxResults = maxResults;
        this.answers = answers;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        cap(decided.getRight(), maxResults);
        return decided;
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
