package org.plenary.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class PrefixesTest {
    private static final Pattern DECLARATION = Pattern.compile("(?i)(?:@prefix|\\bPREFIX)\\s+([A-Za-z][\\w-]*):\\s*<([^>]*)>");
    /** A prefix declared in Java: a PREFIX line of a query or a setNsPrefix with a literal name. */
    private static final Pattern JAVA_DECLARATION = Pattern.compile("\\bPREFIX\\s+[A-Za-z][\\w-]*:\\s*<|setNsPrefix\\(\\s*\"");

    @Test
    void thePublicQueriesAndTheOntologyMeanByEachPrefixWhatTheMappingDoes() throws IOException {
        List<String> disagree = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> q = Files.list(Path.of("queries"))) { files.addAll(q.filter(p -> p.toString().endsWith(".rq")).sorted().toList()); }
        try (Stream<Path> o = Files.list(Path.of("ontology"))) { files.addAll(o.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()); }
        assertTrue(files.size() >= 3, "the queries and the ontology are found from the project directory");
        for (Path f : files) {
            Matcher m = DECLARATION.matcher(Files.readString(f));
            while (m.find()) {
                String ns;
                try {
                    ns = Prefixes.namespace(m.group(1));
                } catch (IllegalArgumentException notOurs) {
                    continue; // wdt:, sh:, skos:, ...: prefixes Plenary never writes
                }
                if (!ns.equals(m.group(2))) disagree.add(f + ": " + m.group(1) + ": <" + m.group(2) + "> but Prefixes has <" + ns + ">");
            }
        }
        assertEquals(List.of(), disagree);
    }

    @Test
    void noMainSourceButTheMappingDeclaresAPrefix() throws IOException {
        List<String> flagged = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                // the source catalogue is read in ingest, before the vocabulary layer it would otherwise import
                if (f.endsWith(Path.of("org/plenary/graph/Prefixes.java")) || f.endsWith(Path.of("org/plenary/ingest/SourceCatalogue.java")))
                    continue;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++)
                    if (JAVA_DECLARATION.matcher(lines.get(i)).find() && !lines.get(i).strip().startsWith("*"))
                        flagged.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        assertEquals(List.of(), flagged);
    }

    @Test
    void aQueryBuiltWithTheDeclarationsParsesToTheVocabularysIris() {
        Query q = QueryFactory.create(Prefixes.sparql("pl", "text") + "SELECT ?s WHERE { ?s pl:name ?n ; text:query \"x\" }");
        assertEquals(PL.NS, q.getPrefixMapping().getNsPrefixURI("pl"));
        assertEquals(Prefixes.TEXT, q.getPrefixMapping().getNsPrefixURI("text"));
        assertTrue(q.toString().contains("pl:name"));
        assertThrows(IllegalArgumentException.class, () -> Prefixes.sparql("foaf"));
    }

    @Test
    void theStandardViewAddsTheDatasetsResourceSpacesToTheDataVocabularies() {
        IriScheme iris = new IriScheme("https://data.example.org/");
        Map<String, String> standard = Prefixes.standard(iris);
        Prefixes.data().forEach((p, ns) -> assertEquals(ns, standard.get(p), p));
        assertEquals("https://data.example.org/id/person/", standard.get("person"));
        assertEquals(Prefixes.ORG, standard.get("org"));
        assertEquals("https://data.example.org/id/organization/", standard.get("organization"));
        assertFalse(Prefixes.data().containsKey("person"), "the dumps' prefixes do not depend on the base");
    }
}
