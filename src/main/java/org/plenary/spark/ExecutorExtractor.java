package org.plenary.spark;

import java.nio.file.Path;
import org.plenary.extract.ArticleExtractor;
import org.plenary.extract.ExtractorByLanguage;
import org.plenary.extract.NlpPipeline;
import org.plenary.ingest.SourceCatalogue;

/**
 * What each executor JVM keeps between tasks: the extract stage the single-machine build uses (each article read in
 * its language, {@link ExtractorByLanguage}) with CoreNLP's models (10-15 s and over 1 GB to load, so once per JVM, not
 * per task) and the source catalogue read from the bytes the driver broadcast. Created lazily on first use.
 */
final class ExecutorExtractor {
    private static volatile ExtractorByLanguage extractor;
    private static volatile CatalogueOf catalogue;

    private record CatalogueOf(String name, byte[] digest, SourceCatalogue value) {}

    private ExecutorExtractor() {}

    static ExtractorByLanguage extractor() {
        ExtractorByLanguage x = extractor;
        if (x == null) {
            synchronized (ExecutorExtractor.class) {
                if (extractor == null) extractor = new ExtractorByLanguage(new ArticleExtractor(NlpPipeline.shared()));
                x = extractor;
            }
        }
        return x;
    }

    /** The catalogue of these bytes ({@code name}: where the driver found it), parsed once per JVM and job input. */
    static SourceCatalogue catalogue(ArticleSource.Catalogue c) {
        if (c == null) return SourceCatalogue.empty();
        CatalogueOf k = catalogue;
        if (k != null && k.name().equals(c.name()) && java.util.Arrays.equals(k.digest(), c.digest())) return k.value();
        synchronized (ExecutorExtractor.class) {
            SourceCatalogue parsed = SourceCatalogue.load(Path.of(c.name()), c.turtle());
            catalogue = new CatalogueOf(c.name(), c.digest(), parsed);
            return parsed;
        }
    }
}
