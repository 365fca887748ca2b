package org.plenary.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.plenary.graph.IriScheme;

/**
 * Loads the reference facts ({@code data/reference/*.ttl}) into graph {@code {base}graph/reference}.
 * Entity IRIs in those files are relative ({@code <id/person/...>}) and resolve against the build's base,
 * so the facts meet the built entities under any {@code --base}. A file is parsed whole before any of its
 * triples are sent, so a bad file adds nothing and is reported with its name and line.
 */
public final class ReferenceGraph {
    private ReferenceGraph() {}

    /** The Turtle files of the directory, in name order (none if the directory does not exist). */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list reference directory " + dir, e);
        }
    }

    /** Sends every triple of every Turtle file of {@code dir} to {@code out} as a quad of the reference graph; returns the count. */
    public static long load(Path dir, IriScheme iris, StreamRDF out) {
        Node g = NodeFactory.createURI(iris.referenceGraph());
        long n = 0;
        for (Path file : files(dir)) {
            Graph parsed = parse(file, iris);
            for (var it = parsed.find(); it.hasNext(); n++) {
                var t = it.next();
                out.quad(Quad.create(g, t));
            }
        }
        return n;
    }

    /** One file, relative IRIs resolved against the base. */
    public static Graph parse(Path file, IriScheme iris) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).base(iris.base())
                    .errorHandler(new FileErrors(file)).parse(graph);
        } catch (ReferenceDataException e) {
            throw e;
        } catch (RiotException e) {
            throw new ReferenceDataException(file + ": " + e.getMessage(), e);
        }
        return graph;
    }

    /** A reference file that is not valid Turtle; the message names the file and line. */
    public static final class ReferenceDataException extends RuntimeException {
        public ReferenceDataException(String message, Throwable cause) { super(message, cause); }
    }

    private record FileErrors(Path file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { fail(message, line, col); }
        @Override public void error(String message, long line, long col) { fail(message, line, col); }
        @Override public void fatal(String message, long line, long col) { fail(message, line, col); }

        // Warnings too: a bad IRI or a misspelled datatype in reference data is an error, not noise.
        private void fail(String message, long line, long col) {
            throw new ReferenceDataException(file + ":" + line + ":" + col + ": " + message, null);
        }
    }
}
