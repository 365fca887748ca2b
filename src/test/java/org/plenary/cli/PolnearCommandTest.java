package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad input to {@code plenary polnear}: one line naming what is wrong, exit 2, no stack trace, before any NLP loads. */
class PolnearCommandTest {
    @TempDir Path dir;

    private String[] run(String... args) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err)).execute(args);
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void aDirectoryWithoutTheSplitExitsTwoNamingWhereItLooked() {
        String[] r = run("polnear", "--data", dir.toString(), "--split", "dev");
        assertEquals("2", r[0]);
        assertTrue(r[1].startsWith("plenary polnear: " + dir), r[1]);
        assertTrue(r[1].contains(dir.resolve("dev").toString()), r[1]);
        assertFalse(r[1].contains("\tat "), r[1]);
    }

    @Test
    void anUnknownSplitAndANonPositiveLimitAreNamed() throws Exception {
        Files.createDirectories(dir.resolve("dev/text"));
        Files.createDirectories(dir.resolve("dev/attributions"));
        String[] split = run("polnear", "--data", dir.toString(), "--split", "validation");
        assertEquals("2", split[0]);
        assertTrue(split[1].contains("--split"), split[1]);
        String[] limit = run("polnear", "--data", dir.toString(), "--split", "dev", "--limit", "0");
        assertEquals("2", limit[0]);
        assertTrue(limit[1].contains("--limit"), limit[1]);
        String[] empty = run("polnear", "--data", dir.toString(), "--split", "dev");
        assertEquals("2", empty[0]);
        assertTrue(empty[1].contains("no annotated articles"), empty[1]);
    }
}
