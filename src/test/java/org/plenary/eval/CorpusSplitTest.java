package org.plenary.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.eval.CorpusSplit.Side;

class CorpusSplitTest {
    @TempDir Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsHeaderCommentsAndSeveralFilesAsOneSplit() throws Exception {
        Path a = file("split.tsv", "article\tgenre\toutlet\tsplit\n# tuned on\nx-1.txt\treadout\twh\tdev\n\nx-2.txt\tminutes\tcity\tTEST\n");
        Path b = file("split-b.tsv", "article\tgenre\toutlet\tsplit\ny-1\tminutes\tcounty\tdev\n");
        CorpusSplit s = CorpusSplit.read(List.of(a, b));
        assertEquals(List.of("x-1", "y-1"), s.side(Side.DEV).stream().map(CorpusSplit.Entry::article).toList());
        assertEquals("minutes", s.entry("x-2.txt").orElseThrow().genre());
        assertEquals(Set.of("city"), s.outlets(Side.TEST));
        assertEquals(List.of("readout"), s.oneSidedGenres());
    }

    @Test
    void aLineWithoutFourColumnsIsRefusedNamingFileAndLine() throws Exception {
        Path f = file("split.tsv", "article\tgenre\toutlet\tsplit\nx-1.txt\treadout\twh\tdev\nx-2.txt\tminutes dev\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorpusSplit.read(List.of(f)));
        assertTrue(e.getMessage().startsWith(f + ":3: expected 4 tab-separated columns"), e.getMessage());
    }

    @Test
    void aSideOtherThanDevOrTestIsRefused() throws Exception {
        Path f = file("split.tsv", "x-1.txt\treadout\twh\ttrain\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorpusSplit.read(List.of(f)));
        assertTrue(e.getMessage().contains(f + ":1: split must be dev or test, not \"train\""), e.getMessage());
    }

    @Test
    void anOutletOnBothSidesIsRefusedNamingBothLines() throws Exception {
        Path a = file("split.tsv", "x-1.txt\treadout\twh\tdev\n");
        Path b = file("split-b.tsv", "# added\ny-1.txt\tpress-release\twh\ttest\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorpusSplit.read(List.of(a, b)));
        assertTrue(e.getMessage().startsWith(b + ":2: outlet wh is test here but dev at " + a + ":1"), e.getMessage());
    }

    @Test
    void anArticleListedTwiceIsRefused() throws Exception {
        Path f = file("split.tsv", "x-1.txt\treadout\twh\tdev\nx-1\tminutes\twh\tdev\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorpusSplit.read(List.of(f)));
        assertTrue(e.getMessage().contains(f + ":2: article x-1 already listed at " + f + ":1"), e.getMessage());
    }

    @Test
    void copySideTakesOnlyThatSideWithItsGoldAndTheCatalogue() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("c/articles")), gold = Files.createDirectories(dir.resolve("c/gold"));
        for (String id : List.of("x-1", "x-2")) {
            Files.writeString(articles.resolve(id + ".txt"), "text");
            Files.writeString(gold.resolve(id + ".json"), "{}");
        }
        Files.writeString(dir.resolve("c/sources.ttl"), "# catalogue\n");
        CorpusSplit s = CorpusSplit.read(List.of(file("split.tsv", "x-1.txt\treadout\twh\tdev\nx-2.txt\tminutes\tcity\ttest\n")));
        Path out = s.copySide(Side.TEST, articles, gold, dir.resolve("out"));
        assertEquals(List.of("x-2.txt"), names(out.resolve("articles")));
        assertEquals(List.of("x-2.json"), names(out.resolve("gold")));
        assertTrue(Files.exists(out.resolve("sources.ttl")));
        Files.delete(gold.resolve("x-1.json"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.copySide(Side.DEV, articles, gold, dir.resolve("out2")));
        assertTrue(e.getMessage().contains("split.tsv:1: no gold file"), e.getMessage());
    }

    private static List<String> names(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The repository's own split: every scored article listed, each genre on both sides, outlets on one side. */
    @Test
    void theEvaluationCorpusSplitCoversEveryArticleAndEveryGenreOnBothSides() {
        Path articles = Path.of("data/eval/articles");
        CorpusSplit s = CorpusSplit.read(CorpusSplit.filesBeside(articles));
        assertEquals(List.of(), s.unlisted(articles), "articles missing from the split");
        assertEquals(List.of(), s.oneSidedGenres(), "genres on one side only");
        Set<String> listedWithoutText = s.entries().stream().map(CorpusSplit.Entry::article)
                .filter(id -> !Files.exists(articles.resolve(id + ".txt"))).collect(Collectors.toSet());
        assertEquals(Set.of(), listedWithoutText, "split lines without an article file");
    }
}
