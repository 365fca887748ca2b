package org.plenary.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.graph.PROV;

/**
 * Writes conflicts and corroborations into graph {@code {base}graph/conflicts}: a pl:Conflict node each
 * ({@code {base}id/conflict/{digest}}) with its kind, subject, property, the two values (pl:value1/2 for
 * literals, pl:entity1/2 for entities), the two sources, the claim nodes and the reference node; a
 * pl:Corroboration node each ({@code {base}id/corroboration/{digest}}) with its claims, sources and overlap, and
 * {@code pl:corroborates} between corroborating statements. Node IRIs digest the claims, so they are stable.
 */
public final class ConflictGraph {
    private ConflictGraph() {}

    static void write(ClaimComparison.Result r, ClaimReader names, IriScheme iris, StreamRDF out) {
        Node g = NodeFactory.createURI(iris.conflictsGraph());
        for (Conflict c : r.conflicts()) {
            Node n = NodeFactory.createURI(iris.conflict(digest(c.kind(), c.subject(), c.property(),
                    c.first().graph(), c.first().node().orElse(c.first().subject()), c.value1(), c.second().graph(), c.value2())));
            q(out, g, n, RDF.type.asNode(), PL.Conflict.asNode());
            q(out, g, n, PL.conflictKind.asNode(), NodeFactory.createLiteralString(c.kind()));
            q(out, g, n, PL.subject.asNode(), c.subject());
            q(out, g, n, PL.property.asNode(), c.property());
            q(out, g, n, c.value1().isLiteral() ? PL.value1.asNode() : PL.entity1.asNode(), c.value1());
            q(out, g, n, c.value2().isLiteral() ? PL.value2.asNode() : PL.entity2.asNode(), c.value2());
            q(out, g, n, PL.source1.asNode(), c.source1());
            q(out, g, n, PL.source2.asNode(), c.source2());
            c.first().node().ifPresent(x -> q(out, g, n, PL.claim.asNode(), x));
            c.second().node().ifPresent(x -> q(out, g, n, PL.claim.asNode(), x));
            c.reference().ifPresent(x -> q(out, g, n, PL.reference.asNode(), x));
            for (Node s : Set.of(c.source1(), c.source2())) q(out, g, n, PROV.wasDerivedFrom.asNode(), s);
            q(out, g, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(label(c, names), "en"));
        }
        for (Corroboration c : r.corroborations()) {
            // the claims in a stable order: an array would digest as its identity, different on every run
            String key = c.claims().stream().map(x -> String.valueOf(x.node().orElse(x.graph()))).sorted()
                    .collect(java.util.stream.Collectors.joining("\u0000"));
            Node n = NodeFactory.createURI(iris.corroboration(digest(c.subject(), c.property(), c.claims().get(0).value(), key)));
            q(out, g, n, RDF.type.asNode(), PL.Corroboration.asNode());
            q(out, g, n, PL.subject.asNode(), c.subject());
            q(out, g, n, PL.property.asNode(), c.property());
            for (Claim x : c.claims()) x.node().ifPresent(node -> q(out, g, n, PL.claim.asNode(), node));
            for (Node s : c.sources()) {
                q(out, g, n, PL.source.asNode(), s);
                q(out, g, n, PROV.wasDerivedFrom.asNode(), s);
            }
            c.overlap().ifPresent(o -> q(out, g, n, PL.overlap.asNode(), NodeFactory.createLiteralDT(
                    BigDecimal.valueOf(o).setScale(3, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal)));
            if (c.property().equals(PL.text.asNode()))
                for (Claim a : c.claims())
                    for (Claim b : c.claims())
                        if (a != b && a.node().isPresent() && b.node().isPresent()) q(out, g, a.node().get(), PL.corroborates.asNode(), b.node().get());
            q(out, g, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(label(c, names), "en"));
        }
    }

    private static String label(Conflict c, ClaimReader names) {
        String what = c.property().getLocalName();
        return String.format(Locale.ROOT, "%s, %s: %s says %s; %s says %s", names.name(c.subject()), what,
                names.name(c.source1()), names.name(c.value1()), names.name(c.source2()), names.name(c.value2()))
                + switch (c.kind()) {
                    case Conflict.ROLE_NO_LONGER_HELD -> " (the role is claimed at that date, after it ended)";
                    case Conflict.ROLE_NOT_YET_HELD -> " (the role is claimed at that date, before it began)";
                    default -> "";
                };
    }

    private static String label(Corroboration c, ClaimReader names) {
        Set<String> sources = new LinkedHashSet<>();
        for (Node s : c.sources()) sources.add(names.name(s));
        String value = c.claims().get(0).value().isLiteral() ? c.claims().get(0).value().getLiteralLexicalForm() : names.name(c.claims().get(0).value());
        return String.format(Locale.ROOT, "%s, %s: %s (%d sources: %s)", names.name(c.subject()), c.property().getLocalName(),
                value.length() > 80 ? value.substring(0, 77) + "..." : value, sources.size(), String.join(", ", sources));
    }

    private static void q(StreamRDF out, Node g, Node s, Node p, Node o) { out.quad(Quad.create(g, s, p, o)); }

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
