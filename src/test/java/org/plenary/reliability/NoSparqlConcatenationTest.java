package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No query text in src/main is assembled from run-time values: values go through ParameterizedSparqlString, the
 * query builder, VALUES or bound variables. The check lexes every main source (so text blocks, strings broken over
 * lines and comments are seen as Java sees them), finds every string literal holding SPARQL, and looks at the
 * expression around it: a {@code +} chain, {@code .formatted(..)}, {@code String.format(..)}, {@code +=} and
 * {@code StringBuilder.append(..)}. Only compile-time vocabulary may be joined in: an identifier that is not a member
 * access must start with a capital ({@code PL.NS}, {@code OWL.sameAs.getURI()}, {@code MAX_SUBJECTS}); a local
 * variable, a parameter or a field read through {@code this} is flagged.
 */
class NoSparqlConcatenationTest {
    private static final Pattern KEYWORD = Pattern.compile(
            "\\b(SELECT|CONSTRUCT|DESCRIBE|ASK|WHERE|FILTER|OPTIONAL|UNION|GRAPH|VALUES|BIND|PREFIX|INSERT|DELETE|ORDER BY|GROUP BY)\\b"
                    + "|(?i)\\b(select|construct|describe|where)\\b");
    /** Query syntax beside a keyword: a variable, a group, an IRI or a prefixed name (a message naming UNION has none). */
    private static final Pattern SYNTAX = Pattern.compile("[?$][A-Za-z_]|[{}<]|\\b[a-z]+:[A-Za-z_]");
    /** Tokens at which the expression holding a literal begins or ends, at bracket depth 0. */
    private static final Set<String> BOUNDARY = Set.of("=", "+=", ",", ";", "(", ")", "{", "}", "[", "]", "?", ":", "->", "return");
    private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");

    enum Kind { STRING, NUMBER, IDENT, PUNCT }
    record Token(Kind kind, String text, int line) {}

    @Test
    void sparqlStringsAreNotAssembledFromVariables() throws IOException {
        List<String> flagged = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList())
                for (String problem : problems(Files.readString(f)))
                    flagged.add(f + ":" + problem);
        }
        assertEquals(List.of(), flagged);
    }

    @Test
    void theCheckFlagsEveryShapeOfAssembly() {
        for (String bad : List.of(
                "String q = \"SELECT ?s WHERE { ?s pl:name '\" + name + \"' }\";",
                "String q = \"PREFIX pl: <\" + PL.NS + \">\\nSELECT ?x WHERE { ?x a <\" + cls\n + \"> }\";",
                "String q = name + \"\"\"\n  SELECT ?s WHERE { ?s ?p ?o }\n  \"\"\";",
                "String q = \"\"\"\n  SELECT ?s WHERE { ?s a <%s> }\n  \"\"\".formatted(type);",
                "String q = String.format(Locale.ROOT, \"SELECT ?s WHERE { ?s a <%s> }\", type);",
                "sb.append(\"SELECT ?s WHERE { \");",
                "q += \"FILTER(?x = 1)\";",
                "String q = \"SELECT ?s WHERE { ?s a <\" + this.type + \"> }\";"))
            assertFalse(problems(bad).isEmpty(), bad);
    }

    @Test
    void theCheckAllowsVocabularyConstantsAndPlainQueries() {
        for (String ok : List.of(
                "String p = \"PREFIX pl: <\" + PL.NS + \">\";",
                "String q = \"\"\"\n  PREFIX pl: <%s>\n  SELECT ?s WHERE { ?s a <%s> } LIMIT %d\n  \"\"\".formatted(PL.NS, OWL.sameAs.getURI(), MAX + 1);",
                "qe = QueryExecution.dataset(ds).query(\"SELECT ?s WHERE { ?s ?p ?o }\").build();",
                "log(\"ordinary message\" + name);",
                "// \"SELECT \" + name\nint x = 1;",
                "error(\"A UNION of \" + n + \" branches (use VALUES to list alternatives)\");"))
            assertEquals(List.of(), problems(ok), ok);
    }

    /** The SPARQL literals of one source assembled from something other than constants, as "line: reason". */
    static List<String> problems(String src) {
        List<Token> t = lex(src);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token lit = t.get(i);
            if (lit.kind() != Kind.STRING || !isSparql(lit.text())) continue;
            int from = i, to = i;
            int depth = 0;
            while (from > 0) {
                Token p = t.get(from - 1);
                if (p.text().equals(")") || p.text().equals("]")) depth++;
                else if (p.text().equals("(") || p.text().equals("[")) { if (depth == 0) break; depth--; }
                else if (depth == 0 && BOUNDARY.contains(p.text())) break;
                from--;
            }
            depth = 0;
            while (to < t.size() - 1) {
                Token n = t.get(to + 1);
                if (n.text().equals("(") || n.text().equals("[")) depth++;
                else if (n.text().equals(")") || n.text().equals("]")) { if (depth == 0) break; depth--; }
                else if (depth == 0 && BOUNDARY.contains(n.text())) break;
                to++;
            }
            Token before = from > 0 ? t.get(from - 1) : null;
            String where = lit.line() + ": ";
            if (before != null && before.text().equals("+="))
                out.add(where + "SPARQL appended with +=");
            if (before != null && before.text().equals("(") && from > 1 && t.get(from - 2).text().equals("append"))
                out.add(where + "SPARQL assembled with append(..)");
            if (before != null && (before.text().equals("(") || before.text().equals(",")) ) {
                // An argument of String.format(..): every argument of that call counts.
                int open = from - 1, d = 0;
                for (; open >= 0; open--) {
                    String s = t.get(open).text();
                    if (s.equals(")")) d++;
                    else if (s.equals("(")) { if (d == 0) break; d--; }
                }
                if (open > 0 && t.get(open - 1).text().equals("format")) {
                    int close = open + 1;
                    for (d = 0; close < t.size(); close++) {
                        String s = t.get(close).text();
                        if (s.equals("(")) d++;
                        else if (s.equals(")")) { if (d == 0) break; d--; }
                    }
                    from = open + 1;
                    to = close - 1;
                }
            }
            String variable = firstVariable(t, from, to);
            if (variable != null) out.add(where + "SPARQL joined with " + variable);
        }
        return out.stream().distinct().toList();
    }

    static boolean isSparql(String literal) {
        java.util.regex.Matcher k = KEYWORD.matcher(literal);
        if (!k.find()) return false;
        String first = k.group();
        while (k.find()) if (!k.group().equalsIgnoreCase(first)) return true;
        return SYNTAX.matcher(literal).find();
    }

    /** The first identifier in t[from..to] that is neither a member access nor a capitalised (static) name. */
    private static String firstVariable(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token x = t.get(k);
            if (x.kind() != Kind.IDENT || LITERAL_WORDS.contains(x.text())) continue;
            if (k > 0 && t.get(k - 1).text().equals(".") && !(k > 1 && t.get(k - 2).text().equals("this"))) continue;
            if (!Character.isUpperCase(x.text().charAt(0))) return x.text();
        }
        return null;
    }

    /** Java tokens without comments; a string token holds the literal's source text, a text block included. */
    static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0, line = 1, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') { line++; i++; }
            else if (Character.isWhitespace(c)) i++;
            else if (s.startsWith("//", i)) { while (i < n && s.charAt(i) != '\n') i++; }
            else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !(s.startsWith("\"\"\"", end) && s.charAt(end - 1) != '\\')) end++;
                end = Math.min(n, end + 3);
                out.add(new Token(Kind.STRING, s.substring(i, end), line));
                line += count(s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && s.charAt(end) != c && s.charAt(end) != '\n') end += s.charAt(end) == '\\' ? 2 : 1;
                end = Math.min(n, end + 1);
                out.add(new Token(c == '"' ? Kind.STRING : Kind.NUMBER, s.substring(i, end), line));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(s.charAt(end))) end++;
                out.add(new Token(Kind.IDENT, s.substring(i, end), line));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '.')) end++;
                out.add(new Token(Kind.NUMBER, s.substring(i, end), line));
                i = end;
            } else {
                String two = i + 1 < n ? s.substring(i, i + 2) : "";
                String op = Set.of("+=", "->", "++", "==", "!=", "<=", ">=", "&&", "||", "::").contains(two) ? two : String.valueOf(c);
                out.add(new Token(Kind.PUNCT, op, line));
                i += op.length();
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int j = from; j < to; j++) if (s.charAt(j) == '\n') k++;
        return k;
    }
}
