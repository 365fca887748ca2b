package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;

/**
 * Which language an article is read as (Lingua on its text, no CoreNLP): the text decides when it is long enough,
 * a stated language it contradicts is named, and a text too short to tell is read as it states.
 */
class ArticleLanguageTest {
    @TempDir Path dir;

    private Article article(String text, String statedLanguage) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), text);
        if (statedLanguage != null)
            Files.writeString(dir.resolve("sources.ttl"), "@prefix pl: <https://w3id.org/plenary/ontology#> .\n[] pl:fileName \"a.txt\" ; pl:language \""
                    + statedLanguage + "\" .\n");
        return new ArticleReader(SourceCatalogue.forDirectory(dir)).read(f);
    }

    @Test
    void theTextDecidesAndARightStatedLanguageRaisesNoNotice() throws Exception {
        ArticleLanguage l = ArticleLanguage.of(article("""
                Sesión del pleno municipal

                El pleno del Ayuntamiento aprobó ayer por unanimidad el presupuesto del próximo año después de un largo debate entre los grupos.
                """, "es-ES"));
        assertEquals("es", l.tag());
        assertEquals(Optional.empty(), l.notice());
        assertEquals(Optional.of("es-ES"), l.stated());
    }

    @Test
    void aStatedLanguageTheTextContradictsIsNamedAndTheTextWins() throws Exception {
        ArticleLanguage l = ArticleLanguage.of(article("""
                Kaupunginvaltuusto kokoontui maanantaina

                Kaupunginvaltuusto kokoontui maanantaina käsittelemään ensi vuoden talousarviota ja hyväksyi sen äänin 50-35.
                """, "en"));
        assertEquals("fi", l.tag());
        assertEquals("Finnish (fi)", l.described());
        assertTrue(l.notice().orElseThrow().startsWith("states its language as en but its text reads as Finnish (fi, confidence"), l.notice().get());
    }

    @Test
    void aTextTooShortToTellIsReadAsItStatesElseAsEnglish() throws Exception {
        assertEquals("de", ArticleLanguage.of(article("Sitzung am Montag\n\nProtokoll folgt.\n", "de")).tag());
        assertEquals(Optional.empty(), ArticleLanguage.of(article("Sitzung am Montag\n\nProtokoll folgt.\n", "de")).detected());
        Files.delete(dir.resolve("sources.ttl"));
        assertEquals("en", ArticleLanguage.of(article("Minutes\n\nJane Doe said yes.\n", null)).tag());
    }
}
