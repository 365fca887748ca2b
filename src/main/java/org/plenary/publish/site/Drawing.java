package org.plenary.publish.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of one picture drawn as SVG on the server (issue 18, item 4): boxes with wrapped text lines, lines
 * between them and free text, in pixels. The template {@code picture-macros} writes it out with every text escaped,
 * so a name from the data can never become markup. Text widths are estimated, not measured (the server has no
 * fonts): {@link #AVERAGE_CHAR_WIDTH} of the font size per character, generous for Latin names in system-ui.
 *
 * @param id unique on the page, for the {@code aria-labelledby} of the title and description
 * @param title what the picture shows, in one line (the SVG {@code <title>})
 * @param description what it shows in words (the SVG {@code <desc>}), for readers who cannot see it
 */
public record Drawing(String id, String kind, String title, String description, int width, int height,
                      List<Box> boxes, List<Edge> edges, List<Mark> marks, List<Text> texts) {

    static final double AVERAGE_CHAR_WIDTH = 0.56;
    /** The namespace of the terms a picture's query uses in its own result model; never published (the queries write these IRIs out whole: the one prefix mapping is for published vocabularies). */
    static final String LOCAL = "urn:x-plenary-picture:";

    /**
     * A node: a rounded rectangle linking to {@code href} (null: no link), with its text lines; {@code tooltip} is its
     * whole text (the box's own SVG {@code <title>}, which also names the link for screen readers).
     */
    public record Box(String key, int x, int y, int width, int height, String cls, String href, String tooltip, List<Line> lines) {}

    /** A dot (a meeting on the timeline's axis). */
    public record Mark(int cx, int cy, int r, String cls) {}

    /** One text line inside a box, at its own offset. */
    public record Line(int x, int y, String text, String cls) {}

    /** A line as an SVG path (numbers only), joining the boxes keyed {@code from} and {@code to} (null: none). */
    public record Edge(String path, String cls, String from, String to) {
        /** A horizontal S-curve from the right side of {@code a} to the left side of {@code b}. */
        static Edge between(Box a, Box b, String cls) {
            int x1 = a.x() + a.width(), y1 = a.y() + a.height() / 2, x2 = b.x(), y2 = b.y() + b.height() / 2;
            int mid = (x1 + x2) / 2;
            return new Edge("M" + x1 + " " + y1 + " C" + mid + " " + y1 + " " + mid + " " + y2 + " " + x2 + " " + y2, cls, a.key(), b.key());
        }
    }

    /** Free text: an axis label, a band's heading; {@code anchor} is the SVG text-anchor (start, middle, end). */
    public record Text(int x, int y, String text, String cls, String anchor) {}

    /** Characters of {@code text} that fit in {@code pixels} at {@code fontSize}. */
    static int charsFitting(int pixels, int fontSize) {
        return Math.max(4, (int) Math.floor(pixels / (fontSize * AVERAGE_CHAR_WIDTH)));
    }

    /**
     * {@code text} broken at spaces (or hyphens) into lines of at most {@code width} characters, at most {@code maxLines}
     * of them; a longer text ends with an ellipsis (the full text is the box's tooltip and is in the table beside it).
     */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1 && rest.length() > width) {
                lines.add(rest.substring(0, Math.max(1, width - 1)).stripTrailing() + "\u2026");
                return lines;
            }
            if (rest.length() <= width) {
                lines.add(rest);
                break;
            }
            int cut = rest.lastIndexOf(' ', width);
            int hyphen = rest.lastIndexOf('-', width - 1);
            if (hyphen > cut) cut = hyphen + 1; // keep the hyphen on the first line
            if (cut <= 0) cut = width;
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (lines.isEmpty()) lines.add("");
        return lines;
    }
}
