package org.plenary.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.loader.DataLoader;

/**
 * TDB2's bulk loader, watched so that a failure in one of its threads ends the load instead of hanging it.
 * <p>
 * The phased loader parses on the thread that feeds it and writes the node table and each index on threads of its
 * own, joined by bounded queues. On a full disk a write to a memory-mapped TDB2 file raises {@link InternalError} in
 * one of those threads, which dies; other I/O errors are caught there, logged and the thread leaves. Either way the
 * feeding thread then waits forever on a full queue or on the loader's end (seen at 1 MB free: 0% CPU, no exit).
 * Here the load runs inside a thread group of its own, which records any exception that kills one of its threads,
 * and a watchdog ends the load when one has died or when every thread of the load has been waiting for
 * {@link #STALL} (nothing can move any more): the caller gets {@link Failure}, the load's threads are interrupted,
 * and any left are daemons.
 */
final class BulkLoad {
    /** How long every thread of a load may wait with none working before the load is declared stuck. */
    static final Duration STALL = Duration.ofSeconds(10);

    private final DataLoader loader;
    private final Duration stall;
    private final Workers workers = new Workers();

    BulkLoad(DataLoader loader, Duration stall) {
        this.loader = loader;
        this.stall = stall;
    }

    /** A load that could not complete: a loader thread died or the load stopped moving. */
    static final class Failure extends RuntimeException {
        Failure(String message, Throwable cause) { super(message, cause); }
    }

    /**
     * Loads what {@code writer} sends, on a thread of the load's group (the loader's transactions belong to the thread
     * that starts and finishes it, and the threads it starts join the group). If {@code writer} throws, the loader is
     * finished (which stops its threads) and that exception propagates as it is; if the loader fails,
     * {@link Failure} with the loader thread's exception as cause.
     */
    void run(Consumer<StreamRDF> writer) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread load = new Thread(workers, () -> {
            try {
                load(writer);
            } catch (RuntimeException | Error e) {
                thrown.set(e);
            }
        }, "plenary-bulk-load");
        // Threads are created as daemons by a daemon: none left behind by a failed load keeps the JVM alive.
        load.setDaemon(true);
        Watchdog dog = new Watchdog(Thread.currentThread());
        dog.start();
        try {
            load.start();
            load.join();
        } catch (InterruptedException e) {
            throw failure(e);
        } finally {
            dog.stop();
            Thread.interrupted(); // a late interrupt from the watchdog must not reach the caller's next wait
        }
        Throwable e = thrown.get();
        if (workers.failure.get() != null) throw failure(e);
        if (e instanceof RuntimeException re) throw re;
        if (e instanceof Error err) throw err;
    }

    private void load(Consumer<StreamRDF> writer) {
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            writer.accept(stream);
            stream.finish();
        } catch (RuntimeException | Error e) {
            // The loader's finishException leaves its threads waiting for input: finishing the (doomed) load is
            // what stops them, so that none is left running when the caller deletes the generation.
            if (workers.failure.get() == null) {
                try {
                    loader.finishBulk();
                } catch (RuntimeException | Error suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        loader.finishBulk();
    }

    private Failure failure(Throwable seen) {
        Throwable cause = workers.failure.get();
        String why = cause == null ? "the bulk loader stopped" : cause instanceof Stalled ? cause.getMessage()
                : "a bulk loader thread failed: " + cause;
        Failure f = new Failure(why, cause);
        if (seen != null && seen != cause) f.addSuppressed(seen);
        return f;
    }

    /** The load's threads; any exception that kills one is the load's failure. */
    private static final class Workers extends ThreadGroup {
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile Thread caller;

        Workers() { super("plenary-bulk-load"); }

        @Override
        public void uncaughtException(Thread t, Throwable e) {
            if (failure.compareAndSet(null, e)) {
                Thread c = caller;
                if (c != null) c.interrupt();
                interrupt(); // the load's threads: a blocked one then leaves
            }
        }

        /**
         * True when every thread of the group waits without a time limit (on a queue, a semaphore or a lock): only
         * another thread of the load could wake one. A thread running or in a timed wait will move by itself.
         */
        boolean allWaiting() {
            Thread[] threads = new Thread[activeCount() + 8];
            int n = enumerate(threads);
            for (int i = 0; i < n; i++) {
                Thread.State state = threads[i].getState();
                if (state != Thread.State.WAITING && state != Thread.State.BLOCKED) return false;
            }
            return true;
        }
    }

    private static final class Stalled extends RuntimeException {
        Stalled(Duration d) {
            super("the bulk loader stopped moving: all its threads waited " + d.toSeconds() + " s (a loader thread failed)", null, false, false);
        }
    }

    /** Polls the load: interrupts the caller once a loader thread has died or the whole load has stalled. */
    private final class Watchdog implements Runnable {
        private final Thread caller;
        private final Thread thread;
        private volatile boolean stopped;

        Watchdog(Thread caller) {
            this.caller = caller;
            workers.caller = caller;
            this.thread = new Thread(this, "plenary-bulk-load-watchdog");
            thread.setDaemon(true);
        }

        void start() { thread.start(); }

        /** Stops the watchdog; once this returns it interrupts no one. */
        synchronized void stop() {
            stopped = true;
            workers.caller = null;
            thread.interrupt();
        }

        @Override
        public void run() {
            long waitingSince = -1;
            while (!stopped) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                boolean waiting = workers.allWaiting();
                long now = System.nanoTime();
                if (!waiting) waitingSince = -1;
                else if (waitingSince < 0) waitingSince = now;
                else if (now - waitingSince >= stall.toNanos()) workers.failure.compareAndSet(null, new Stalled(stall));
                if (workers.failure.get() != null) {
                    synchronized (this) {
                        if (!stopped) caller.interrupt();
                    }
                    workers.interrupt();
                    return;
                }
            }
        }
    }
}
