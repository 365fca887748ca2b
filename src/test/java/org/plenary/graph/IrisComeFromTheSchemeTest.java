package org.plenary.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Plenary's own IRIs are made by {@link IriScheme} alone: no other main source glues a path onto the base
 * ({@code iris.base() + "id/..."}, {@code base + "graph/..."}) or glues a piece of the scheme's paths onto anything
 * ({@code + "id/"}). A second copy of a path would drift from the scheme the day one of them changes.
 */
class IrisComeFromTheSchemeTest {
    /** The base (a call or a variable named so) followed by a path, fragment or file literal; " ..." (a message) is not one. */
    private static final Pattern BASE_PLUS_PATH = Pattern.compile("\\bbase(\\(\\))?\\s*\\+\\s*\"[^\\s\"]");
    /** A piece of the scheme's layout glued on. */
    private static final Pattern SCHEME_PATH = Pattern.compile("\\+\\s*\"(id|graph)/");

    @Test
    void noSourceButTheSchemeConcatenatesTheBase() throws IOException {
        List<String> flagged = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.endsWith(Path.of("org/plenary/graph/IriScheme.java"))) continue;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++)
                    if (minted(lines.get(i))) flagged.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        assertEquals(List.of(), flagged);
    }

    @Test
    void theCheckFlagsEveryShapeOfMinting() {
        for (String bad : List.of(
                "String res = iris.base() + \"id/resolution/\" + a.id() + \"-\" + i;",
                "return site.iris().base() + \"sparql#service\";",
                "Resource d = m.createResource(base + \".well-known/void#dataset\");",
                "String g = root + \"graph/conflicts\";"))
            assertTrue(minted(bad), bad);
        for (String ok : List.of(
                "System.err.println(\"building into \" + db + \" for \" + iris.base() + \" ...\");",
                "String res = iris.resolution(a.id(), i);",
                "m.createResource(iris.dump(name) + \"#distribution\");"))
            assertFalse(minted(ok), ok);
    }

    @Test
    void everyIriOfTheSchemeLiesUnderItsBase() {
        IriScheme iris = new IriScheme("https://data.example.org/plenary");
        assertEquals("https://data.example.org/plenary/", iris.base());
        for (String iri : List.of(iris.meeting("m"), iris.source("s"), iris.resolution("s", 0), iris.conflict("d"),
                iris.corroboration("d"), iris.sourceGraph("s"), iris.conflictsGraph(), iris.referenceGraph(),
                iris.wikidataGraph(), iris.sparqlService(), iris.voidDataset(), iris.dump("plenary.nq")))
            assertTrue(iri.startsWith(iris.base()), iri);
        assertTrue(iris.isSourceGraph(iris.sourceGraph("s")));
        assertFalse(iris.isSourceGraph(iris.resolutionGraph()));
        assertTrue(iris.isGraph(iris.graphAt("/resolution")));
        assertEquals(iris.meeting("m"), iris.resourceAt("/meeting/m"));
    }

    @Test
    void aLinkNodeIsNamedByItsEntitysPathOrTheSlugOfAForeignIri() {
        IriScheme iris = new IriScheme("https://data.example.org/plenary/");
        assertEquals("https://data.example.org/plenary/id/link/person/antonio-guterres/Q311440",
                iris.link("https://data.example.org/plenary/id/person/antonio-guterres", "Q311440"));
        assertEquals("https://data.example.org/plenary/id/link/http-example-com-people-7/Q311440",
                iris.link("http://example.com/people/7", "Q311440"));
    }

    private static boolean minted(String line) {
        String code = line.strip();
        if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) return false;
        return BASE_PLUS_PATH.matcher(code).find() || SCHEME_PATH.matcher(code).find();
    }
}
