package org.plenary.compare;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * One value one graph gives one property of one subject: "source S says the meeting M was convened by X".
 *
 * @param subject  what the claim is about (canonical IRI)
 * @param property the property
 * @param value    the value (canonical IRI or literal)
 * @param graph    the named graph stating it (a source graph or the reference graph)
 * @param source   the pl:Source, or the document a reference fact was derived from
 * @param node     the node of that graph that states it (a participation, resolution, role), if there is one
 */
public record Claim(Node subject, Node property, Node value, Node graph, Node source, Optional<Node> node) {}
