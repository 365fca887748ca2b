package org.plenary.bench;

import static org.plenary.bench.BenchMain.OUT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.RDF;
import org.plenary.graph.PL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.plenary.compare.ClaimComparison;
import org.plenary.graph.IriScheme;
import org.plenary.store.PlenaryDatabase;

/**
 * How graph/conflicts grows with the sources that repeat or dispute a claim, against the model before issue 18 as
 * the baseline in the same run ({@link PairwiseConflicts}: one node per pair of disagreeing claims). The seed
 * build's two source graphs (real extractions; both hold the known errors, which the reference disputes) are copied k
 * times each under new source ids, in two cases: <b>agreeing</b>, every copy the same (2k sources agree with each
 * other and disagree with the reference), and <b>split</b>, the odd copies giving their meeting another date (k
 * sources against k on the date of the event, the case where pairs grow with the square). The comparison runs on the
 * copies plus graph/resolution and graph/reference, in memory, once per model and repetition, alternating. Reported
 * per size: the quads of the conflict records of each model (pl:Conflict and pl:DisputedValue nodes; corroborations,
 * the same in both, left out), their ratios to the previous size, and the median time of comparing and writing.
 * Linear growth: doubling the copies doubles the current model's quads (ratio ~2) in both cases, while the pairwise
 * model's grow ~4x in the split case.
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
        java.util.Set<Node> meetings = new java.util.HashSet<>();
        for (Quad q : sources)
            if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(PL.Meeting.asNode())) meetings.add(q.getSubject());
        OUT.printf(Locale.ROOT, "conflicts: seed source graphs %d quads (%d meetings); copies of each of the 2 articles; median of %d runs; "
                + "current model (one record per disputed subject and property) vs the pairwise model before issue 18 (baseline)%n",
                sources.size(), meetings.size(), reps);
        for (boolean split : new boolean[] {false, true}) {
            OUT.printf(Locale.ROOT, "%n%s%n", split ? "split: the odd copies give their meeting another date (k sources against k)"
                    : "agreeing: every copy the same (2k sources agree, the reference disputes them)");
            OUT.println("| copies of each article | sources | current: conflict quads | ratio | records | pairwise (baseline): conflict quads | ratio | pairwise / current quads | current p50 ms | pairwise p50 ms |");
            OUT.println("|---|---|---|---|---|---|---|---|---|---|");
            long previousLinear = 0, previousPairwise = 0;
            for (int copies : new int[] {1, 2, 4, 8, 16, 32, 64}) {
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                Txn.executeWrite(dsg, () -> {
                    shared.forEach(dsg::add);
                    for (int i = 0; i < copies; i++)
                        for (Quad q : sources) dsg.add(dissenting(renamed(q, iris, i), split && i % 2 == 1, meetings));
                });
                Node conflicts = NodeFactory.createURI(iris.conflictsGraph());
                Stats linearTime = new Stats(), pairwiseTime = new Stats();
                long linear = 0, pairwise = 0, records = 0;
                for (int r = 0; r < Math.max(1, reps); r++) {
                    Txn.executeWrite(dsg, () -> dsg.removeGraph(conflicts));
                    long t0 = System.nanoTime();
                    Txn.executeWrite(dsg, () -> ClaimComparison.create().iris(iris).build().compareInto(dsg));
                    linearTime.add((System.nanoTime() - t0) / 1e6);
                    linear = Txn.calculateRead(dsg, () -> recordQuads(dsg, conflicts));
                    records = Txn.calculateRead(dsg, () -> Iter.count(dsg.find(conflicts, Node.ANY, RDF.type.asNode(), PL.Conflict.asNode())));
                    Txn.executeWrite(dsg, () -> dsg.removeGraph(conflicts));
                    t0 = System.nanoTime();
                    Txn.executeWrite(dsg, () -> PairwiseConflicts.write(ClaimComparison.create().iris(iris).build().compare(dsg).conflicts(),
                            iris, StreamRDFLib.dataset(dsg)));
                    pairwiseTime.add((System.nanoTime() - t0) / 1e6);
                    pairwise = Txn.calculateRead(dsg, () -> dsg.getGraph(conflicts).size());
                }
                OUT.printf(Locale.ROOT, "| %d | %d | %d | %s | %d | %d | %s | %.1f | %.1f | %.1f |%n", copies, 2 * copies,
                        linear, ratio(linear, previousLinear), records, pairwise, ratio(pairwise, previousPairwise),
                        pairwise / (double) Math.max(1, linear), linearTime.median(), pairwiseTime.median());
                previousLinear = linear;
                previousPairwise = pairwise;
            }
        }
    }

    private static String ratio(long now, long before) {
        return before == 0 ? "-" : String.format(Locale.ROOT, "%.2f", now / (double) before);
    }

    /** The quads of the conflict records (pl:Conflict and pl:DisputedValue nodes) of graph/conflicts. */
    private static long recordQuads(DatasetGraph dsg, Node g) {
        long n = 0;
        for (var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
            Node s = it.next().getSubject();
            if (dsg.contains(g, s, RDF.type.asNode(), PL.Conflict.asNode()) || dsg.contains(g, s, RDF.type.asNode(), PL.DisputedValue.asNode())) n++;
        }
        return n;
    }

    /** In a dissenting copy, a meeting's date is another day: the copy disputes the date of the event. */
    private static Quad dissenting(Quad q, boolean dissent, java.util.Set<Node> meetings) {
        if (!dissent || !q.getPredicate().equals(PL.date.asNode()) || !meetings.contains(q.getSubject())) return q;
        return Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralDT("1999-12-31", XSDDatatype.XSDdate));
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
