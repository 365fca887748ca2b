package org.plenary.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The lane queries run in: at most {@link #slots} at once, whatever the number of connections, so the CPU left over
 * serves pages and cheap questions. Clients that have lately spent much query time ("heavy": more than
 * {@link #lightBudget} of decayed query time) share only {@link #heavySlots} of them; the rest are kept for everyone
 * else, so a few clients running queries up to the timeout cannot make a cheap query wait behind theirs. A query
 * that finds no slot within the wait limit is refused (503, try again later), never queued without bound.
 * <p>
 * A client is its remote address. Its cost decays with a half-life of {@link #HALF_LIFE}: a client asking 10 cheap
 * questions a second stays light, one asking queries that run seconds back to back becomes heavy within one or two.
 */
final class QueryLane {
    static final Duration HALF_LIFE = Duration.ofSeconds(10);
    /** Clients tracked before the ones with negligible cost are forgotten. */
    private static final int MAX_CLIENTS = 10_000;

    final int slots;
    final int heavySlots;
    final Duration lightBudget;
    private int busy;
    private int busyHeavy;
    private final Map<String, Cost> costs = new HashMap<>();
    /** The slot the current thread's query holds. */
    private static final ThreadLocal<Slot> CURRENT = new ThreadLocal<>();

    private static final class Cost {
        double millis;
        long at = System.nanoTime();

        double now(long t) {
            double halfLives = (t - at) / (double) HALF_LIFE.toNanos();
            millis *= Math.pow(0.5, halfLives);
            at = t;
            return millis;
        }
    }

    /** A slot held by one query; closing it frees the slot and charges the client for the time it held it. */
    final class Slot implements AutoCloseable {
        private final String client;
        private final boolean heavy;
        private final long start = System.nanoTime();
        /** When the query's time is up (System.nanoTime): its wait for the slot counts against its timeout. */
        private final long deadline;
        private boolean closed;
        /** Given up while its query waits on a slow client (see {@link #yieldWhileBlocked}). */
        private boolean yielded;

        private Slot(String client, boolean heavy, long deadline) {
            this.client = client;
            this.heavy = heavy;
            this.deadline = deadline;
        }

        /**
         * When the query's time is up (System.nanoTime): the wait limit given to {@link #enter}, counted from when
         * the query began waiting, so waiting for a slot and running share one budget.
         */
        long deadlineNanos() { return deadline; }

        /** Milliseconds left before {@link #deadlineNanos}; zero or less when the time is used up. */
        long millisLeft() { return (deadline - System.nanoTime()) / 1_000_000; }

        /** The slot the calling thread's query holds, or null. */
        static Slot current() { return CURRENT.get(); }

        /** Marks this slot as the calling thread's until {@link #close}. */
        Slot bind() {
            CURRENT.set(this);
            return this;
        }

        /**
         * Frees the slot while its query is blocked writing to a client that does not take its answer: waiting on
         * the network costs no CPU, and must not hold a slot from others. Called by the {@link TransferWatch}, and around
         * SERVICE calls.
         */
        void yieldWhileBlocked() {
            synchronized (QueryLane.this) {
                if (closed || yielded) return;
                yielded = true;
                release();
            }
        }

        /** Takes a slot again after {@link #yieldWhileBlocked}; false if none came free before the query's deadline. */
        boolean resume() throws InterruptedException {
            synchronized (QueryLane.this) {
                if (!yielded || closed) return true;
                if (!acquire(heavy, deadline)) return false;
                yielded = false;
                return true;
            }
        }

        private void release() {
            busy--;
            if (heavy) busyHeavy--;
            QueryLane.this.notifyAll();
        }

        @Override
        public void close() {
            if (CURRENT.get() == this) CURRENT.remove();
            synchronized (QueryLane.this) {
                if (closed) return;
                closed = true;
                if (!yielded) release();
                long t = System.nanoTime();
                Cost c = costs.computeIfAbsent(client, k -> new Cost());
                c.millis = c.now(t) + (t - start) / 1e6;
            }
        }
    }

    QueryLane(int slots, int heavySlots, Duration lightBudget) {
        if (slots < 1 || heavySlots < 1 || heavySlots > slots)
            throw new IllegalArgumentException("slots " + slots + ", heavy slots " + heavySlots);
        this.slots = slots;
        this.heavySlots = heavySlots;
        this.lightBudget = lightBudget;
    }

    /**
     * One slot per core for heavy clients, twice as many in all: a cheap query then shares the CPU with at most one
     * heavy query per core, whatever the heavy clients send.
     */
    static QueryLane forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new QueryLane(2 * cores + 2, cores, Duration.ofSeconds(3));
    }

    /**
     * A slot for {@code client}, waiting at most {@code maxWait}; null if none came free in time. The slot's
     * {@link Slot#deadlineNanos deadline} is {@code maxWait} after this call: the query runs only in what is left.
     */
    synchronized Slot enter(String client, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean heavy = isHeavy(client);
        return acquire(heavy, deadline) ? new Slot(client, heavy, deadline) : null;
    }

    private boolean acquire(boolean heavy, long deadline) throws InterruptedException {
        while (true) {
            if (busy < slots && (!heavy || busyHeavy < heavySlots)) {
                busy++;
                if (heavy) busyHeavy++;
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Whether {@code client} has lately used more than its light budget (for tests and the benchmark). */
    synchronized boolean isHeavy(String client) {
        Cost c = costs.get(client);
        if (costs.size() > MAX_CLIENTS) forgetIdle();
        return c != null && c.now(System.nanoTime()) > lightBudget.toMillis();
    }

    /** Queries running now. */
    synchronized int busy() { return busy; }

    private void forgetIdle() {
        long t = System.nanoTime();
        costs.values().removeIf(c -> c.now(t) < 1);
    }
}
