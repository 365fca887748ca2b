package org.plenary.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.plenary.compare.Claim;
import org.plenary.compare.Conflict;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.graph.PROV;

/**
 * The baseline of {@code bench/run conflicts}: the conflict model before issue 18, which stored one pl:Conflict node
 * per pair of disagreeing claims (pl:value1/pl:entity1, pl:value2/pl:entity2, pl:source1, pl:source2, both claims,
 * the reference, prov:wasDerivedFrom each source and a label), as ConflictGraph wrote it up to commit 6b0310f. It is
 * written here from the same comparison result the current model writes, so both run on the same claims. Its labels
 * are built from IRIs' last segments (the old writer looked names up in the dataset, per pair): the baseline is, if
 * anything, faster than the model it stands for.
 */
final class PairwiseConflicts {
    private static final Node VALUE1 = pl("value1"), VALUE2 = pl("value2"), ENTITY1 = pl("entity1"), ENTITY2 = pl("entity2"),
            SOURCE1 = pl("source1"), SOURCE2 = pl("source2");

    private PairwiseConflicts() {}

    /** Writes one node per pair of claims giving different values; returns the number of nodes. */
    static long write(List<Conflict> conflicts, IriScheme iris, StreamRDF out) {
        Node g = NodeFactory.createURI(iris.conflictsGraph());
        long nodes = 0;
        for (Conflict c : conflicts)
            for (int i = 0; i < c.values().size(); i++)
                for (int j = i + 1; j < c.values().size(); j++)
                    for (Claim a : c.values().get(i).claims())
                        for (Claim b : c.values().get(j).claims()) {
                            pair(c, a, b, c.values().get(i).reference().or(() -> c.reference()), iris, g, out);
                            nodes++;
                        }
        return nodes;
    }

    private static void pair(Conflict c, Claim a, Claim b, java.util.Optional<Node> reference, IriScheme iris, Node g, StreamRDF out) {
        Node n = NodeFactory.createURI(iris.conflict(digest(c.kind(), c.subject(), c.property(), a.graph(),
                a.node().orElse(a.subject()), a.value(), b.graph(), b.value())));
        q(out, g, n, RDF.type.asNode(), PL.Conflict.asNode());
        q(out, g, n, PL.conflictKind.asNode(), NodeFactory.createLiteralString(c.kind()));
        q(out, g, n, PL.subject.asNode(), c.subject());
        q(out, g, n, PL.property.asNode(), c.property());
        q(out, g, n, a.value().isLiteral() ? VALUE1 : ENTITY1, a.value());
        q(out, g, n, b.value().isLiteral() ? VALUE2 : ENTITY2, b.value());
        q(out, g, n, SOURCE1, a.source());
        q(out, g, n, SOURCE2, b.source());
        a.node().ifPresent(x -> q(out, g, n, PL.claim.asNode(), x));
        b.node().ifPresent(x -> q(out, g, n, PL.claim.asNode(), x));
        reference.ifPresent(x -> q(out, g, n, PL.reference.asNode(), x));
        Set<Node> sources = new LinkedHashSet<>(List.of(a.source(), b.source()));
        for (Node s : sources) q(out, g, n, PROV.wasDerivedFrom.asNode(), s);
        q(out, g, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(String.format(Locale.ROOT, "%s, %s: %s says %s; %s says %s",
                last(c.subject()), c.property().getLocalName(), last(a.source()), last(a.value()), last(b.source()), last(b.value())), "en"));
    }

    private static String last(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        String s = n.toString();
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static void q(StreamRDF out, Node g, Node s, Node p, Node o) { out.quad(Quad.create(g, s, p, o)); }

    private static Node pl(String local) { return NodeFactory.createURI(PL.NS + local); }

    private static String digest(Object... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) md.update((String.valueOf(p) + "\u0000").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
