package org.plenary.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.Segment;
import org.plenary.ingest.SegmentKind;
import org.plenary.ingest.SourceCatalogue;

/**
 * Main-text extraction from saved web pages, measured against the main text marked by hand for each page
 * ({@code data/pages/NAME.expected.txt}, see {@code data/pages/README.md}): word-level precision, recall and F1 of
 * the text published for the page and of the part read as prose (captions, credits, bylines and markup left out).
 * The figures are printed (README, "Saved pages and PDFs"); the floors keep them from falling unnoticed.
 */
class MainTextExtractionTest {
    static final Path PAGES = Path.of("data/pages");
    static final Set<SegmentKind> READ = Set.of(SegmentKind.TITLE, SegmentKind.HEADING, SegmentKind.BODY, SegmentKind.DATELINE);

    static String readPart(Article a) {
        StringBuilder b = new StringBuilder();
        for (Segment s : a.segments()) if (READ.contains(s.kind())) b.append(a.text(), s.start(), s.end()).append('\n');
        return b.toString();
    }

    @Test
    void savedPagesGiveTheirMainText() throws Exception {
        List<Path> pages;
        try (Stream<Path> s = Files.list(PAGES)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 10, "at least 10 pages: " + pages.size());
        ArticleReader reader = new ArticleReader(SourceCatalogue.empty());
        MainTextScore all = new MainTextScore(0, 0, 0), allRead = all;
        double macroF1 = 0;
        StringBuilder table = new StringBuilder(String.format("%-38s %6s %6s %6s   %s%n", "page", "P", "R", "F1", "(prose only: P R F1)"));
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("\\.html$", "");
            String expected = Files.readString(PAGES.resolve(name + ".expected.txt"));
            Article a = reader.read(page);
            MainTextScore s = MainTextScore.of(a.text(), expected), r = MainTextScore.of(readPart(a), expected);
            all = all.plus(s);
            allRead = allRead.plus(r);
            macroF1 += s.f1();
            table.append(String.format("%-38s %6.3f %6.3f %6.3f   %.3f %.3f %.3f%n", name, s.precision(), s.recall(), s.f1(),
                    r.precision(), r.recall(), r.f1()));
        }
        macroF1 /= pages.size();
        table.append(String.format("%-38s %6.3f %6.3f %6.3f   %.3f %.3f %.3f%n", "all words (micro)", all.precision(),
                all.recall(), all.f1(), allRead.precision(), allRead.recall(), allRead.f1()));
        table.append(String.format("mean F1 over %d pages (macro): %.3f%n", pages.size(), macroF1));
        System.out.print(table);
        assertTrue(all.f1() >= FLOOR_MICRO_F1, "micro F1 " + all.f1() + "\n" + table);
        assertTrue(macroF1 >= FLOOR_MACRO_F1, "macro F1 " + macroF1 + "\n" + table);
    }

    /** A little under the figures measured when the pages were added (README): a fall below is a regression. */
    static final double FLOOR_MICRO_F1 = 0.90, FLOOR_MACRO_F1 = 0.90;
}
