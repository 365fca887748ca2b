package org.plenary.publish;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;

/**
 * Cuts connections whose client sends its request body, or takes its answer, slower than
 * {@link #MIN_BYTES_PER_SECOND} once a grace period has passed: a thread blocked on such a client is freed within
 * seconds instead of for as long as the client likes. Jetty's idle timeout only catches a connection where no byte
 * moves at all; a client sending a byte every two seconds never trips it.
 * <p>
 * Answers written through {@code getWriter()} (pages, small) are not watched; bodies and {@code getOutputStream()}
 * answers (query results, dumps) are.
 * <p>
 * A body must have arrived at that rate after {@link #BODY_GRACE_SECONDS}. An answer is judged only on the writes
 * that had to wait for the client (a query computing for seconds before its first byte is not slow, the client
 * is): one write waiting {@link #WRITE_GRACE_SECONDS}, or waiting writes adding up to that long and moving less than
 * that rate, cut it. A cut connection is reset; its thread's blocked read or write fails at once.
 */
final class TransferWatch implements AutoCloseable {
    static final long MIN_BYTES_PER_SECOND = 1024;
    static final long BODY_GRACE_SECONDS = 5;
    static final long WRITE_GRACE_SECONDS = 10;
    /** A query blocked this long on a write gives up its {@link QueryLane} slot until the write returns. */
    static final long YIELD_AFTER_MILLIS = 200;

    private final Set<Transfer> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plenary-transfer-watch");
        t.setDaemon(true);
        return t;
    });

    TransferWatch() {
        ticker.scheduleWithFixedDelay(this::cutSlow, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** One request's transfer, watched until closed. */
    final class Transfer implements AutoCloseable {
        private final EndPoint endPoint;
        private final long start = System.nanoTime();
        private volatile long bytesIn;
        private volatile boolean readingBody;
        private volatile long slowWriteNanos;
        private volatile long slowWriteBytes;
        private volatile long writingSince;
        volatile boolean cut;
        /** The query slot this request holds, if it is a query. */
        private volatile QueryLane.Slot slot;

        private Transfer(EndPoint endPoint) { this.endPoint = endPoint; }

        void startBody() { readingBody = true; }

        void holds(QueryLane.Slot slot) { this.slot = slot; }

        /** A write blocked longer than {@link #YIELD_AFTER_MILLIS}: the query waits on its client, not the CPU. */
        boolean blockedWriting(long now) {
            long since = writingSince;
            return since != 0 && now - since > YIELD_AFTER_MILLIS * 1_000_000;
        }

        void read(long n) { bytesIn += n; }

        void endBody() { readingBody = false; }

        boolean tooSlow(long now) {
            if (readingBody) {
                double s = (now - start) / 1e9;
                if (s > BODY_GRACE_SECONDS && bytesIn < MIN_BYTES_PER_SECOND * (s - BODY_GRACE_SECONDS)) return true;
            }
            long since = writingSince;
            if (since != 0 && now - since > WRITE_GRACE_SECONDS * 1_000_000_000L) return true;
            double slow = slowWriteNanos / 1e9;
            return slow > WRITE_GRACE_SECONDS && slowWriteBytes < MIN_BYTES_PER_SECOND * slow;
        }

        /** A write that took long was waiting for the client to take earlier bytes: count it toward its rate. */
        private void wrote(long nanos, long bytes) {
            if (nanos < YIELD_AFTER_MILLIS * 1_000_000) return;
            slowWriteNanos += nanos;
            slowWriteBytes += bytes;
        }

        /** The response, its output counted and timed. */
        HttpServletResponse response(HttpServletResponse resp) {
            return new HttpServletResponseWrapper(resp) {
                private ServletOutputStream out;

                @Override
                public ServletOutputStream getOutputStream() throws IOException {
                    if (out == null) out = new Counted(super.getOutputStream());
                    return out;
                }
            };
        }

        private final class Counted extends ServletOutputStream {
            private final ServletOutputStream out;

            Counted(ServletOutputStream out) { this.out = out; }

            @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                long t = System.nanoTime();
                writingSince = t;
                try {
                    out.write(b, off, len);
                } finally {
                    writingSince = 0;
                    wrote(System.nanoTime() - t, len);
                }
                resumeSlot();
            }

            @Override
            public void flush() throws IOException {
                long t = System.nanoTime();
                writingSince = t;
                try {
                    out.flush();
                } finally {
                    writingSince = 0;
                    wrote(System.nanoTime() - t, 0);
                }
                resumeSlot();
            }

            @Override public void close() throws IOException { flush(); out.close(); }
            @Override public boolean isReady() { return out.isReady(); }
            @Override public void setWriteListener(WriteListener l) { out.setWriteListener(l); }
        }

        /** After a write, the query computes again: it needs its slot back. */
        private void resumeSlot() throws IOException {
            QueryLane.Slot s = slot;
            if (s == null) return;
            try {
                if (!s.resume()) throw new IOException("no query slot came free to go on with the answer");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }

        @Override
        public void close() { active.remove(this); }
    }

    /** Starts watching {@code req}'s connection. */
    Transfer watch(HttpServletRequest req) {
        ServletContextRequest core = ServletContextRequest.getServletContextRequest(req);
        EndPoint ep = core == null ? null : core.getConnectionMetaData().getConnection().getEndPoint();
        Transfer t = new Transfer(ep);
        active.add(t);
        return t;
    }

    private void cutSlow() {
        long now = System.nanoTime();
        for (Transfer t : active) {
            QueryLane.Slot s = t.slot;
            if (s != null && t.blockedWriting(now)) s.yieldWhileBlocked();
            if (t.cut || !t.tooSlow(now)) continue;
            t.cut = true;
            active.remove(t);
            if (t.endPoint != null) abort(t.endPoint);
        }
    }

    /**
     * Closes the connection at once: a reset, not a graceful close, since the kernel would otherwise go on
     * trickling the megabytes already in the socket's send buffer to the slow client after the server let go.
     */
    private static void abort(EndPoint ep) {
        if (ep instanceof SocketChannelEndPoint s) {
            try {
                s.getChannel().setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | RuntimeException e) {
                // already closed: nothing to reset
            }
        }
        ep.close();
    }

    @Override
    public void close() { ticker.shutdownNow(); }
}
