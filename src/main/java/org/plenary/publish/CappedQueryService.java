package org.plenary.publish;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query service with a cap on the number of results: a query without a LIMIT, or with a
 * larger one, gets the cap as its LIMIT. Keeps a public endpoint from streaming the whole store per request.
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    private final long maxResults;

    CappedQueryService(long maxResults) { this.maxResults = maxResults; }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (maxResults > 0 && !q.isAskType() && (!q.hasLimit() || q.getLimit() > maxResults))
            q.setLimit(maxResults);
        return decided;
    }
}
