package org.plenary.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.E_Now;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.Unstable;

/**
 * Answers to SELECT queries on one published generation, kept when they were slow to compute. A generation never
 * changes once published, so a kept answer stays exact for as long as its generation is served; each generation has
 * its own cache, dropped with it. Never kept: queries whose answer can change between two runs on the same data
 * ({@code SERVICE}, {@code NOW()}, {@code RAND()}, {@code UUID()}, {@code STRUUID()}, {@code BNODE()}), queries that
 * choose their own dataset ({@code FROM}, {@code FROM NAMED}), and answers without a bounding {@code LIMIT}.
 * Bounded by cells (rows times variables) in a Caffeine cache: its W-TinyLFU policy keeps the answers asked for
 * often, so a run of one-off queries does not push out the ones every client sends.
 */
final class ResultCache {
    /** No answer longer than this is kept, whatever the server's result cap. */
    static final long MAX_ROWS_KEPT = 100_000;

    /** A materialized answer; each {@link #rowSet()} reads it afresh. */
    record Answer(List<Var> vars, List<Binding> rows) {
        long cells() { return (long) rows.size() * Math.max(1, vars.size()); }

        RowSet rowSet() { return RowSetStream.create(vars, rows.iterator()); }

        /** Reads a whole row set into memory, decoding every term (a stored row may refer to the store lazily). */
        static Answer of(RowSet rs) {
            List<Var> vars = List.copyOf(rs.getResultVars());
            List<Binding> rows = new ArrayList<>();
            while (rs.hasNext()) {
                Binding b = rs.next();
                BindingBuilder copy = Binding.builder();
                for (Iterator<Var> it = b.vars(); it.hasNext(); ) {
                    Var v = it.next();
                    copy.add(v, b.get(v));
                }
                rows.add(copy.build());
            }
            return new Answer(vars, List.copyOf(rows));
        }
    }

    private final long maxCells;
    private final long keepAfterNanos;
    private final Cache<String, Answer> answers;

    /**
     * @param maxCells     most cells (rows times variables) held at once; zero or less keeps nothing
     * @param keepAfter    only answers that took at least this long to compute are kept
     */
    ResultCache(long maxCells, Duration keepAfter) {
        this.maxCells = maxCells;
        this.keepAfterNanos = keepAfter.toNanos();
        this.answers = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, maxCells))
                .weigher((String q, Answer a) -> (int) Math.min(Integer.MAX_VALUE, a.cells()))
                .executor(Runnable::run) // evict in the caller's thread: the bound holds when offer returns
                .recordStats()
                .build();
    }

    /** Whether an answer to this query, run on an unchanging dataset, is the same every time. */
    static boolean cacheable(Query q) {
        if (!q.isSelectType() || q.hasDatasetDescription() || !q.hasLimit() || q.getLimit() > MAX_ROWS_KEPT) return false;
        boolean[] unstable = {false};
        ExprVisitorBase exprs = new ExprVisitorBase() {
            private void check(ExprFunction f) { if (f instanceof Unstable || f instanceof E_Now) unstable[0] = true; }
            @Override public void visit(ExprFunction0 f) { check(f); }
            @Override public void visit(ExprFunction1 f) { check(f); }
            @Override public void visit(ExprFunction2 f) { check(f); }
            @Override public void visit(ExprFunction3 f) { check(f); }
            @Override public void visit(ExprFunctionN f) { check(f); }
            @Override public void visit(ExprFunctionOp f) { check(f); }
        };
        Walker.walk(Algebra.compile(q), new OpVisitorBase() {
            @Override public void visit(OpService op) { unstable[0] = true; }
        }, exprs);
        return !unstable[0];
    }

    /** The same query, whatever its layout and comments, gives the same key. */
    private static String key(Query q) { return q.toString(); }

    /** Whether this cache keeps anything at all. */
    boolean enabled() { return maxCells > 0; }

    /** The kept answer to a query, or null. */
    Answer get(Query q) {
        return enabled() ? answers.getIfPresent(key(q)) : null;
    }

    /** Keeps an answer that took {@code nanos} to compute, if it was slow enough and fits. */
    void offer(Query q, Answer a, long nanos) {
        if (!enabled() || nanos < keepAfterNanos || a.cells() > maxCells) return;
        answers.put(key(q), a);
        answers.cleanUp();
    }

    /** How many requests were answered from this cache. */
    long hits() { return answers.stats().hitCount(); }

    /** How many answers are kept. */
    int size() {
        answers.cleanUp();
        return (int) answers.estimatedSize();
    }

    /** How many cells the kept answers hold. */
    long cells() {
        answers.cleanUp();
        return answers.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }
}
