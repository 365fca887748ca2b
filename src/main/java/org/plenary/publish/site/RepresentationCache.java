package org.plenary.publish.site;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The site's answers for resources (a page's HTML, a description's Turtle, where an alias points), kept for the
 * generation they were made from. A published generation never changes, so an answer stays right until the next
 * swap; the first request of another generation drops them all. Bounded by the bytes kept, least recently used
 * out first. Concurrent requests for the same missing answer wait for one computation instead of each running
 * the queries.
 */
final class RepresentationCache {
    /** Default bound: a few thousand typical pages. */
    static final long DEFAULT_MAX_BYTES = 64L << 20;
    /** What an entry costs besides its body (key, record, map entry). */
    private static final int OVERHEAD = 200;

    private final long maxBytes;
    private final LinkedHashMap<String, Representation> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<String, CompletableFuture<Representation>> pending = new HashMap<>();
    private String tag;
    private long bytes;

    RepresentationCache(long maxBytes) { this.maxBytes = maxBytes; }

    /**
     * The answer for {@code key} in generation {@code gen}, made by {@code make} when not kept. {@code make}
     * returns null for "no such resource", which is not kept (unknown names are unbounded).
     */
    Representation get(Generation gen, String key, Supplier<Representation> make) {
        CompletableFuture<Representation> mine = null, theirs;
        synchronized (this) {
            if (!gen.tag().equals(tag)) {
                entries.clear();
                pending.clear();
                bytes = 0;
                tag = gen.tag();
            }
            Representation kept = entries.get(key);
            if (kept != null) return kept;
            theirs = pending.get(key);
            if (theirs == null) {
                mine = new CompletableFuture<>();
                pending.put(key, mine);
            }
        }
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
            synchronized (this) { pending.remove(key, mine); }
            mine.completeExceptionally(e);
            throw e;
        }
        synchronized (this) {
            pending.remove(key, mine);
            // A swap while this was made: the answer belongs to an older generation, so it is not kept.
            if (made != null && gen.tag().equals(tag)) keep(key, made);
        }
        mine.complete(made);
        return made;
    }

    private void keep(String key, Representation r) {
        long size = weight(key, r);
        if (size > maxBytes / 4) return; // one huge answer must not flush everything else
        Representation old = entries.put(key, r);
        if (old != null) bytes -= weight(key, old);
        bytes += size;
        for (Iterator<Map.Entry<String, Representation>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            Map.Entry<String, Representation> e = it.next();
            bytes -= weight(e.getKey(), e.getValue());
            it.remove();
        }
    }

    private static long weight(String key, Representation r) {
        return OVERHEAD + 2L * key.length() + (r.body() == null ? 0 : r.body().length);
    }

    synchronized int size() { return entries.size(); }

    synchronized long bytes() { return bytes; }

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
