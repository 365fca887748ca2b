package org.plenary.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages and PDFs are read as their main text, with what they state about themselves; bad ones are named. */
class ArticleFormatsTest {
    @TempDir Path dir;
    final ArticleReader reader = new ArticleReader(SourceCatalogue.empty());

    Path savedPage() throws Exception {
        Path f = dir.resolve("cairo-summit.html");
        Files.writeString(f, SavedPages.page(SavedPages.CAIRO));
        return f;
    }

    static String kindOf(Article a, String text) {
        int at = a.text().indexOf(text);
        assertTrue(at >= 0, "the text holds: " + text);
        for (Segment s : a.segments()) if (s.start() <= at && at < s.end()) return s.kind().name();
        return "none";
    }

    @Test
    void aSavedPageIsItsMainTextWithoutNavigationSharingOrComments() throws Exception {
        Path f = savedPage();
        Article a = reader.read(f);
        List<String> ps = SavedPages.paragraphs(SavedPages.CAIRO);
        assertTrue(a.text().startsWith(ps.get(0) + "\n\n"), "the headline opens the text: " + a.text().substring(0, 80));
        for (String p : ps) assertTrue(a.text().contains(p), "every paragraph of the article is in the text: " + p);
        for (String furniture : List.of(SavedPages.NAV, SavedPages.SHARE, SavedPages.COMMENT, "Advertisement",
                "Related stories", "Privacy policy", "All rights reserved", "window.ads"))
            assertFalse(a.text().contains(furniture), "no page furniture: " + furniture);
        assertEquals("TITLE", kindOf(a, ps.get(0)));
        assertEquals("BODY", kindOf(a, ps.get(2)));
        assertEquals("text/html", a.mediaType());
        assertEquals(ArticleReader.sha256(Files.readAllBytes(f)), a.sha256());
        assertEquals(ArticleReader.sha256(a.text().getBytes(StandardCharsets.UTF_8)), a.bodySha256());
        assertNotEquals(a.sha256(), a.bodySha256());
    }

    @Test
    void aCaptionAndACreditOfAPageAreNotProse() throws Exception {
        Article a = reader.read(savedPage());
        assertEquals("CAPTION", kindOf(a, SavedPages.CAPTION));
        assertNotEquals("BODY", kindOf(a, SavedPages.CREDIT));
    }

    @Test
    void aPageStatesItsHeadlineOutletAuthorDateAddressAndLanguage() throws Exception {
        SourceMetadata m = reader.read(savedPage()).metadata();
        assertEquals(Optional.of("Cairo summit denounces Turkish-Libyan maritime border agreement"), m.title());
        assertEquals(Optional.of("World News Daily"), m.publisher());
        assertEquals(Optional.of("Jane Reporter"), m.author(), "schema.org's author before <meta name=author>");
        assertEquals(Optional.of("2020-01-11"), m.published());
        assertEquals(Optional.of("https://news.example.org/2020/01/cairo-summit"), m.url());
        assertEquals(Optional.of("en-GB"), m.language());
    }

    @Test
    void theHeadlineIsThePagesH1WithoutTheNameAfterItInTheStatedTitle() throws Exception {
        List<String> ps = SavedPages.paragraphs(SavedPages.NIAMEY);
        StringBuilder body = new StringBuilder();
        for (String p : ps.subList(1, ps.size())) body.append("<p>").append(p).append("</p>\n");
        Path f = dir.resolve("niamey.htm");
        Files.writeString(f, """
                <html><head><title>Site | %1$s</title><meta property="og:title" content="%1$s | Jane Reporter"></head>
                <body><header><h1>News Site</h1></header><article><h1>%1$s</h1>%2$s</article></body></html>
                """.formatted(ps.get(0), body));
        Article a = reader.read(f);
        assertEquals(Optional.of(ps.get(0)), a.metadata().title());
        assertTrue(a.text().startsWith(ps.get(0) + "\n\n"), a.text().substring(0, 100));
    }

    @Test
    void theCatalogueOverridesWhatThePageStates() throws Exception {
        Path f = savedPage();
        Files.writeString(dir.resolve("sources.ttl"), """
                @prefix pl: <https://w3id.org/plenary/ontology#> .
                [] pl:fileName "cairo-summit.html" ; pl:headline "Ministers reject maritime deal" ; pl:publisher "Wikinews" .
                """);
        SourceMetadata m = new ArticleReader(SourceCatalogue.forDirectory(dir)).read(f).metadata();
        assertEquals(Optional.of("Ministers reject maritime deal"), m.title());
        assertEquals(Optional.of("Wikinews"), m.publisher());
        assertEquals(Optional.of("2020-01-11"), m.published(), "what the catalogue does not say still comes from the page");
    }

    @Test
    void aPdfIsReadAsItsParagraphsWithoutPageNumbers() throws Exception {
        // (an article whose letters the PDF's standard font has)
        List<String> ps = SavedPages.paragraphs(SavedPages.NIAMEY);
        Path f = dir.resolve("niamey.pdf");
        PdfFiles.write(f, ps.get(0), "Wikinews", ps, null);
        Article a = reader.read(f);
        assertEquals(String.join("\n\n", ps).replaceAll(" {2,}", " "), a.text());
        assertEquals("application/pdf", a.mediaType());
        assertEquals(Optional.of(ps.get(0)), a.metadata().title());
        assertEquals(Optional.of("en"), a.metadata().language());
        assertEquals(ArticleReader.sha256(Files.readAllBytes(f)), a.sha256());
    }

    @Test
    void aRunningHeadOnEveryPageOfAPdfIsNotText() throws Exception {
        List<String> ps = new java.util.ArrayList<>(SavedPages.paragraphs(SavedPages.NIAMEY));
        ps.addAll(SavedPages.paragraphs(Path.of("data/eval/articles/wikinews-2019-08-g7-amazon-fires.txt")));
        ps.addAll(SavedPages.paragraphs(Path.of("data/eval/articles/wikinews-2019-07-us-house-contempt-vote-barr-ross.txt")));
        Path f = dir.resolve("reports.pdf");
        String head = "Wikinews reports, printed on 7 December 2026";
        PdfFiles.write(f, "Reports", "Wikinews", ps, null, head);
        Article a = reader.read(f);
        assertFalse(a.text().contains("printed on"), "the running head is gone");
        assertEquals(String.join("\n\n", ps).replaceAll(" {2,}", " "), a.text());
    }

    @Test
    void markdownLinksAndImagesAreMarkupAndTheirWordsStayProse() throws Exception {
        Path f = dir.resolve("council.md");
        String text = """
                # Council approves the budget

                By Jane Reporter

                ![The council chamber](https://example.org/chamber.jpg)

                *Councillors vote on the budget in the chamber on Monday evening.*

                The council approved the budget on Monday, [Mayor Ada Lovelace](https://example.org/mayor) said after a **long** debate.
                """;
        Files.writeString(f, text);
        Article a = reader.read(f);
        assertEquals(text, a.text(), "a text file is published as it is");
        assertEquals("BYLINE", kindOf(a, "By Jane Reporter"));
        assertEquals("IMAGE", kindOf(a, "![The council chamber]"));
        assertEquals("CAPTION", kindOf(a, "*Councillors vote"));
        assertEquals("BODY", kindOf(a, "Mayor Ada Lovelace"));
        assertEquals("MARKUP", kindOf(a, "](https://example.org/mayor)"));
        assertEquals("MARKUP", kindOf(a, "**long"));
        assertEquals("BODY", kindOf(a, "long** debate"));
        assertEquals(Optional.of("Jane Reporter"), a.metadata().author());
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void unreadableFilesAreOneLineErrorsNamingTheFileAndWhy() throws Exception {
        byte[] page = SavedPages.page(SavedPages.CAIRO).getBytes(StandardCharsets.UTF_8);
        Path truncated = Files.write(dir.resolve("truncated.html"), java.util.Arrays.copyOf(page, page.length / 2));
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        Path garbageHtml = Files.write(dir.resolve("garbage.htm"), noise);
        Path garbagePdf = Files.write(dir.resolve("garbage.pdf"), noise);
        Path locked = dir.resolve("locked.pdf");
        PdfFiles.write(locked, "Locked", "Nobody", SavedPages.paragraphs(SavedPages.NIAMEY), "secret");
        Path whole = dir.resolve("whole.pdf");
        PdfFiles.write(whole, "Whole", "Nobody", SavedPages.paragraphs(SavedPages.NIAMEY), null);
        byte[] pdf = Files.readAllBytes(whole);
        Path cutPdf = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(pdf, 300));
        Path empty = Files.write(dir.resolve("empty.md"), new byte[0]);
        Path docx = Files.write(dir.resolve("minutes.docx"), noise);
        Path deep = dir.resolve("deep.html");
        Files.writeString(deep, "<html><body>" + "<div>".repeat(50_000) + "<p>The council met on Monday.</p>"
                + "</div>".repeat(50_000) + "</body></html>");
        record Case(Path file, String why) {}
        for (Case c : List.of(new Case(truncated, "truncated"), new Case(garbageHtml, "binary"),
                new Case(garbagePdf, "PDF"), new Case(locked, "encrypted"), new Case(cutPdf, "PDF"),
                new Case(empty, "empty"), new Case(docx, "unsupported format (.docx)"), new Case(deep, "nested"))) {
            ArticleException e = assertThrows(ArticleException.class, () -> reader.read(c.file()), c.file().toString());
            assertTrue(e.getMessage().startsWith(c.file().toString() + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(c.why()), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
    }

    @Test
    void everyFileThatIsNoArticleHasAReason() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        Files.writeString(dir.resolve(".DS_Store"), "x");
        Files.writeString(dir.resolve("notes.docx"), "x");
        Files.writeString(dir.resolve("README"), "x");
        Files.writeString(dir.resolve("report.HTML"), "<p>x</p>");
        assertTrue(ArticleReader.skipReason(dir.resolve("images")).orElseThrow().contains("folder"));
        assertTrue(ArticleReader.skipReason(dir.resolve(".DS_Store")).orElseThrow().contains("hidden"));
        assertTrue(ArticleReader.skipReason(dir.resolve("notes.docx")).orElseThrow().contains("unsupported format (.docx)"));
        assertTrue(ArticleReader.skipReason(dir.resolve("README")).orElseThrow().contains("no file name extension"));
        assertEquals(Optional.empty(), ArticleReader.skipReason(dir.resolve("report.HTML")));
    }
}
