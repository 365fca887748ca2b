package org.plenary.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Checks a build's output against the SHACL shapes of {@code ontology/shapes.ttl} with Jena SHACL.
 * The shapes are parsed once; a validator is immutable and safe to share.
 */
public final class ShapesValidator {
    // Long literals (an article body) would swamp the report; a finding only needs to identify the value.
    private static final int MAX_VALUE_LENGTH = 120;

    private static final PrefixMapping PREFIXES = Prefixes.select(PL.PREFIX, "oa", "prov", "rdf", "xsd");
    private static final PrefixMap PREFIX_MAP = PrefixMapFactory.create(PREFIXES);

    private static final class Plenary { static final ShapesValidator INSTANCE = new ShapesValidator(Shapes.parse(Ontology.shapes())); }

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) { this.shapes = shapes; }

    /** The validator for the Plenary shapes, loaded from the classpath once. */
    public static ShapesValidator plenary() { return Plenary.INSTANCE; }

    /** A validator for other shapes (for example a stricter local profile). */
    public static ShapesValidator of(Graph shapesGraph) { return new ShapesValidator(Shapes.parse(shapesGraph)); }

    /** The parsed shapes. */
    public Shapes shapes() { return shapes; }

    /** Validates one graph, such as the union of a build's quads. */
    public Validation validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return validation(report.conforms(), report.getEntries());
    }

    /**
     * Validates only the given nodes of {@code data}, each against the shapes that target it: what a rebuild checks
     * when it changed only some graphs of a generation that conformed (the nodes those changes touch).
     */
    public Validation validate(Graph data, Collection<Node> focusNodes) {
        boolean conforms = true;
        List<ReportEntry> entries = new ArrayList<>();
        for (Node n : focusNodes) {
            ValidationReport report = ShaclValidator.get().validate(shapes, data, n);
            conforms &= report.conforms();
            entries.addAll(report.getEntries());
        }
        return validation(conforms, entries);
    }

    private static Validation validation(boolean conforms, Collection<ReportEntry> entries) {
        List<Validation.Finding> findings = entries.stream()
                .map(ShapesValidator::finding)
                .sorted(Comparator.comparing(Validation.Finding::focusNode)
                        .thenComparing(Validation.Finding::path)
                        .thenComparing(Validation.Finding::message)
                        .thenComparing(Validation.Finding::value))
                .toList();
        return new Validation(conforms, findings);
    }

    /**
     * Validates the union of all named graphs of a dataset (the default graph of every Plenary query).
     * Runs in a read transaction of its own unless the caller is already in one.
     */
    public Validation validate(DatasetGraph dsg) {
        if (dsg.supportsTransactions() && !dsg.isInTransaction())
            return validate(Txn.calculateRead(dsg, () -> distinctTriples(dsg)));
        return validate(distinctTriples(dsg));
    }

    /**
     * The union of the named graphs as one in-memory graph of distinct triples. The shapes read each triple many
     * times, and a union view over a plain in-memory dataset looks in every graph each time: SHACL on a 1,000-article
     * build took 114 s that way, 3 s on this copy (bench/RESULTS.md).
     */
    private static Graph distinctTriples(DatasetGraph dsg) {
        Graph union = GraphFactory.createGraphMem();
        dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    private static Validation.Finding finding(ReportEntry entry) {
        String path = entry.resultPath() == null ? "" : entry.resultPath().toString(new Prologue(PREFIXES));
        String value = entry.value() == null ? "" : shorten(NodeFmtLib.str(entry.value(), PREFIX_MAP));
        String message = entry.message() == null ? "" : entry.message();
        return new Validation.Finding(severity(entry.severity()), NodeFmtLib.str(entry.focusNode(), PREFIX_MAP),
                                      path, message, value);
    }

    private static String severity(Severity severity) {
        Node level = severity.level();
        return level.isURI() ? level.getLocalName() : level.toString();
    }

    private static String shorten(String s) {
        if (s.codePointCount(0, s.length()) <= MAX_VALUE_LENGTH)
            return s;
        return s.substring(0, s.offsetByCodePoints(0, MAX_VALUE_LENGTH)) + "...";
    }
}
