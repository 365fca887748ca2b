package org.plenary.publish.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The competency queries shipped in the jar under {@code /queries/} (the project's {@code queries/} folder). */
public final class QueryLibrary {
    /** A named query and its first comment line (the question it answers). */
    public record NamedQuery(String name, String question, String text) {}

    private QueryLibrary() {}

    public static List<NamedQuery> load() {
        URL dir = QueryLibrary.class.getResource("/queries/");
        if (dir == null) return List.of();
        try {
            URI uri = dir.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath("/queries"));
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<NamedQuery> read(Path dir) throws IOException {
        List<NamedQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text;
                try (InputStream in = Files.newInputStream(p)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                String question = text.lines().filter(l -> l.startsWith("#")).findFirst()
                        .map(l -> l.replaceFirst("^#\\s*(Question:)?\\s*", "")).orElse(name);
                out.add(new NamedQuery(name, question, text));
            }
        }
        return out;
    }
}
