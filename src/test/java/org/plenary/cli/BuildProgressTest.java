package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.extract.ArticleExtraction;
import org.plenary.build.CorpusBuild;

/**
 * A long build shows how far it is and how long it has left: a bar redrawn in place on a terminal, a line per
 * article elsewhere. Driven by a real build of real files, with an extractor that takes a known time per article
 * instead of the language models.
 */
class BuildProgressTest {
    @TempDir Path dir;

    private String build(boolean terminal, int articles) throws Exception {
        for (int i = 0; i < articles; i++)
            Files.writeString(dir.resolve("article-" + i + ".txt"), "Council meeting " + i + "\n\nThe council met on Monday.");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CorpusBuild.create().articles(dir).noCache().threads(1)
                .progress(new PrintStream(PrintStream.nullOutputStream()))
                .reporter(new BuildProgress(new PrintStream(err, true, StandardCharsets.UTF_8), terminal, false))
                .extractor("slow-test", a -> {
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new ArticleExtraction(a, List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
                })
                .build().build();
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalOneBarIsRedrawnWithCountsAndTimeLeft() throws Exception {
        String out = build(true, 4);
        String[] frames = out.split("\r");
        assertEquals(5, frames.length, out); // nothing before the first frame, then one per article
        assertTrue(frames[1].startsWith("[#######.......................] 1/4 articles, about "), frames[1]);
        // 300 ms an article, three left: about 1 s
        assertTrue(Pattern.compile("about [01] s left").matcher(frames[1]).find(), frames[1]);
        assertTrue(frames[4].startsWith("[##############################] 4/4 articles"), frames[4]);
        assertTrue(frames[4].endsWith("\n") && !frames[4].contains("left"), frames[4]);
    }

    @Test
    void elsewhereALinePerArticleWithTheTimeLeft() throws Exception {
        List<String> lines = build(false, 3).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("\\[1/3\\] article-0\\.txt: 0 entities, 0 statements, 0 roles, 0 participations; about [01] s left"), lines.get(0));
        assertEquals("[3/3] article-2.txt: 0 entities, 0 statements, 0 roles, 0 participations", lines.get(2));
    }

    @Test
    void durationsReadAsMinutesAndHours() {
        assertEquals("42 s", BuildProgress.duration(42));
        assertEquals("2 min 5 s", BuildProgress.duration(125));
        assertEquals("1 h 1 min", BuildProgress.duration(3660));
    }
}
