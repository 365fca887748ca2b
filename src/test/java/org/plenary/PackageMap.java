package org.plenary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package map that opens {@code docs/DESIGN.md}: its table rows name the packages in the order of the journey, the
 * first row first. The map is the layering rule ({@link PackageLayeringTest}), so it cannot drift from the code.
 */
final class PackageMap {
    static final Path DESIGN = Path.of("docs/DESIGN.md");
    /** A table row naming a package: {@code | `publish.site` | ...}. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z][a-z0-9.]*)`\\s*\\|");

    private PackageMap() {}

    /** The lines of the map: from the first {@code ## } heading of DESIGN.md up to the next one. */
    static List<String> section() {
        List<String> lines;
        try {
            lines = Files.readAllLines(DESIGN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (!out.isEmpty()) break;
            }
            if (!out.isEmpty() || line.startsWith("## ")) out.add(line);
        }
        return out;
    }

    /** The packages of the map (relative to {@code org.plenary}), in the map's order. */
    static List<String> packages() {
        List<String> out = new ArrayList<>();
        for (String line : section()) {
            Matcher m = ROW.matcher(line);
            if (m.find()) out.add(m.group(1));
        }
        return out;
    }
}
