package org.plenary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: a package uses only the packages above it in the map that opens docs/DESIGN.md (ingest, extract,
 * resolve, graph, ... store, publish, cli). A strict order also means no two packages use each other. Checked on the
 * compiled classes (every use: calls, fields, types, signatures, annotations) and on the sources' import lines (which
 * also see a constant the compiler copied into the class file).
 */
class PackageLayeringTest {
    private static final String ROOT = "org.plenary.";
    private static final Path SOURCES = Path.of("src/main/java/org/plenary");

    private static JavaClasses classes;
    private static List<String> journey;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.plenary");
        journey = PackageMap.packages();
        assertTrue(journey.size() > 5, "the package map of " + PackageMap.DESIGN + " names the packages: " + journey);
        assertTrue(classes.size() > 100, "the main classes are on the test class path: " + classes.size());
    }

    @Test
    void everyPackageHasItsPlaceInTheJourney() {
        Set<String> unplaced = new TreeSet<>();
        for (JavaClass c : classes) {
            String p = relative(c.getPackageName());
            if (!journey.contains(p)) unplaced.add(p + " (" + c.getSimpleName() + ")");
        }
        assertEquals(Set.of(), unplaced, "packages missing from the map of " + PackageMap.DESIGN);
    }

    @Test
    void noClassUsesAPackageFurtherDownTheJourney() {
        Set<String> wrong = new TreeSet<>();
        for (JavaClass c : classes) {
            int from = journey.indexOf(relative(c.getPackageName()));
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass t = d.getTargetClass().getBaseComponentType();
                if (!t.getPackageName().startsWith(ROOT)) continue;
                int to = journey.indexOf(relative(t.getPackageName()));
                if (from < 0 || to <= from) continue; // a package not in the map fails everyPackageHasItsPlaceInTheJourney
                wrong.add(topLevel(c.getName()) + " -> " + topLevel(t.getName()) + ": " + d.getDescription());
            }
        }
        assertEquals(Set.of(), wrong, "uses that run back up the journey of " + PackageMap.DESIGN);
    }

    @Test
    void noImportLineNamesAPackageFurtherDownTheJourney() throws IOException {
        Pattern imp = Pattern.compile("^import\\s+(?:static\\s+)?org\\.plenary\\.([a-z0-9.]+?)\\.([A-Z]\\w*)", Pattern.MULTILINE);
        Set<String> wrong = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), ".");
                Matcher m = imp.matcher(Files.readString(f));
                while (m.find()) {
                    int from = journey.indexOf(pkg), to = journey.indexOf(m.group(1));
                    if (from < 0 || to <= from) continue;
                    wrong.add(f + ": " + m.group());
                }
            }
        }
        assertEquals(Set.of(), wrong, "imports that run back up the journey of " + PackageMap.DESIGN);
    }

    /** {@code org.plenary.publish.site.Site$Page} gives {@code publish.site.Site}. */
    private static String topLevel(String className) {
        int inner = className.indexOf('$');
        return relative(inner < 0 ? className : className.substring(0, inner));
    }

    private static String relative(String name) {
        return name.startsWith(ROOT) ? name.substring(ROOT.length()) : name;
    }

}
