package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;

/**
 * Titles as written, on a short article written for these rules (src/test/resources/org/plenary/extract/genres/
 * readout-titles.txt, not taken from any corpus): a title before the name runs through its "of"/"for"/"to" parts and
 * past a form of address; a place right before the title is part of it and where it is held; a list item's
 * "Name, President and CEO, Organization" is one title at that organization; a party-and-state tag is skipped;
 * "the Treasurer of X, Name" titles the name; "Mayor-elect" and "Sen." are titles; "chairperson Mayor X" is two titles.
 */
class RoleRulesTest {
    @TempDir static Path dir;
    static ArticleExtraction a;

    @BeforeAll
    static void extract() throws IOException {
        Path f = dir.resolve("readout-titles.txt");
        try (InputStream in = RoleRulesTest.class.getResourceAsStream("genres/readout-titles.txt")) {
            Files.copy(in, f);
        }
        a = new ArticleExtractor(NlpPipeline.shared()).extract(new ArticleReader(SourceCatalogue.empty()).read(f));
    }

    /** Holder's name to "title @ organization name" (organization "-" when none). */
    private static Map<String, Set<String>> roles() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (RoleFact r : a.roles()) {
            String holder = name(r.holder()).orElseThrow();
            String org = r.organization().flatMap(RoleRulesTest::name).orElse("-");
            out.computeIfAbsent(holder, k -> new TreeSet<>()).add(r.title() + " @ " + org);
        }
        return out;
    }

    private static Optional<String> name(String key) {
        return a.entities().stream().filter(e -> e.key().equals(key)).findFirst().map(ExtractedEntity::name);
    }

    private static void has(String person, String role) {
        Map<String, Set<String>> r = roles();
        assertTrue(r.getOrDefault(person, Set.of()).contains(role), () -> person + " lacks '" + role + "' in " + r);
    }

    @Test
    void aTitleBeforeTheNameRunsThroughItsPortfolioAndPastAFormOfAddress() {
        has("Lena Okonjo", "Deputy Secretary of Water Resources @ -");
    }

    @Test
    void aPlaceRightBeforeTheTitleIsPartOfItAndWhereItIsHeld() {
        has("Mark Tellering", "Ohio Governor @ Ohio");
    }

    @Test
    void aListItemsTitleJoinedByAndIsOneTitleAtTheOrganizationThatFollows() {
        has("Grace Whitlow", "President and CEO @ National Association of Water Utilities");
        has("Omar Haddad", "Assistant to the President for Infrastructure and Water Policy @ -");
        assertEquals(1, roles().get("Grace Whitlow").size(), () -> roles().toString());
    }

    @Test
    void aPartyAndStateTagIsSkippedAndAnAbbreviatedTitleCounts() {
        has("Ruth Abernathy", "ranking member @ -");
        has("Ruth Abernathy", "Sen. @ -");
    }

    @Test
    void aFormOfAddressTitleAfterAnotherTitleIsASecondTitle() {
        assertTrue(roles().getOrDefault("Ines Duarte", Set.of()).stream().anyMatch(r -> r.contains("chairperson @")), () -> roles().toString());
        has("Ines Duarte", "Mayor @ -");
    }

    @Test
    void theTitleSetOffByACommaBeforeTheNameAndAnElectTitleCount() {
        assertTrue(roles().getOrDefault("Paul Ferris", Set.of()).stream().anyMatch(r -> r.startsWith("Treasurer of the Commonwealth")),
                () -> roles().toString());
        assertTrue(roles().getOrDefault("Teodora Vance", Set.of()).stream().anyMatch(r -> r.startsWith("Mayor-elect")),
                () -> roles().toString());
    }
}
