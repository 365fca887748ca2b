package org.plenary.build;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.plenary.graph.ShapesValidator;

/**
 * Where a build is published: a database of generations, seen only through what the build needs. The store
 * implements it ({@code org.plenary.store.PlenaryDatabase}), so the build hands the store its quads without depending
 * on it, and the database's folder layout stays the store's own.
 */
public interface Destination {
    /** The database directory (for messages). */
    Path location();

    /** Where the entity ids of the published build are kept ({@code KnownIds}): the next build keeps them. */
    Path entityIds();

    /** Where the extractions of the published build's articles are cached for the next build. */
    Path extractionCache();

    /** True when a generation has been published. */
    boolean exists();

    /** The published generation as the database names it, if any (for messages). */
    Optional<Path> currentLink();

    /** The names of the published generation's named graphs, when it records them. */
    Optional<Set<String>> publishedGraphs();

    /**
     * Publishes exactly the quads of {@code built} after checking them against {@code shapes}; what was published
     * stays until the new generation is complete. Throws {@link PlenaryException} when they do not conform.
     */
    Published publish(DatasetGraph built, ShapesValidator shapes);

    /** How a build was published. */
    interface Published {
        /** One line for the build's progress output. */
        String summary();
    }
}
