package org.plenary.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.junit.jupiter.api.Test;

/**
 * The store's write boundary with a failing disk stubbed in: a loader built like TDB2's phased loader (the caller
 * feeds a bounded queue, a thread of the loader drains it and writes, {@code finishBulk} waits on a semaphore that
 * thread releases) whose writing thread fails as TDB2's do on a full disk. The load ends with an exception in
 * bounded time instead of waiting forever.
 */
class BulkLoadTest {
    enum Disk { SOUND, FULL_MAPPED, FULL_CAUGHT }

    /** How TDB2's loader threads meet a full disk: a memory-mapped write (SIGBUS) or an IOException it catches. */
    static final class PipedLoader implements DataLoader {
        final BlockingQueue<Quad> queue = new ArrayBlockingQueue<>(16);
        final Semaphore finished = new Semaphore(0);
        final AtomicLong written = new AtomicLong();
        final Disk disk;
        final long room;
        static final Quad END = Quad.create(NodeFactory.createURI("urn:end"), NodeFactory.createURI("urn:end"),
                NodeFactory.createURI("urn:end"), NodeFactory.createURI("urn:end"));

        PipedLoader(Disk disk, long room) { this.disk = disk; this.room = room; }

        @Override public void startBulk() {
            new Thread(() -> {
                try {
                    for (;;) {
                        Quad q = queue.take();
                        // the next write (a quad, or the commit at the end) finds the disk full
                        if (written.get() >= room && disk == Disk.FULL_MAPPED)
                            throw new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code");
                        if (written.get() >= room && disk == Disk.FULL_CAUGHT)
                            throw new IOException("No space left on device");
                        if (q == END) break;
                        written.incrementAndGet();
                        if (written.get() % 1000 == 0) Thread.sleep(1); // a slow disk is not a stuck one
                    }
                    finished.release();
                } catch (IOException | InterruptedException e) {
                    // as TDB2's Indexer: log, abort its transaction, leave (the caller's next put then waits forever)
                }
            }).start();
        }

        @Override public StreamRDF stream() {
            return new StreamRDFBase() {
                @Override public void quad(Quad q) {
                    try {
                        queue.put(q);
                    } catch (InterruptedException e) {
                        throw new RuntimeException("interrupted", e);
                    }
                }
            };
        }

        @Override public void finishBulk() {
            try {
                queue.put(END);
                finished.acquire();
            } catch (InterruptedException e) {
                throw new RuntimeException("interrupted", e);
            }
        }

        @Override public void finishException(Exception e) {}
        @Override public void load(List<String> files) { throw new UnsupportedOperationException(); }
        @Override public void loadFromInputStream(String base, InputStream in, Lang lang) { throw new UnsupportedOperationException(); }
        @Override public long countTriples() { return 0; }
        @Override public long countQuads() { return written.get(); }
    }

    static Consumer<StreamRDF> quads(int n) {
        return out -> {
            for (int i = 0; i < n; i++)
                out.quad(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s" + i),
                        NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("v" + i)));
        };
    }

    @Test
    void aLoaderThreadKilledByAFullDiskEndsTheLoadAtOnce() {
        PipedLoader loader = new PipedLoader(Disk.FULL_MAPPED, 500);
        long t0 = System.nanoTime();
        BulkLoad.Failure f = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(BulkLoad.Failure.class, () -> new BulkLoad(loader, Duration.ofSeconds(60)).run(quads(20_000))));
        assertInstanceOf(InternalError.class, f.getCause());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos(), "not by the stall limit");
        assertFalse(Thread.interrupted(), "the caller is left without a pending interrupt");
    }

    @Test
    void aLoaderThreadThatCatchesItsErrorAndLeavesIsFoundByTheStall() {
        PipedLoader loader = new PipedLoader(Disk.FULL_CAUGHT, 500);
        BulkLoad.Failure f = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(BulkLoad.Failure.class, () -> new BulkLoad(loader, Duration.ofSeconds(1)).run(quads(20_000))));
        assertTrue(f.getMessage().contains("stopped moving"), f.getMessage());
    }

    @Test
    void aLoaderThatFailsAfterTheLastQuadIsFoundWhileFinishing() {
        // Room for every quad but not for the end: the failure comes while finishBulk waits.
        PipedLoader loader = new PipedLoader(Disk.FULL_MAPPED, 2_000);
        BulkLoad.Failure f = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(BulkLoad.Failure.class, () -> new BulkLoad(loader, Duration.ofSeconds(60)).run(quads(2_000))));
        assertInstanceOf(InternalError.class, f.getCause());
    }

    @Test
    void aSlowSoundLoadCompletesAndAWritersOwnExceptionPassesThrough() {
        PipedLoader loader = new PipedLoader(Disk.SOUND, Long.MAX_VALUE);
        new BulkLoad(loader, Duration.ofMillis(500)).run(quads(20_000));
        assertEquals(20_000, loader.written.get());

        IllegalStateException boom = new IllegalStateException("extraction failed");
        PipedLoader second = new PipedLoader(Disk.SOUND, Long.MAX_VALUE);
        assertSame(boom, assertThrows(IllegalStateException.class, () -> new BulkLoad(second, Duration.ofSeconds(5)).run(out -> {
            quads(100).accept(out);
            throw boom;
        })));
    }
}
