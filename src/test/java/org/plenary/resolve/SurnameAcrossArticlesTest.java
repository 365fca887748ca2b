package org.plenary.resolve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.ArticleExtractor;
import org.plenary.extract.EntityKind;
import org.plenary.extract.ExtractedEntity;
import org.plenary.extract.NlpPipeline;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;

/**
 * A person an article knows only as "Mr Brennan" (besides its own full name) is not another article's "Thomas
 * Brennan" on the surname alone, while the bare surname still joins the full name of its own article. Two short
 * articles written for the rule (src/test/resources/org/plenary/resolve/surnames/), extracted with the real pipeline.
 */
class SurnameAcrossArticlesTest {
    private static ArticleExtraction extract(String file) throws IOException, URISyntaxException {
        Path f = Path.of(SurnameAcrossArticlesTest.class.getResource("surnames/" + file).toURI());
        return new ArticleExtractor(NlpPipeline.shared()).extract(new ArticleReader(SourceCatalogue.empty()).read(f));
    }

    private static ExtractedEntity person(ArticleExtraction a, String name) {
        return a.entities().stream().filter(e -> e.kind() == EntityKind.PERSON && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person '" + name + "' in " + a.article().id() + ": " + a.entities()));
    }

    @Test
    void aBareSurnameJoinsItsOwnArticlesFullNameButNoOtherArticlesPersonOfThatSurname() throws Exception {
        ArticleExtraction minister = extract("press-release-foreign-minister.txt");
        ArticleExtraction chairman = extract("hearing-committee-chairman.txt");
        ExtractedEntity harold = person(minister, "Harold Brennan"), thomas = person(chairman, "Thomas Brennan");
        // each article's "Mr Brennan" / "Brennan" is its own full-named person, no second Brennan beside it
        for (ArticleExtraction a : List.of(minister, chairman))
            assertEquals(1, a.entities().stream().filter(e -> e.kind() == EntityKind.PERSON && e.name().contains("Brennan")).count(),
                    () -> a.article().id() + ": " + a.entities());

        Resolution r = new EntityResolver(NameMatcher.standard()).resolve(List.of(minister, chairman));
        ResolvedEntity h = r.entity(minister.article().id(), harold.key()).orElseThrow();
        ResolvedEntity t = r.entity(chairman.article().id(), thomas.key()).orElseThrow();
        assertNotEquals(h.id(), t.id(), "two articles' Brennans of different given names are two people");
        assertEquals(1, h.members().size(), () -> h.toString());
        assertEquals(1, t.members().size(), () -> t.toString());
    }

    @Test
    void twoArticlesThatGiveOnlyTheSameBareSurnameKeepTwoPeople() throws Exception {
        ArticleExtraction minutes = extract("minutes-surname-only.txt");
        ArticleExtraction news = extract("news-surname-only.txt");
        ArticleExtraction minister = extract("press-release-foreign-minister.txt");
        ExtractedEntity a = person(minutes, "Brennan"), b = person(news, "Brennan");
        Resolution r = new EntityResolver(NameMatcher.standard()).resolve(List.of(minutes, news, minister));
        ResolvedEntity ra = r.entity(minutes.article().id(), a.key()).orElseThrow();
        ResolvedEntity rb = r.entity(news.article().id(), b.key()).orElseThrow();
        assertNotEquals(ra.id(), rb.id(), "the same surname alone is no evidence across articles");
        assertEquals(1, ra.members().size(), () -> ra.toString());
        assertEquals(1, rb.members().size(), () -> rb.toString());
    }
}
