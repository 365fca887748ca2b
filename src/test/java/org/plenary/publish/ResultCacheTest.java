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
    void theKeptAnswersNeverHoldMoreCellsThanTheBudget() {
        ResultCache cache = new ResultCache(100, Duration.ZERO);
        for (int i = 0; i < 50; i++) {
            cache.offer(query(i), rows(40), 1);
            assertTrue(cache.cells() <= 100, "cells " + cache.cells() + " after " + (i + 1) + " answers");
        }
        assertEquals(2, cache.size(), "two answers of 40 cells fit, a third does not");
    }

    @Test
    void anAnswerAskedForOftenSurvivesARunOfOneOffQueries() {
        ResultCache cache = new ResultCache(1_000, Duration.ZERO);
        for (int i = 0; i < 10; i++) cache.offer(query(i), rows(100), 1);
        for (int i = 0; i < 10; i++) assertNotNull(cache.get(query(0))); // clients ask for query 0 again and again
        for (int i = 10; i <= 300; i++) { // a crawler's queries, each once; query 0 is still asked now and then
            cache.offer(query(i), rows(100), 1);
            if (i % 15 == 0) assertNotNull(cache.get(query(0)), "the popular answer stays (after " + i + ")");
        }
        assertTrue(cache.cells() <= 1_000);
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
