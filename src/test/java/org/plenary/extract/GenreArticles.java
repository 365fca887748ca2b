package org.plenary.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;

/** The short articles written for rule tests (resources under {@code genres/}), read and extracted as a build would. */
final class GenreArticles {
    private GenreArticles() {}

    /** Copies {@code genres/<resource>} into {@code dir} (the reader takes files) and extracts it. */
    static ArticleExtraction extract(Path dir, String resource) throws IOException {
        Path f = dir.resolve(resource);
        try (InputStream in = GenreArticles.class.getResourceAsStream("genres/" + resource)) {
            Files.copy(in, f);
        }
        return new ArticleExtractor(NlpPipeline.shared()).extract(new ArticleReader(SourceCatalogue.empty()).read(f));
    }
}
