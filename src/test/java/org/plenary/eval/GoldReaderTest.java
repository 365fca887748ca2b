package org.plenary.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
    @TempDir Path dir;

    @Test
    void readsNullsAsAbsentAndKeepsEveryField() throws Exception {
        Files.writeString(dir.resolve("a-b.json"), """
                { "article": "a-b.txt",
                  "meetings": [{"name": "hearing", "date": "2024-05", "place": null, "body": "Senate", "chair": null}],
                  "persons": [{"name": "Ana Ortiz", "spellings": ["A. Ortiz"], "roles": [{"title": "Senator", "organization": null}],
                               "participation": null}],
                  "organizations": [{"name": "Senate", "spellings": []}],
                  "statements": [{"speaker": "Ana Ortiz", "direct": false, "text": "the bill passed"}] }""");
        Files.writeString(dir.resolve("notes.txt"), "not gold");
        List<GoldArticle> all = GoldReader.readDirectory(dir);
        assertEquals(1, all.size());
        GoldArticle g = all.get(0);
        assertEquals("a-b", g.id());
        assertEquals(new GoldArticle.Meeting("hearing", Optional.of("2024-05"), Optional.empty(), Optional.of("Senate"), Optional.empty()),
                g.meetings().get(0));
        assertEquals(List.of("Ana Ortiz", "A. Ortiz"), g.persons().get(0).names());
        assertEquals(new GoldArticle.Role("Senator", Optional.empty()), g.persons().get(0).roles().get(0));
        assertTrue(g.persons().get(0).participation().isEmpty());
        assertEquals(new GoldArticle.Statement("Ana Ortiz", false, "the bill passed"), g.statements().get(0));
    }

    @Test
    void personWithoutNameIsAnErrorNamingTheFile() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"persons\": [{\"spellings\": []}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldReader.read(f));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("name"), e.getMessage());
    }
}
