package org.plenary.bench;

import static org.plenary.bench.BenchMain.OUT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.plenary.compare.ClaimComparison;
import org.plenary.graph.IriScheme;
import org.plenary.store.PlenaryDatabase;

/**
 * How graph/conflicts grows with the sources that repeat or dispute a claim: the seed build's two source graphs
 * (real extractions; both contain the known errors, and the reference disputes them) copied k times each under new
 * source ids, so 2k sources agree with each other and disagree with the reference, and each pair of copies of the
 * two articles disagrees where the articles do (who convened). The comparison runs on the copies plus
 * graph/resolution and graph/reference, in memory. Reported per size: the quads of graph/conflicts, the pl:Conflict
 * records, the rows of queries/conflicts-pairwise.rq (the pairs the model before issue 18 stored one node each),
 * and the median time of the comparison over --reps runs. Linear growth: doubling the copies doubles the quads
 * (ratio ~2), while the pairs grow ~4x.
 */
final class ConflictsBench {
    private ConflictsBench() {}

    static void run(PlenaryDatabase seed, int reps) throws Exception {
        IriScheme iris = IriScheme.defaults();
        Dataset published = seed.open();
        List<Quad> sources = new ArrayList<>(), shared = new ArrayList<>();
        Txn.executeRead(published, () -> published.asDatasetGraph().find().forEachRemaining(q -> {
            String g = q.getGraph().getURI();
            if (iris.isSourceGraph(g)) sources.add(q);
            else if (g.equals(iris.resolutionGraph()) || g.equals(iris.referenceGraph())) shared.add(q);
        }));
        String pairwise = java.nio.file.Files.readString(java.nio.file.Path.of("queries/conflicts-pairwise.rq"));
        OUT.printf(Locale.ROOT, "conflicts: seed source graphs %d quads; copies of each of the 2 articles; median of %d runs%n", sources.size(), reps);
        OUT.println("| copies of each article | sources | graph/conflicts quads | quads / source | ratio to previous size | pl:Conflict records | pairwise rows (old model's nodes) | pairwise ratio | compare p50 ms |");
        OUT.println("|---|---|---|---|---|---|---|---|---|");
        long previousQuads = 0, previousPairs = 0;
        for (int copies : new int[] {1, 2, 4, 8, 16, 32}) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(dsg, () -> {
                shared.forEach(dsg::add);
                for (int i = 0; i < copies; i++) for (Quad q : sources) dsg.add(renamed(q, iris, i));
            });
            Stats time = new Stats();
            long quads = 0, records = 0;
            Node conflicts = NodeFactory.createURI(iris.conflictsGraph());
            for (int r = 0; r < Math.max(1, reps); r++) {
                Txn.executeWrite(dsg, () -> dsg.removeGraph(conflicts));
                long t0 = System.nanoTime();
                Txn.executeWrite(dsg, () -> ClaimComparison.create().iris(iris).build().compareInto(dsg));
                time.add((System.nanoTime() - t0) / 1e6);
            }
            quads = Txn.calculateRead(dsg, () -> dsg.getGraph(conflicts).size());
            records = Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.find(conflicts, Node.ANY,
                    org.apache.jena.vocabulary.RDF.type.asNode(), org.plenary.graph.PL.Conflict.asNode())));
            long pairs = Txn.calculateRead(dsg, () -> {
                // over the union of the named graphs, as the published TDB2 dataset answers it (an in-memory dataset's
                // default graph is its own)
                var union = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getUnionGraph());
                try (QueryExecution qe = QueryExecution.model(union).query(QueryFactory.create(pairwise)).build()) {
                    long n = 0;
                    for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
                    return n;
                }
            });
            OUT.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %s | %d | %d | %s | %.1f |%n", copies, 2 * copies, quads, quads / (2.0 * copies),
                    previousQuads == 0 ? "-" : String.format(Locale.ROOT, "%.2f", quads / (double) previousQuads), records, pairs,
                    previousPairs == 0 ? "-" : String.format(Locale.ROOT, "%.2f", pairs / (double) previousPairs), time.median());
            previousQuads = quads;
            previousPairs = pairs;
        }
    }

    /** A source graph's quad under the id of its {@code i}-th copy: every IRI naming the source id renamed. */
    private static Quad renamed(Quad q, IriScheme iris, int i) {
        if (i == 0) return q;
        String g = q.getGraph().getURI();
        String id = g.substring(iris.sourceGraph("").length());
        String copy = id + "-copy" + i;
        return Quad.create(rename(q.getGraph(), id, copy), rename(q.getSubject(), id, copy), q.getPredicate(), rename(q.getObject(), id, copy));
    }

    private static Node rename(Node n, String id, String copy) {
        if (!n.isURI() || !n.getURI().contains(id)) return n;
        return NodeFactory.createURI(n.getURI().replace(id, copy));
    }
}
