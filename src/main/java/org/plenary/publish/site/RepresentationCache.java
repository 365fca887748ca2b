package org.plenary.publish.site;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The site's answers for resources (a page's HTML, a description's Turtle, where an alias points), kept for the
 * generation they were made from. A published generation never changes, so an answer stays right until the next
 * swap; the first request of another generation drops them all. Bounded by the bytes kept in a Caffeine cache (its
 * W-TinyLFU policy keeps the pages asked for often when a crawler walks through many others). Concurrent requests
 * for the same missing answer wait for one computation instead of each running the queries: the cache holds the
 * answer's future from the moment it is asked for, so no lock is held while the queries run.
 */
final class RepresentationCache {
    /** Default bound: a few thousand typical pages. */
    static final long DEFAULT_MAX_BYTES = 64L << 20;
    /** What an entry costs besides its body (key, record, map entry). */
    private static final int OVERHEAD = 200;

    /** The answers of one generation. */
    private record Kept(String tag, AsyncCache<String, Representation> answers) {}

    private final long maxBytes;
    private volatile Kept kept;

    RepresentationCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.kept = new Kept(null, newCache());
    }

    private AsyncCache<String, Representation> newCache() {
        return Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Representation r) -> (int) Math.min(Integer.MAX_VALUE, weight(key, r)))
                .executor(Runnable::run) // evict in the caller's thread: the bound holds when get returns
                .buildAsync();
    }

    /** The answers of {@code gen}, replacing those of an older generation. */
    private Kept of(Generation gen) {
        Kept k = kept;
        if (gen.tag().equals(k.tag())) return k;
        synchronized (this) {
            if (!gen.tag().equals(kept.tag())) kept = new Kept(gen.tag(), newCache());
            return kept;
        }
    }

    /**
     * The answer for {@code key} in generation {@code gen}, made by {@code make} when not kept. {@code make}
     * returns null for "no such resource", which is not kept (unknown names are unbounded).
     */
    Representation get(Generation gen, String key, Supplier<Representation> make) {
        AsyncCache<String, Representation> answers = of(gen).answers();
        CompletableFuture<Representation> mine = new CompletableFuture<>();
        CompletableFuture<Representation> theirs = answers.asMap().putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
        }
        Representation made;
        try {
            made = make.get();
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e); // Caffeine drops a failed future; the next request tries again
            throw e;
        }
        // One huge answer must not flush everything else: those waiting for it get it, the cache does not keep it.
        // Null ("no such resource") is dropped by Caffeine itself.
        if (made != null && weight(key, made) > maxBytes / 4) answers.asMap().remove(key, mine);
        mine.complete(made);
        return made;
    }

    private static long weight(String key, Representation r) {
        return OVERHEAD + 2L * key.length() + (r.body() == null ? 0 : r.body().length);
    }

    int size() {
        var answers = kept.answers().synchronous();
        answers.cleanUp();
        return (int) answers.estimatedSize();
    }

    long bytes() {
        var answers = kept.answers().synchronous();
        answers.cleanUp();
        return answers.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /**
     * One answer: a body with its media type, or (body null) the canonical IRI an alias IRI stands for, or (both
     * null) "the resource exists" for {@code /id/}.
     */
    record Representation(byte[] body, String contentType, String canonical) {
        static Representation of(byte[] body, String contentType) { return new Representation(body, contentType, null); }
        static Representation alias(String canonical) { return new Representation(null, null, canonical); }
        static final Representation EXISTS = new Representation(null, null, null);

        boolean isAlias() { return canonical != null; }
    }
}
