package org.plenary.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.plenary.store.DumpWriter;
import org.plenary.store.PlenaryDatabase;

/**
 * Portability of the dump and a second engine: Plenary's N-Quads dump is counted by an independent parser
 * (raptor's {@code rapper}), loaded into Oxigraph (bench/peers/oxigraph-answers.mjs, in Node), and every
 * {@code queries/*.rq} is answered by both engines, each in its own process without HTTP. Answers are compared as
 * multisets of solutions (blank node labels aside); times are medians of the same number of runs.
 */
final class Peers {
    private static final Path SCRIPT = Path.of("bench/peers/oxigraph-answers.mjs");
    private static final Pattern RAPPER_COUNT = Pattern.compile("returned (\\d+) (statements|triples)");

    private Peers() {}

    static void run(PlenaryDatabase db, String label, int reps) throws Exception {
        Path nq = db.currentDumps().orElseThrow().resolve(DumpWriter.NQUADS);
        Dataset ds = db.open();
        long plenaryQuads = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        BenchMain.OUT.printf(Locale.ROOT, "%n## peers (%s): the N-Quads dump (%,d bytes, %,d quads in Plenary) read by rapper and Oxigraph; "
                + "queries/*.rq on Plenary (Jena ARQ on TDB2) and Oxigraph, in process, median of %d%n", label, Files.size(nq), plenaryQuads, reps);

        // 1. An independent parser: raptor's rapper counts the statements (and fails on a syntax error).
        Process rapper = new ProcessBuilder("rapper", "--input", "nquads", "--count", nq.toString()).redirectErrorStream(true).start();
        String rapperOut = new String(rapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rapperExit = rapper.waitFor();
        Matcher m = RAPPER_COUNT.matcher(rapperOut);
        long rapperCount = m.find() ? Long.parseLong(m.group(1)) : -1;
        BenchMain.OUT.printf(Locale.ROOT, "peers: rapper exit %d, %,d statements (Plenary %,d): %s%n", rapperExit, rapperCount, plenaryQuads,
                rapperExit == 0 && rapperCount == plenaryQuads ? "same count" : "DIFFERENT: " + rapperOut.strip());

        // 2. The same dump into a fresh TDB2 with Plenary's loader, for the load time beside Oxigraph's.
        Path tdb = BenchMain.fresh("peers-tdb2");
        long t = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(tdb));
        PlenaryDatabase.bulkLoad(dsg, out -> RDFParser.source(nq).lang(Lang.NQUADS).parse(out));
        double plenaryLoadMs = BenchMain.ms(t);
        TDBInternal.expel(dsg);
        BenchMain.delete(tdb);

        // 3. Oxigraph loads the dump and answers every query.
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        Path answers = BenchMain.WORK.resolve("oxigraph-answers.json");
        List<String> cmd = new ArrayList<>(List.of("node", "--max-old-space-size=4096", SCRIPT.toString(), nq.toString(),
                answers.toString(), Integer.toString(reps)));
        queries.forEach(q -> cmd.add(q.toString()));
        Process node = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(BenchMain.WORK.resolve("oxigraph.log").toFile()).start();
        if (!node.waitFor(3600, TimeUnit.SECONDS) || node.exitValue() != 0)
            throw new IllegalStateException("oxigraph-answers.mjs failed: " + Files.readString(BenchMain.WORK.resolve("oxigraph.log")));
        JsonObject ox = JSON.read(answers.toString());
        BenchMain.OUT.printf(Locale.ROOT, "peers: %s loaded %,d quads in %.2f s; Plenary's bulk load of the same dump %.2f s%n",
                ox.get("engine").getAsString().value(), ox.get("quads").getAsNumber().value().longValue(),
                ox.get("loadMs").getAsNumber().value().doubleValue() / 1000, plenaryLoadMs / 1000);

        // 4. Plenary answers the same queries; the two answers are compared.
        BenchMain.OUT.println("| query | Plenary rows | Oxigraph rows | same answers | Plenary p50 ms | Oxigraph p50 ms | Oxigraph/Plenary | Oxigraph rows, default graph not the union |");
        BenchMain.OUT.println("|---|---:|---:|---|---:|---:|---:|---:|");
        List<String> notes = new ArrayList<>();
        double plenarySum = 0, oxSum = 0;
        for (Path q : queries) {
            String name = q.getFileName().toString();
            String text = Files.readString(q);
            Stats pStats = new Stats();
            List<Map<String, String>> pRows = new ArrayList<>();
            String pError = null;
            try {
                for (int r = 0; r <= reps; r++) {
                    List<Map<String, String>> rows = new ArrayList<>();
                    long t0 = System.nanoTime();
                    Txn.executeRead(ds, () -> {
                        try (QueryExecution qe = QueryExecution.dataset(ds).query(text).timeout(120, TimeUnit.SECONDS).build()) {
                            qe.execSelect().forEachRemaining(s -> rows.add(row(s)));
                        }
                    });
                    if (r > 0) pStats.add(BenchMain.ms(t0)); // the first run warms the caches
                    pRows = rows;
                }
            } catch (RuntimeException e) {
                pError = e.toString();
            }
            JsonObject o = ox.get("queries").getAsObject().get(name).getAsObject();
            Stats oStats = new Stats();
            o.get("ms").getAsArray().forEach(v -> oStats.add(v.getAsNumber().value().doubleValue()));
            String oError = o.get("error").isNull() ? null : o.get("error").getAsString().value();
            List<Map<String, String>> oRows = new ArrayList<>();
            if (oError == null) for (JsonValue v : o.get("rows").getAsArray()) oRows.add(row(v.getAsObject()));
            String same;
            if (pError != null || oError != null) {
                same = "error";
                notes.add(name + ": Plenary " + (pError == null ? "ok" : pError) + "; Oxigraph " + (oError == null ? "ok" : oError));
            } else {
                same = compare(text, pRows, oRows);
                if (!same.equals("yes")) notes.add(name + ": as RDF terms, " + difference(keys(pRows, text, 0), keys(oRows, text, 0)));
                plenarySum += pStats.median();
                oxSum += oStats.median();
            }
            BenchMain.OUT.printf(Locale.ROOT, "| %s | %d | %d | %s | %.1f | %.1f | %.2f | %s |%n", name, pRows.size(), oRows.size(), same,
                    pStats.median(), oStats.median(), oStats.median() / pStats.median(),
                    o.get("rowsWithoutUnion").isNull() ? "-" : o.get("rowsWithoutUnion").getAsNumber().value().toString());
        }
        BenchMain.OUT.printf(Locale.ROOT, "peers: sum of medians over the queries both answered: Plenary %.1f ms, Oxigraph %.1f ms (ratio Oxigraph/Plenary %.2f)%n",
                plenarySum, oxSum, oxSum / plenarySum);
        notes.forEach(n -> BenchMain.OUT.println("peers: " + n));
    }

    /**
     * Whether two answers agree: as multisets of solutions of RDF terms ("yes"), or else after which of these
     * steps: GROUP_CONCAT parts sorted (their order is not defined by SPARQL), numbers compared by value (an
     * engine may store xsd:decimal and the integer types by value, dropping the lexical form or derived type),
     * solutions compared as sets (duplicates dropped).
     */
    static String compare(String query, List<Map<String, String>> p, List<Map<String, String>> o) {
        String[] steps = {"", "GROUP_CONCAT order", "numbers by value", "as sets (duplicates dropped)"};
        List<String> needed = new ArrayList<>();
        for (int level = 0; level < steps.length; level++) {
            if (level > 0) needed.add(steps[level]);
            List<String> a = keys(p, query, level), b = keys(o, query, level);
            if (level == 3) { a = new ArrayList<>(new java.util.TreeSet<>(a)); b = new ArrayList<>(new java.util.TreeSet<>(b)); }
            if (a.equals(b)) {
                if (level == 0) return "yes";
                // report only the steps that changed the verdict
                List<String> which = new ArrayList<>();
                for (int k = 1; k <= level; k++) {
                    final int skip = k;
                    if (!equalWithout(query, p, o, level, skip)) which.add(steps[k]);
                }
                return "same up to " + String.join(", ", which);
            }
        }
        return "**no**";
    }

    private static boolean equalWithout(String query, List<Map<String, String>> p, List<Map<String, String>> o, int level, int skip) {
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        for (var r : p) a.add(normalize(r, query, level, skip));
        for (var r : o) b.add(normalize(r, query, level, skip));
        if (level == 3 && skip != 3) { a = new ArrayList<>(new java.util.TreeSet<>(a)); b = new ArrayList<>(new java.util.TreeSet<>(b)); }
        Collections.sort(a);
        Collections.sort(b);
        return a.equals(b);
    }

    static List<String> keys(List<Map<String, String>> rows, String query, int level) {
        List<String> out = new ArrayList<>();
        for (var r : rows) out.add(normalize(r, query, level, -1));
        Collections.sort(out);
        return out;
    }

    private static final java.util.Set<String> NUMERIC = java.util.Set.of("decimal", "integer", "nonNegativeInteger", "positiveInteger",
            "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte");
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** One solution as text after the normalization steps 1..level except {@code skip}. */
    static String normalize(Map<String, String> row, String query, int level, int skip) {
        Map<String, String> separators = level >= 1 && skip != 1 ? groupConcats(query) : Map.of();
        Map<String, String> out = new TreeMap<>();
        row.forEach((var, term) -> {
            if (separators.containsKey(var) && term.startsWith("\"")) {
                int end = term.lastIndexOf('"');
                List<String> parts = new ArrayList<>(List.of(term.substring(1, end).split(Pattern.quote(separators.get(var)), -1)));
                Collections.sort(parts);
                term = '"' + String.join(separators.get(var), parts) + term.substring(end);
            }
            if (level >= 2 && skip != 2 && term.startsWith("\"") && term.contains("\"^^<" + XSD)) {
                int end = term.lastIndexOf("\"^^<");
                String type = term.substring(end + 4 + XSD.length(), term.length() - 1);
                if (NUMERIC.contains(type)) {
                    try {
                        term = new java.math.BigDecimal(term.substring(1, end).trim()).stripTrailingZeros().toPlainString();
                    } catch (NumberFormatException e) {
                        // not a number after all: keep the term
                    }
                }
            }
            out.put(var, term);
        });
        return out.toString();
    }

    /** Result variables bound by GROUP_CONCAT, with their separators. */
    static Map<String, String> groupConcats(String query) {
        Map<String, String> out = new HashMap<>();
        org.apache.jena.query.Query q = org.apache.jena.query.QueryFactory.create(query);
        q.getProject().getExprs().forEach((v, e) -> {
            for (var agg : q.getAggregators()) {
                if (!e.toString().contains(agg.getVar().toString())) continue;
                if (agg.getAggregator() instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcat g)
                    out.put(v.getVarName(), g.getSeparator() == null ? " " : g.getSeparator());
                if (agg.getAggregator() instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct g)
                    out.put(v.getVarName(), g.getSeparator() == null ? " " : g.getSeparator());
            }
        });
        return out;
    }

    /** One solution: variables to N-Triples-like terms, blank node labels dropped. */
    static Map<String, String> row(QuerySolution s) {
        Map<String, String> cols = new TreeMap<>();
        s.varNames().forEachRemaining(v -> {
            Node n = s.get(v).asNode();
            cols.put(v, n.isURI() ? "<" + n.getURI() + ">" : n.isBlank() ? "_:"
                    : literal(n.getLiteralLexicalForm(), n.getLiteralLanguage(), n.getLiteralDatatypeURI()));
        });
        return cols;
    }

    static Map<String, String> row(JsonObject o) {
        Map<String, String> cols = new TreeMap<>();
        for (String v : o.keys()) {
            if (o.get(v).isNull()) continue; // unbound
            JsonObject t = o.get(v).getAsObject();
            String kind = t.get("t").getAsString().value(), value = t.get("v").getAsString().value();
            cols.put(v, kind.equals("iri") ? "<" + value + ">" : kind.equals("bnode") ? "_:"
                    : literal(value, t.get("l").getAsString().value(), t.get("d").getAsString().value()));
        }
        return cols;
    }

    static String literal(String lex, String lang, String datatype) {
        return lang != null && !lang.isEmpty() ? '"' + lex + "\"@" + lang.toLowerCase(Locale.ROOT) : '"' + lex + "\"^^<" + datatype + ">";
    }

    /** How two sorted multisets differ: counts and the first row of each side that the other lacks. */
    static String difference(List<String> plenary, List<String> oxigraph) {
        Map<String, Integer> count = new HashMap<>();
        plenary.forEach(r -> count.merge(r, 1, Integer::sum));
        oxigraph.forEach(r -> count.merge(r, -1, Integer::sum));
        List<String> onlyP = new ArrayList<>(), onlyO = new ArrayList<>();
        count.forEach((r, c) -> { if (c > 0) onlyP.add(r); else if (c < 0) onlyO.add(r); });
        Collections.sort(onlyP);
        Collections.sort(onlyO);
        return onlyP.size() + " solutions only from Plenary (e.g. " + cut(onlyP) + "), " + onlyO.size() + " only from Oxigraph (e.g. "
                + cut(onlyO) + ")";
    }

    private static String cut(List<String> rows) {
        if (rows.isEmpty()) return "none";
        String r = rows.get(0);
        return r.length() > 300 ? r.substring(0, 300) + "..." : r;
    }
}
