package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No query text in src/main is built by concatenating a variable into a SPARQL string: values go through
 * ParameterizedSparqlString or are bound. Joining vocabulary constants ({@code PL.NS}, {@code RDFS.uri},
 * UPPER_CASE constants) is allowed; anything else after {@code "...SPARQL..." +} is flagged.
 */
class NoSparqlConcatenationTest {
    private static final Pattern SPARQL_LITERAL = Pattern.compile(
            "\"[^\"\\n]*\\b(SELECT|CONSTRUCT|DESCRIBE|ASK|WHERE|FILTER|GRAPH|VALUES|BIND|PREFIX|INSERT|DELETE)\\b[^\"\\n]*\"\\s*\\+\\s*([^\\s\"][^\\n]{0,60})");
    private static final Pattern CONSTANT = Pattern.compile("([A-Z][A-Za-z0-9]*\\.(NS|uri|getURI\\(\\))|[A-Z][A-Z0-9_]+)\\b.*");

    @Test
    void sparqlStringsAreNotConcatenatedWithVariables() throws IOException {
        List<String> flagged = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher m = SPARQL_LITERAL.matcher(src);
                while (m.find())
                    if (!CONSTANT.matcher(m.group(2)).matches())
                        flagged.add(f + ": " + m.group().strip());
            }
        }
        assertEquals(List.of(), flagged);
    }

    @Test
    void theCheckFlagsAConcatenatedVariable() {
        String bad = "String q = \"SELECT ?s WHERE { ?s pl:name '\" + name + \"' }\";";
        Matcher m = SPARQL_LITERAL.matcher(bad);
        assertTrue(m.find());
        assertFalse(CONSTANT.matcher(m.group(2)).matches());
        Matcher ok = SPARQL_LITERAL.matcher("String p = \"PREFIX pl: <\" + PL.NS + \">\";");
        assertTrue(ok.find());
        assertTrue(CONSTANT.matcher(ok.group(2)).matches());
    }
}
