package org.plenary.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

import org.plenary.ingest.SourceCatalogue;
import org.plenary.build.PlenaryException;

/**
 * What a build reads besides the article files, found from the articles folder rather than the working directory,
 * so that a build run from anywhere finds what a build in the repository finds:
 * <ul>
 * <li>the catalogue: {@code sources.ttl} in the articles folder or its parent ({@link SourceCatalogue#locate});</li>
 * <li>the reference facts: the first {@code reference/} folder in the articles folder's parent or an ancestor;</li>
 * <li>the link table: the first {@code wikidata/links.tsv} in the parent or an ancestor.</li>
 * </ul>
 * A path given on the command line is used as given and must exist.
 */
public record BuildInputs(Optional<Path> catalogue, Optional<Path> reference, Optional<Path> links) {
    static final Path REFERENCE = Path.of("reference");
    static final Path LINKS = Path.of("wikidata", "links.tsv");

    /** {@code reference} and {@code links} are the paths given on the command line, or null. */
    public static BuildInputs of(Path articles, Path reference, Path links) {
        Path dir = articles.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) throw new PlenaryException("--articles " + articles + ": not a directory");
        return new BuildInputs(SourceCatalogue.locate(dir),
                reference != null ? Optional.of(given("--reference", reference, Files::isDirectory, "no such directory"))
                        : nearest(dir.getParent(), REFERENCE, Files::isDirectory),
                links != null ? Optional.of(given("--links", links, Files::isRegularFile, "no such file"))
                        : nearest(dir.getParent(), LINKS, Files::isRegularFile));
    }

    private static Path given(String option, Path p, Predicate<Path> fits, String otherwise) {
        if (!fits.test(p)) throw new PlenaryException(option + " " + p.toAbsolutePath().normalize() + ": " + otherwise);
        return p.toAbsolutePath().normalize();
    }

    private static Optional<Path> nearest(Path from, Path relative, Predicate<Path> fits) {
        for (Path d = from; d != null; d = d.getParent())
            if (fits.test(d.resolve(relative))) return Optional.of(d.resolve(relative));
        return Optional.empty();
    }

    /** One line each: which catalogue, link table and reference facts the build uses, or that none was found. */
    public void describe(PrintStream out, Path articles) {
        Path dir = articles.toAbsolutePath().normalize();
        out.println("catalogue: " + catalogue.map(Path::toString)
                .orElse("none (no " + SourceCatalogue.FILE_NAME + " in " + dir + " or its parent): articles carry only what their text says"));
        out.println("link table: " + links.map(Path::toString)
                .orElse("none (no " + LINKS + " beside " + dir + " or above it): no Wikidata links"));
        out.println("reference graph: " + reference.map(Path::toString)
                .orElse("none (no " + REFERENCE + "/ beside " + dir + " or above it): no reference facts compared"));
    }
}
