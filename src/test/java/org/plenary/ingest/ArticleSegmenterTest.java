package org.plenary.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSegmenterTest {
    @TempDir Path dir;

    private static SegmentKind kindOf(Segmentation s, String text, String line) {
        int at = text.indexOf(line);
        for (Segment g : s.segments()) if (g.start() <= at && at < g.end()) return g.kind();
        throw new AssertionError("no segment for " + line);
    }

    @Test
    void pageFurnitureIsNeverBody() {
        String text = """
                Council approves new budget after long debate

                ![The council chamber](https://example.org/chamber.jpg)
                The council chamber on Tuesday night
                SPRINGFIELD — The city council approved the budget on Tuesday, Mayor Ana Ruiz said.
                Reactions from residents
                Residents said the vote came late.
                By JOHN ROE [john.roe@example.org]
                Reprinted from the Springfield Ledger with permission.
                Was this article helpful?
                Please donate today to keep local news free.
                Most Recent
                """;
        Segmentation s = new ArticleSegmenter().segment(text);
        assertEquals(SegmentKind.TITLE, kindOf(s, text, "Council approves"));
        assertEquals(SegmentKind.IMAGE, kindOf(s, text, "![The council"));
        assertTrue(List.of(SegmentKind.CAPTION, SegmentKind.HEADING).contains(kindOf(s, text, "The council chamber on")));
        assertEquals(SegmentKind.DATELINE, kindOf(s, text, "SPRINGFIELD —"));
        assertEquals(SegmentKind.BODY, kindOf(s, text, "The city council approved"));
        assertEquals(SegmentKind.HEADING, kindOf(s, text, "Reactions from residents"));
        assertEquals(SegmentKind.BODY, kindOf(s, text, "Residents said"));
        assertEquals(SegmentKind.BYLINE, kindOf(s, text, "By JOHN ROE"));
        assertEquals(SegmentKind.CREDIT, kindOf(s, text, "Reprinted from"));
        assertEquals(SegmentKind.BOILERPLATE, kindOf(s, text, "Was this article helpful"));
        assertEquals(SegmentKind.BOILERPLATE, kindOf(s, text, "Please donate today"));
        assertEquals("John Roe", s.metadata().author().orElseThrow());
        assertEquals("Council approves new budget after long debate", s.metadata().title().orElseThrow());
    }

    @Test
    void listsOfParticipantsAreContent() {
        String text = "The mayor met with the following leaders:\n1. Mayor Jane Doe, Springfield, IL\n2. Mayor John Roe, Shelbyville, IL\n";
        Segmentation s = new ArticleSegmenter().segment(text);
        assertEquals(SegmentKind.BODY, kindOf(s, text, "1. Mayor Jane Doe"));
    }

    @Test
    void filesThatAreNotArticlesAreRefusedWithTheirName() throws Exception {
        ArticleReader reader = new ArticleReader(SourceCatalogue.empty());
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "line one\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(ArticleException.class, () -> reader.read(empty)).getMessage().contains("empty.txt"));
        assertTrue(assertThrows(ArticleException.class, () -> reader.read(binary)).getMessage().contains("binary.txt"));
        ArticleException bad = assertThrows(ArticleException.class, () -> reader.read(latin1));
        assertTrue(bad.getMessage().contains("latin1.txt") && bad.getMessage().contains("line 2"), bad.getMessage());
    }

    @Test
    void theCatalogueFillsWhatTheTextDoesNotSayAndNothingElse() throws Exception {
        Files.writeString(dir.resolve("sources.ttl"), """
                @prefix pl: <https://w3id.org/plenary/ontology#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <urn:x:a> pl:fileName "a.txt" ; pl:publisher "The Ledger" ; pl:published "2024-03"^^xsd:gYearMonth .
                """);
        Files.writeString(dir.resolve("a.txt"), "The council met on Tuesday and approved the plan.\n");
        Article a = new ArticleReader(SourceCatalogue.forDirectory(dir)).read(dir.resolve("a.txt"));
        assertEquals("The Ledger", a.metadata().publisher().orElseThrow());
        assertEquals("2024-03", a.metadata().published().orElseThrow());
        assertTrue(a.metadata().author().isEmpty() && a.metadata().url().isEmpty() && a.metadata().title().isEmpty());
    }

    @Test
    void aBadCatalogueNamesItsFileAndLine() throws Exception {
        Files.writeString(dir.resolve("sources.ttl"), "@prefix pl: <https://w3id.org/plenary/ontology#> .\n<urn:x> nope:fileName \"a.txt\" .\n");
        ArticleException e = assertThrows(ArticleException.class, () -> SourceCatalogue.forDirectory(dir));
        assertTrue(e.getMessage().contains("sources.ttl") && e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void paragraphsEndingInAnotherLanguagesClosingMarkOrFullWidthStopAreProse() {
        String text = "Sommet à Toulouse\n\nLucía Navarro a souligné : « L'Espagne est prête à investir dans ce projet commun. »\n\n"
                + "Die Präsidentin betonte: „Die Helfer haben Übermenschliches geleistet.“\n\n王建国说：“我们必须立即行动起来。”\n\n今年汛期降雨偏多，防汛形势十分严峻。\n";
        List<Segment> segments = new ArticleSegmenter().segment(text).segments();
        for (String paragraph : List.of("Lucía Navarro a souligné", "Die Präsidentin betonte", "王建国说", "今年汛期"))
            assertEquals(SegmentKind.BODY, segments.stream().filter(g -> g.start() == text.indexOf(paragraph)).findFirst().orElseThrow().kind(), paragraph);
    }
}
