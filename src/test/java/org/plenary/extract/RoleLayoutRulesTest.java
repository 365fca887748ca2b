package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles given by the layout or twice, on short articles written for these rules (src/test/resources/org/plenary/
 * extract/genres/, not taken from any corpus): a title used as a form of address ("Minister Quist") is the short form
 * of the fuller title the person is given ("Minister of Fisheries and Oceans"), not a second role; a contact block
 * gives the title on the line under a name; a heading that is a title and a name
 * set off by a comma titles the name.
 */
class RoleLayoutRulesTest {
    @TempDir Path dir;

    private ArticleExtraction extract(String resource) throws IOException {
        return GenreArticles.extract(dir, resource);
    }

    /** Holder's name to "title @ organization name" (organization "-" when none). */
    private static Map<String, Set<String>> roles(ArticleExtraction a) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (RoleFact r : a.roles()) {
            String holder = name(a, r.holder());
            String org = r.organization().map(k -> name(a, k)).orElse("-");
            out.computeIfAbsent(holder, k -> new TreeSet<>()).add(r.title() + " @ " + org);
        }
        return out;
    }

    private static String name(ArticleExtraction a, String key) {
        return a.entities().stream().filter(e -> e.key().equals(key)).findFirst().map(ExtractedEntity::name).orElseThrow();
    }

    @Test
    void aTitleUsedBeforeTheNameIsTheShortFormOfTheFullerTitle() throws IOException {
        Map<String, Set<String>> r = roles(extract("readout-signature-block.txt"));
        Set<String> quist = r.getOrDefault("Amara Quist", Set.of()), tamm = r.getOrDefault("Kaarel Tamm", Set.of());
        assertTrue(quist.contains("Minister of Fisheries and Oceans @ -"), r::toString);
        assertFalse(quist.stream().anyMatch(t -> t.startsWith("Minister @")), r::toString);
        assertTrue(tamm.stream().anyMatch(t -> t.startsWith("Minister for the Environment @")), r::toString);
        assertFalse(tamm.stream().anyMatch(t -> t.startsWith("Minister @")), r::toString);
    }

    @Test
    void aContactBlockGivesTheTitleOnTheLineUnderTheName() throws IOException {
        Map<String, Set<String>> r = roles(extract("readout-signature-block.txt"));
        // the title as written; the office below counts only where the tagger names it as an organization
        assertTrue(r.getOrDefault("Lucia Brandt", Set.of()).stream().anyMatch(t -> t.startsWith("Director of Communications @")),
                r::toString);
    }

    @Test
    void aHeadingOfATitleAndANameTitlesTheName() throws IOException {
        Map<String, Set<String>> r = roles(extract("statement-byline-heading.txt"));
        assertTrue(r.getOrDefault("Eleri Vaughan", Set.of()).stream().anyMatch(t -> t.startsWith("Cabinet Secretary for Housing @")),
                r::toString);
    }
}
