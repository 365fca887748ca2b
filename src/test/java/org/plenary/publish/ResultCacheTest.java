package org.plenary.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
    static Query query(int n) { return QueryFactory.create("SELECT ?x { ?x ?p " + n + " } LIMIT 100"); }

    static ResultCache.Answer rows(int n) {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(Binding.builder().add(Var.alloc("x"), NodeFactory.createLiteralString("r" + i)).build());
        return new ResultCache.Answer(List.of(Var.alloc("x")), rows);
    }

    @Test
    void theLeastRecentlyUsedAnswersLeaveFirstWhenTheCellsRunOut() {
        ResultCache cache = new ResultCache(100, Duration.ZERO);
        cache.offer(query(1), rows(40), 1);
        cache.offer(query(2), rows(40), 1);
        assertNotNull(cache.get(query(1)));
        cache.offer(query(3), rows(40), 1);
        assertNull(cache.get(query(2)), "least recently used, evicted");
        assertNotNull(cache.get(query(1)));
        assertNotNull(cache.get(query(3)));
        assertEquals(2, cache.size());
    }

    @Test
    void fastAnswersAndAnswersLargerThanTheWholeBudgetAreNotKept() {
        ResultCache cache = new ResultCache(100, Duration.ofMillis(50));
        cache.offer(query(1), rows(10), Duration.ofMillis(10).toNanos());
        cache.offer(query(2), rows(101), Duration.ofSeconds(1).toNanos());
        assertEquals(0, cache.size());
        cache.offer(query(3), rows(10), Duration.ofMillis(60).toNanos());
        assertEquals(1, cache.size());
    }

    @Test
    void aKeptAnswerReadsTheSameRowsEveryTime() {
        ResultCache cache = new ResultCache(100, Duration.ZERO);
        cache.offer(query(1), rows(3), 1);
        for (int i = 0; i < 2; i++) {
            var rs = cache.get(query(1)).rowSet();
            int n = 0;
            while (rs.hasNext()) { assertEquals("r" + n, rs.next().get(Var.alloc("x")).getLiteralLexicalForm()); n++; }
            assertEquals(3, n);
        }
    }

    @Test
    void aQueryWithoutALimitIsNotKeptSinceItsAnswerHasNoBound() {
        assertFalse(ResultCache.cacheable(QueryFactory.create("SELECT * { ?s ?p ?o }")));
        assertTrue(ResultCache.cacheable(QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 10")));
        assertFalse(ResultCache.cacheable(QueryFactory.create("ASK { ?s ?p ?o }")));
    }
}
