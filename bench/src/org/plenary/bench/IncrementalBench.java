package org.plenary.bench;

import static org.plenary.bench.BenchMain.OUT;
import static org.plenary.bench.BenchMain.secs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.plenary.graph.IriScheme;
import org.plenary.build.CorpusBuild;
import org.plenary.build.Destination;
import org.plenary.store.PlenaryDatabase;

/**
 * Issue #7 item 4: a rebuild after one article of N changed, was added or was removed, at N = 100 and 1,000. The
 * corpus is the 28 real articles (seeds and evaluation corpus) copied round robin, each copy with one line of its own
 * so that every file has its own content hash; every extraction is CoreNLP's real one. Reported per rebuild: time,
 * how many articles were extracted afresh, and whether an unchanged article's source graph kept its IRIs and
 * triples; for the changed article also the in-memory part (extract, resolve, write the graphs, compare, validate)
 * against the whole (that plus loading the new generation, its text index and dumps, and the swap).
 */
final class IncrementalBench {
    private IncrementalBench() {}

    static void run(List<Integer> sizes) throws Exception {
        List<Path> originals = new ArrayList<>();
        for (String d : List.of("data/articles", "data/eval/articles"))
            try (Stream<Path> s = Files.list(Path.of(d))) { originals.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()); }
        OUT.printf(Locale.ROOT, "%n## incremental: one article of N changed / added / removed; %d real articles copied round robin, real extraction, %d cores%n",
                originals.size(), Runtime.getRuntime().availableProcessors());
        OUT.println("| N | rebuild | time s | extracted afresh | unchanged article's graph identical | in-memory part s | published |");
        OUT.println("|---:|---|---:|---:|---|---:|---|");
        for (int n : sizes) {
            Path dir = BenchMain.fresh("incremental-" + n);
            Path articles = Files.createDirectories(dir.resolve("articles"));
            for (int i = 0; i < n; i++) copy(originals.get(i % originals.size()), articles, i);
            PlenaryDatabase db = PlenaryDatabase.at(dir.resolve("db"));
            String witness = name(originals.get(1), 1); // an article no rebuild touches

            Run first = build(articles, db, false);
            row(n, "first build", first, "", -1);
            Graph before = sourceGraph(db, witness);

            Run none = build(articles, db, false);
            row(n, "nothing changed", none, same(before, db, witness), -1);

            Path changed = articles.resolve(name(originals.get(0), 0));
            Files.writeString(changed, Files.readString(changed) + "\nThis copy was revised after publication.\n");
            Run memory = build(articles, db, true);
            // build() kept the changed article's extraction in the cache: change it again so buildInto extracts it too.
            Files.writeString(changed, Files.readString(changed) + "\nIt was revised once more.\n");
            Run changedRun = build(articles, db, false);
            row(n, "one article changed", changedRun, same(before, db, witness), memory.seconds);

            copy(originals.get(2), articles, n);
            Run added = build(articles, db, false);
            row(n, "one article added", added, same(before, db, witness), -1);

            Files.delete(articles.resolve(name(originals.get(3), 3)));
            Run removed = build(articles, db, false);
            row(n, "one article removed", removed, same(before, db, witness), -1);
            db.currentGeneration().ifPresent(db::release);
        }
    }

    record Run(double seconds, long fresh, String written) {}

    static Run build(Path articles, PlenaryDatabase db, boolean inMemoryOnly) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CorpusBuild b = CorpusBuild.create().articles(articles).progress(new PrintStream(log, true, StandardCharsets.UTF_8))
                .cache(db.extractionCache()).build();
        long t0 = System.nanoTime();
        String written = "";
        if (inMemoryOnly) b.build();
        else written = b.buildInto(db).publication().map(Destination.Published::summary).orElse("");
        double s = secs(t0);
        long fresh = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("[") && !l.endsWith("(cached)")).count();
        return new Run(s, fresh, written);
    }

    static void row(int n, String what, Run r, String same, double memory) {
        OUT.printf(Locale.ROOT, "| %,d | %s | %.1f | %d | %s | %s | %s |%n", n, what, r.seconds, r.fresh, same,
                memory < 0 ? "" : String.format(Locale.ROOT, "%.1f", memory), r.written);
    }

    static String name(Path original, int i) {
        return original.getFileName().toString().replaceFirst("\\.txt$", "") + "-copy" + String.format(Locale.ROOT, "%04d", i) + ".txt";
    }

    static void copy(Path original, Path dir, int i) throws IOException {
        Files.writeString(dir.resolve(name(original, i)), Files.readString(original) + "\nCopy " + i + " for the benchmark.\n");
    }

    static Graph sourceGraph(PlenaryDatabase db, String fileName) {
        Dataset ds = db.open();
        String id = fileName.replaceFirst("\\.txt$", "");
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().getGraph(NodeFactory.createURI(IriScheme.defaults().sourceGraph(id)))
                .find().forEachRemaining(copy::add));
        return copy;
    }

    static String same(Graph before, PlenaryDatabase db, String fileName) {
        Graph after = sourceGraph(db, fileName);
        if (before.isEmpty()) return "no (empty before)";
        return before.isIsomorphicWith(after) && before.size() == after.size() ? "yes (" + after.size() + " triples)" : "NO";
    }
}
