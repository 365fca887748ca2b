package org.plenary.build;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.EntityKind;
import org.plenary.extract.ExtractedEntity;
import org.plenary.extract.MandateFact;
import org.plenary.extract.MeetingFact;
import org.plenary.extract.ParticipationFact;
import org.plenary.extract.ParticipationKind;
import org.plenary.extract.RoleFact;
import org.plenary.extract.SessionFact;
import org.plenary.extract.StatementFact;
import org.plenary.extract.TextRef;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceMetadata;

/**
 * Every kind of value an extraction holds (empty and present optionals, enums, booleans, doubles, nested records)
 * comes back equal from the cache, and an entry of another shape (a field missing, added or null, a value of another
 * type, a torn file) is a miss, never a wrong extraction.
 */
class ExtractionCacheShapeTest {
    static final String TEXT = "The Council met in Geneva on 3 May. \"We agree,\" said Ana Ruiz, its chair.";
    static final Article ARTICLE = new Article("a1", "a1.txt", TEXT, ArticleReader.sha256(TEXT.getBytes(StandardCharsets.UTF_8)),
            SourceMetadata.EMPTY, List.of());

    @TempDir Path tmp;

    static ArticleExtraction extraction() {
        TextRef said = new TextRef(36, 48);
        return new ArticleExtraction(ARTICLE,
                List.of(new ExtractedEntity("ana-ruiz", EntityKind.PERSON, "Ana Ruiz", List.of("Ruiz"), List.of(new TextRef(55, 63))),
                        new ExtractedEntity("council", EntityKind.ORGANIZATION, "Council", List.of(), List.of(new TextRef(4, 11)))),
                List.of(new MeetingFact("m", "Council meeting", Optional.of("council"), Optional.of("2024-05-03"),
                        Optional.of(new TextRef(26, 33)), Optional.empty(), new TextRef(0, 35))),
                List.of(new RoleFact("ana-ruiz", "chair", Optional.empty(), new TextRef(65, 74))),
                List.of(new ParticipationFact("ana-ruiz", "m", ParticipationKind.CHAIR, new TextRef(55, 74))),
                List.of(new StatementFact("ana-ruiz", "We agree,", true, said, Optional.of("m"), 0.875,
                        Optional.empty(), Optional.of(new TextRef(50, 54)))),
                Optional.empty(), Optional.of("council"),
                List.of(new MandateFact("m", "2024-04-01", Optional.of(Boolean.FALSE), new TextRef(0, 11))),
                List.of(new SessionFact(0, 79, new TextRef(65, 74))));
    }

    private Path entry(ExtractionCache cache) { return tmp.resolve(cache.key(ARTICLE) + ".json"); }

    @Test
    void everyKindOfValueComesBackEqual() {
        ExtractionCache cache = new ExtractionCache(tmp, "test");
        cache.store(List.of(extraction()));
        assertEquals(extraction(), cache.lookup(ARTICLE).orElseThrow());
    }

    @Test
    void anEntryOfAnotherShapeIsAMiss() throws Exception {
        ExtractionCache cache = new ExtractionCache(tmp, "test");
        cache.store(List.of(extraction()));
        String good = Files.readString(entry(cache));
        assertTrue(good.contains("\"confidence\":0.875"), good);
        List<String> damaged = List.of(
                good.replace("\"confidence\":0.875,", ""),                     // a field missing
                good.replace("\"confidence\":0.875", "\"confidence\":0.875,\"weight\":1"), // a field added
                good.replace("\"confidence\":0.875", "\"confidence\":null"),   // a primitive null
                good.replace("\"kind\":\"CHAIR\"", "\"kind\":\"REFEREE\""),    // an enum value no longer known
                good.replace("\"kind\":\"CHAIR\"", "\"kind\":4"),              // an enum by number
                good.replace("\"direct\":true", "\"direct\":\"yes\""),         // another type
                good.replace("\"speaker\":\"ana-ruiz\"", "\"speaker\":null"),  // a required name null
                good.substring(0, good.length() / 2));                         // a torn file
        for (String json : damaged) {
            assertNotEquals(good, json, "the damage applies");
            Files.writeString(entry(cache), json);
            assertEquals(Optional.empty(), cache.lookup(ARTICLE), json);
        }
        Files.writeString(entry(cache), good);
        assertTrue(cache.lookup(ARTICLE).isPresent(), "the undamaged entry still reads");
    }
}
