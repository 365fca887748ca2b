package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.plenary.publish.site.RepresentationCache.Representation;

/** What the per-generation cache keeps, for how long, and how much. */
class RepresentationCacheTest {
    static final Generation ONE = new Generation(Path.of("gen-1"), "gen-1@1000", 1000);
    static final Generation TWO = new Generation(Path.of("gen-2"), "gen-2@2000", 2000);

    static Representation body(int bytes) { return Representation.of(new byte[bytes], "text/plain"); }

    @Test
    void anAnswerIsMadeOncePerGenerationAndRemadeAfterASwap() {
        RepresentationCache cache = new RepresentationCache(1 << 20);
        AtomicInteger made = new AtomicInteger();
        Representation first = cache.get(ONE, "k", () -> { made.incrementAndGet(); return body(10); });
        assertSame(first, cache.get(ONE, "k", () -> { made.incrementAndGet(); return body(10); }));
        assertEquals(1, made.get());
        Representation second = cache.get(TWO, "k", () -> { made.incrementAndGet(); return body(10); });
        assertNotSame(first, second);
        assertEquals(2, made.get());
        assertEquals(1, cache.size(), "the older generation's answers are dropped");
    }

    @Test
    void unknownResourcesAreNotKept() {
        RepresentationCache cache = new RepresentationCache(1 << 20);
        AtomicInteger made = new AtomicInteger();
        assertNull(cache.get(ONE, "nothing", () -> { made.incrementAndGet(); return null; }));
        assertNull(cache.get(ONE, "nothing", () -> { made.incrementAndGet(); return null; }));
        assertEquals(2, made.get());
        assertEquals(0, cache.size());
    }

    @Test
    void theLeastRecentlyUsedGoOutWhenTheBoundIsPassed() {
        RepresentationCache cache = new RepresentationCache(10_000); // room for five answers of 1,500 bytes
        for (int i = 0; i < 5; i++) cache.get(ONE, "k" + i, () -> body(1_500));
        cache.get(ONE, "k0", () -> fail("k0 is kept"));
        cache.get(ONE, "k5", () -> body(1_500));
        assertTrue(cache.bytes() <= 10_000, "bytes " + cache.bytes());
        assertEquals(5, cache.size());
        cache.get(ONE, "k0", () -> fail("k0 was used recently and stays"));
        AtomicInteger made = new AtomicInteger();
        cache.get(ONE, "k1", () -> { made.incrementAndGet(); return body(1_500); });
        assertEquals(1, made.get(), "k1 was the least recently used and went out");
        cache.get(ONE, "huge", () -> body(5_000));
        assertEquals(1, made.get());
        AtomicInteger huge = new AtomicInteger();
        cache.get(ONE, "huge", () -> { huge.incrementAndGet(); return body(5_000); });
        assertEquals(1, huge.get(), "an answer over a quarter of the bound is not kept");
    }

    @Test
    void concurrentRequestsForAMissingAnswerShareOneComputation() throws Exception {
        RepresentationCache cache = new RepresentationCache(1 << 20);
        AtomicInteger made = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Representation>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++)
                all.add(pool.submit(() -> cache.get(ONE, "slow", () -> {
                    made.incrementAndGet();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return body(100);
                })));
            Thread.sleep(200);
            release.countDown();
            Representation first = all.get(0).get(5, TimeUnit.SECONDS);
            for (Future<Representation> f : all) assertSame(first, f.get(5, TimeUnit.SECONDS));
            assertEquals(1, made.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAnswerMadeForAnOlderGenerationIsNotKeptForTheNewOne() {
        RepresentationCache cache = new RepresentationCache(1 << 20);
        Representation old = cache.get(ONE, "k", () -> {
            cache.get(TWO, "other", () -> body(1)); // the swap happens while the older answer is being made
            return body(10);
        });
        assertNotNull(old);
        AtomicInteger made = new AtomicInteger();
        Representation fresh = cache.get(TWO, "k", () -> { made.incrementAndGet(); return body(10); });
        assertEquals(1, made.get(), "generation TWO makes its own answer");
        assertNotSame(old, fresh);
        assertEquals(2, cache.size());
    }
}
