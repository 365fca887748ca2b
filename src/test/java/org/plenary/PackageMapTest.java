package org.plenary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The package map that opens docs/DESIGN.md stays true: it names exactly the packages of the sources. */
class PackageMapTest {
    private static final Path SOURCES = Path.of("src/main/java/org/plenary");

    @Test
    void theMapNamesExactlyThePackagesUnderSrcMainJava() throws IOException {
        Set<String> inTree = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path dir = SOURCES.relativize(f.getParent());
                inTree.add(dir.toString().replace(f.getFileSystem().getSeparator(), "."));
            }
        }
        assertTrue(inTree.contains("ingest") && inTree.contains("cli"), "read the sources from the project directory: " + inTree);
        List<String> inMap = PackageMap.packages();
        assertEquals(inMap.size(), new HashSet<>(inMap).size(), "a package named twice in the map of " + PackageMap.DESIGN + ": " + inMap);
        assertEquals(inTree, new TreeSet<>(inMap), "the packages under " + SOURCES + " (expected) and those of the map that opens "
                + PackageMap.DESIGN + " (actual) differ: add, remove or rename the map's rows");
    }

    @Test
    void designNotesOpenWithTheMapOnOneScreen() throws IOException {
        List<String> lines = Files.readAllLines(PackageMap.DESIGN);
        String firstSection = lines.stream().filter(l -> l.startsWith("## ")).findFirst().orElse("");
        assertTrue(firstSection.startsWith("## Package map"), "the first section of " + PackageMap.DESIGN + " is the package map, not: " + firstSection);
        List<String> map = PackageMap.section();
        assertTrue(map.size() <= 45, "the map fits one screen (45 lines), it has " + map.size());
    }
}
