package org.plenary.build;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction cache is keyed by the extractor's code: the same classes give the same key, from a jar or not. */
class CodeFingerprintTest {
    @TempDir Path tmp;

    private static Path classes() throws Exception {
        return Path.of(CorpusBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void aJarOfTheSameClassesHasTheFingerprintOfItsClassesDirectory() throws Exception {
        Path dir = classes();
        assertTrue(Files.isDirectory(dir.resolve("org/plenary/extract")), "tests run from target/classes");
        Path jar = jar(dir, tmp.resolve("plenary.jar"));
        assertEquals(ExtractionCache.CodeFingerprint.of(dir), ExtractionCache.CodeFingerprint.of(jar));
        // Rebuilding the jar (new file, new time) keeps the fingerprint, and so the cache.
        Path again = jar(dir, tmp.resolve("again.jar"));
        assertEquals(ExtractionCache.CodeFingerprint.of(jar), ExtractionCache.CodeFingerprint.of(again));
    }

    @Test
    void aChangedExtractorClassChangesTheFingerprintAndAnotherPackageDoesNot() throws Exception {
        Path dir = classes();
        Path copy = tmp.resolve("classes");
        for (String pkg : List.of("org/plenary/text", "org/plenary/ingest", "org/plenary/extract", "org/plenary/publish")) copyTree(dir.resolve(pkg), copy.resolve(pkg));
        String before = ExtractionCache.CodeFingerprint.of(copy);
        Files.writeString(copy.resolve("org/plenary/publish/Unrelated.class"), "not the extractor");
        assertEquals(before, ExtractionCache.CodeFingerprint.of(copy));
        Path rule = copy.resolve("org/plenary/extract/ArticleExtractor.class");
        Files.write(rule, concat(Files.readAllBytes(rule), new byte[] {0}));
        assertNotEquals(before, ExtractionCache.CodeFingerprint.of(copy));
    }

    @Test
    void aChangedFoldingClassChangesTheFingerprint() throws Exception {
        // mention grouping folds through org.plenary.text: extractions made with other folding are not reused
        Path dir = classes();
        Path copy = tmp.resolve("classes");
        for (String pkg : List.of("org/plenary/text", "org/plenary/ingest", "org/plenary/extract")) copyTree(dir.resolve(pkg), copy.resolve(pkg));
        String before = ExtractionCache.CodeFingerprint.of(copy);
        Path folding = copy.resolve("org/plenary/text/Folding.class");
        Files.write(folding, concat(Files.readAllBytes(folding), new byte[] {0}));
        assertNotEquals(before, ExtractionCache.CodeFingerprint.of(copy));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
        return jar;
    }
}
