package org.plenary.graph;

import java.util.List;

/**
 * The outcome of checking a graph against the SHACL shapes: whether it conforms and, if not, what is wrong.
 *
 * @param conforms true when there are no results at all (of any severity)
 * @param findings the results, sorted by focus node, path and message
 */
public record Validation(boolean conforms, List<Finding> findings) {

    public Validation {
        findings = List.copyOf(findings);
    }

    /**
     * One validation result, formatted for people: IRIs in full for resources, with prefixes for vocabulary.
     *
     * @param severity "Violation", "Warning" or "Info"
     * @param focusNode the resource that fails
     * @param path the property path, or "" when the result is about the node itself
     * @param message what the shape requires
     * @param value the offending value, or "" when a value is missing
     */
    public record Finding(String severity, String focusNode, String path, String message, String value) {
        /** The finding as a few indented lines. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            sb.append(severity).append(": ").append(focusNode).append('\n');
            if (!path.isEmpty())
                sb.append("  path:    ").append(path).append('\n');
            sb.append("  message: ").append(message).append('\n');
            if (!value.isEmpty())
                sb.append("  value:   ").append(value).append('\n');
            return sb.toString();
        }
    }

    /** A readable multi-line report: a summary line, then each finding. */
    public String report() {
        if (conforms)
            return "Conforms: the graph satisfies the Plenary shapes.\n";
        StringBuilder sb = new StringBuilder();
        sb.append("Does not conform: ").append(findings.size())
          .append(findings.size() == 1 ? " result" : " results").append(".\n");
        for (Finding f : findings)
            sb.append(f.text());
        return sb.toString();
    }
}
