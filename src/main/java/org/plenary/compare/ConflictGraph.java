package org.plenary.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Writes conflicts and corroborations into graph {@code {base}graph/conflicts}: a pl:Conflict node for each
 * disputed subject and property ({@code {base}id/conflict/{digest}}) with its kind, subject, property and a
 * pl:DisputedValue node per competing value ({@code ...#value-{digest}}: pl:value for a literal, pl:entity for an
 * entity, its pl:source(s), pl:claim nodes and, for a reference fact, pl:reference); a
 * pl:Corroboration node each ({@code {base}id/corroboration/{digest}}) with its claims, sources and overlap, and
 * {@code pl:corroborates} between corroborating statements. Node IRIs digest the claims, so they are stable.
 */
public final class ConflictGraph {
    private ConflictGraph() {}

    static void write(ClaimComparison.Result r, ClaimReader names, IriScheme iris, StreamRDF out) {
        Node g = NodeFactory.createURI(iris.conflictsGraph());
        for (Conflict c : r.conflicts()) {
            // one node per subject and property (and reference role): its IRI does not depend on which sources take part
            String digest = digest(c.kind(), c.subject(), c.property(), c.reference().map(String::valueOf).orElse(""));
            Node n = NodeFactory.createURI(iris.conflict(digest));
            q(out, g, n, RDF.type.asNode(), PL.Conflict.asNode());
            q(out, g, n, PL.conflictKind.asNode(), NodeFactory.createLiteralString(c.kind()));
            q(out, g, n, PL.subject.asNode(), c.subject());
            q(out, g, n, PL.property.asNode(), c.property());
            c.reference().ifPresent(x -> q(out, g, n, PL.reference.asNode(), x));
            Set<Node> sources = new LinkedHashSet<>();
            for (Conflict.DisputedValue v : c.values()) {
                Node vn = NodeFactory.createURI(iris.conflictValue(digest, digest(v.value())));
                q(out, g, n, PL.disputedValue.asNode(), vn);
                q(out, g, vn, RDF.type.asNode(), PL.DisputedValue.asNode());
                q(out, g, vn, v.value().isLiteral() ? PL.value.asNode() : PL.entity.asNode(), v.value());
                for (Node s : v.sources()) q(out, g, vn, PL.source.asNode(), s);
                for (Claim x : v.claims()) x.node().ifPresent(node -> q(out, g, vn, PL.claim.asNode(), node));
                v.reference().ifPresent(x -> q(out, g, vn, PL.reference.asNode(), x));
                sources.addAll(v.sources());
            }
            for (Node s : sources) q(out, g, n, PROV.wasDerivedFrom.asNode(), s);
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
            if (c.property().equals(PL.text.asNode())) {
                // each statement of the group linked both ways with the group's first: linear in the group's size;
                // the whole group is the corroboration's pl:claim
                List<Node> said = c.claims().stream().flatMap(x -> x.node().stream()).toList();
                for (Node b : said.subList(Math.min(1, said.size()), said.size())) {
                    q(out, g, said.get(0), PL.corroborates.asNode(), b);
                    q(out, g, b, PL.corroborates.asNode(), said.get(0));
                }
            }
            q(out, g, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(label(c, names), "en"));
        }
    }

    private static String label(Conflict c, ClaimReader names) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s, %s: ", names.name(c.subject()), c.property().getLocalName()));
        String sep = "";
        for (Conflict.DisputedValue v : c.values()) {
            List<String> who = v.sources().stream().map(names::name).toList();
            String said = who.size() > 3 ? who.subList(0, 3) + " and " + (who.size() - 3) + " more" : String.join(", ", who);
            b.append(sep).append(said).append(who.size() == 1 ? " says " : " say ").append(names.name(v.value()));
            sep = "; ";
        }
        return b + switch (c.kind()) {
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
