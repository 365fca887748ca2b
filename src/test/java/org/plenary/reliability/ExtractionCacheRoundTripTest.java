package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.extract.ArticleExtraction;
import org.plenary.it.SeedCorpus;
import org.plenary.build.ExtractionCache;

/** The seed articles' real CoreNLP extractions come back from the cache equal, field for field. */
class ExtractionCacheRoundTripTest {
    @TempDir Path tmp;

    @Test
    void realExtractionsComeBackEqual() {
        List<ArticleExtraction> real = SeedCorpus.get().result.extractions();
        assertFalse(real.isEmpty());
        ExtractionCache cache = ExtractionCache.standard(tmp);
        cache.store(real);
        for (ArticleExtraction x : real) {
            assertFalse(x.entities().isEmpty(), x.article().fileName());
            assertEquals(x, cache.lookup(x.article()).orElseThrow(), x.article().fileName());
        }
    }

    @Test
    void theKeyChangesWithTheTextAndWithTheExtractor() {
        ArticleExtraction x = SeedCorpus.get().result.extractions().get(0);
        var a = x.article();
        var edited = new org.plenary.ingest.Article(a.id(), a.fileName(), a.text() + " ", org.plenary.ingest.ArticleReader.sha256((a.text() + " ").getBytes(java.nio.charset.StandardCharsets.UTF_8)), a.metadata(), a.segments());
        ExtractionCache cache = ExtractionCache.standard(tmp);
        assertNotEquals(cache.key(a), cache.key(edited));
        assertNotEquals(cache.key(a), new ExtractionCache(tmp, "other").key(a));
        cache.store(List.of(x));
        assertTrue(cache.lookup(edited).isEmpty());
    }
}
