package org.plenary.bench;

import java.nio.file.*;
import java.util.*;
import java.util.concurrent.TimeUnit;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.*;
import org.apache.jena.riot.*;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.plenary.store.PlenaryDatabase;
import org.plenary.graph.IriScheme;

/**
 * Ad-hoc probe used for the 10 M CQ study (bench/RESULTS.md, "Issue #7 item 3"): generate a synthetic N-Quads file
 * from a seed dump, bulk-load it into a bare TDB2 directory, and time query files on it (as quads with the union
 * default graph, as triples in a stored default graph, or in memory from N-Triples; -Dhash=true turns off ARQ's
 * index-join strategy and BGP merging), or count the distinct hash codes of a query's rows.
 * Usage: java -cp ... org.plenary.bench.CqProbe gen SEED.nq N OUT.nq | load FILE DIR | q DIR|FILE.nt union reps Q.rq... | hash DIR Q.rq
 */
public class CqProbe {
    public static void main(String[] a) throws Exception {
        switch (a[0]) {
            case "gen" -> {
                long t0 = System.nanoTime();
                long n = Synthetic.generate(Path.of(a[1]), IriScheme.DEFAULT_BASE, Long.parseLong(a[2]), Path.of(a[3]));
                System.out.printf("generated %d in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            case "load" -> {
                Path dir = Files.createDirectories(Path.of(a[2]));
                var ds = TDB2Factory.connectDataset(Location.create(dir));
                long t0 = System.nanoTime();
                PlenaryDatabase.bulkLoad(ds.asDatasetGraph(), out -> RDFParser.source(Path.of(a[1])).lang(Lang.NQUADS).parse(out));
                System.out.printf("loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            case "q" -> {
                // q DIR union(true|false) reps file...
                Dataset ds;
                if (a[1].endsWith(".nt")) {
                    ds = DatasetFactory.createTxnMem();
                    RDFDataMgr.read(ds, a[1]);
                    
                    System.out.println("in memory: " + a[1]);
                } else {
                ds = TDB2Factory.connectDataset(Location.create(Path.of(a[1])));
                if (Boolean.parseBoolean(a[2])) ds.getContext().set(TDB2.symUnionDefaultGraph, true);
                }
                int reps = Integer.parseInt(a[3]);
                if (Boolean.getBoolean("hash")) {
                    ds.getContext().set(org.apache.jena.query.ARQ.optIndexJoinStrategy, false);
                    ds.getContext().set(org.apache.jena.query.ARQ.optMergeBGPs, false);
                    System.out.println("hash joins");
                }
                for (int i = 4; i < a.length; i++) {
                    String q = Files.readString(Path.of(a[i]));
                    List<Double> ts = new ArrayList<>();
                    long rows = 0;
                    for (int r = 0; r <= reps; r++) {
                        long t = System.nanoTime();
                        long[] n = new long[1];
                        Txn.executeRead(ds, () -> {
                            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).timeout(300, TimeUnit.SECONDS).build()) {
                                qe.execSelect().forEachRemaining(x -> n[0]++);
                            }
                        });
                        rows = n[0];
                        if (r > 0 || reps == 0) ts.add((System.nanoTime() - t) / 1e6);
                    }
                    Collections.sort(ts);
                    System.out.printf(Locale.ROOT, "%-40s rows %7d  p50 %7.0f  max %7.0f  all %s%n", Path.of(a[i]).getFileName(), rows, ts.get(ts.size() / 2), ts.get(ts.size() - 1), ts);
                }
            }
            case "hash" -> {
                var ds = TDB2Factory.connectDataset(Location.create(Path.of(a[1])));
                ds.getContext().set(TDB2.symUnionDefaultGraph, true);
                String q = Files.readString(Path.of(a[2]));
                Map<Integer,Integer> h = new HashMap<>();
                Set<org.apache.jena.sparql.engine.binding.Binding> rows = new HashSet<>();
                Txn.executeRead(ds, () -> {
                    try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                        var rs = qe.execSelect();
                        while (rs.hasNext()) { var b = org.apache.jena.sparql.engine.binding.BindingFactory.copy(rs.nextBinding()); if (rows.add(b)) h.merge(b.hashCode(), 1, Integer::sum); }
                    }
                });
                int max = h.values().stream().mapToInt(x -> x).max().orElse(0);
                System.out.printf("distinct rows %d, distinct hashes %d, max per hash %d%n", rows.size(), h.size(), max);
            }
            default -> throw new IllegalArgumentException(a[0]);
        }
    }
}
