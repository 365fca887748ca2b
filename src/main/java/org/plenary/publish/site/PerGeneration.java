package org.plenary.publish.site;

import java.util.function.Supplier;

/**
 * A value read from one generation of the database, kept until another generation is served: pages ask for it on
 * every request, and reading it again is only needed when a build publishes anew.
 */
final class PerGeneration<T> {
    private record Kept<T>(String generation, T value) {}

    private volatile Kept<T> kept;

    /** The value for the generation tagged {@code generation}: the kept one, or {@code read}'s, kept from now on. */
    T get(String generation, Supplier<T> read) {
        Kept<T> k = kept;
        if (k == null || !k.generation().equals(generation)) kept = k = new Kept<>(generation, read.get());
        return k.value();
    }
}
