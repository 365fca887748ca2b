package org.plenary.publish.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A picture of two columns of boxes joined by curves: on the left, boxes in labelled bands (participants by how they
 * took part; meetings), on the right what they link to (organizations; people met). Each right box sits as near as
 * it can to the middle of the left boxes it joins, so that curves cross little.
 */
final class LinkedColumns {
    /** A box to draw: a name (up to three lines) and a smaller detail line; {@code key} identifies it in links. */
    record Node(String key, String label, String detail, String href, String cls) {}

    /** A band of left boxes under a heading (null: no heading). */
    record Band(String heading, String cls, List<Node> nodes) {}

    /** The widths of one rendering: the whole picture, each column. */
    record Widths(int total, int left, int right) {}

    static final int MARGIN = 4, PAD = 7, NAME_SIZE = 14, DETAIL_SIZE = 12, NAME_LEADING = 17, DETAIL_LEADING = 15,
            GAP = 8, HEADING = 24, BAND_GAP = 10;

    private LinkedColumns() {}

    /**
     * The drawing of {@code bands} and {@code right}, with a curve for each pair of {@code links} (left key to right keys)
     * whose both ends are drawn.
     */
    static Drawing draw(String id, String kind, String title, String description, Widths w, List<Band> bands,
                        List<Node> right, Map<String, List<String>> links) {
        List<Drawing.Box> boxes = new ArrayList<>();
        List<Drawing.Text> texts = new ArrayList<>();
        Map<String, Drawing.Box> leftBoxes = new LinkedHashMap<>();
        int leftX = MARGIN, rightX = w.total() - MARGIN - w.right();
        int y = MARGIN;
        for (Band band : bands) {
            if (band.nodes().isEmpty()) continue;
            if (band.heading() != null) {
                texts.add(new Drawing.Text(leftX, y + 16, band.heading(), "band " + band.cls(), "start"));
                y += HEADING;
            }
            for (Node n : band.nodes()) {
                Drawing.Box b = box(n, leftX, y, w.left());
                boxes.add(b);
                leftBoxes.put(n.key(), b);
                y += b.height() + GAP;
            }
            y += BAND_GAP;
        }
        int leftBottom = y;

        // Right boxes ordered by the mean height of the left boxes they join, then placed there if free.
        Map<String, Double> wanted = new LinkedHashMap<>();
        for (Node r : right) {
            double sum = 0;
            int n = 0;
            for (Map.Entry<String, List<String>> e : links.entrySet())
                if (e.getValue().contains(r.key()) && leftBoxes.containsKey(e.getKey())) {
                    Drawing.Box b = leftBoxes.get(e.getKey());
                    sum += b.y() + b.height() / 2.0;
                    n++;
                }
            wanted.put(r.key(), n == 0 ? Double.MAX_VALUE : sum / n);
        }
        List<Node> ordered = new ArrayList<>(right);
        ordered.sort(Comparator.comparingDouble(r -> wanted.get(r.key())));
        Map<String, Drawing.Box> rightBoxes = new LinkedHashMap<>();
        int free = MARGIN + (bands.stream().anyMatch(b -> b.heading() != null) ? HEADING : 0);
        for (Node r : ordered) {
            Drawing.Box probe = box(r, rightX, 0, w.right());
            double centre = wanted.get(r.key());
            int top = centre == Double.MAX_VALUE ? free : Math.max(free, (int) Math.round(centre - probe.height() / 2.0));
            Drawing.Box b = box(r, rightX, top, w.right());
            boxes.add(b);
            rightBoxes.put(r.key(), b);
            free = top + b.height() + GAP;
        }

        List<Drawing.Edge> edges = new ArrayList<>();
        links.forEach((from, tos) -> {
            Drawing.Box a = leftBoxes.get(from);
            if (a == null) return;
            for (String to : tos) {
                Drawing.Box b = rightBoxes.get(to);
                if (b == null) continue;
                edges.add(Drawing.Edge.between(a, b, "link " + a.cls()));
            }
        });
        int height = Math.max(leftBottom, free) + MARGIN;
        return new Drawing(id, kind, title, description, w.total(), height, boxes, edges, List.of(), texts);
    }

    /** A box of {@code width} at {@code (x, y)}: the name wrapped to three lines, the detail to two smaller ones. */
    static Drawing.Box box(Node n, int x, int y, int width) {
        List<Drawing.Line> lines = new ArrayList<>();
        int baseline = PAD + NAME_SIZE - 2;
        for (String line : Drawing.wrap(n.label(), Drawing.charsFitting(width - 2 * PAD, NAME_SIZE), 3)) {
            lines.add(new Drawing.Line(x + PAD, y + baseline, line, "name"));
            baseline += NAME_LEADING;
        }
        if (n.detail() != null && !n.detail().isBlank()) {
            baseline += DETAIL_LEADING - NAME_LEADING;
            for (String line : Drawing.wrap(n.detail(), Drawing.charsFitting(width - 2 * PAD, DETAIL_SIZE), 2)) {
                lines.add(new Drawing.Line(x + PAD, y + baseline, line, "detail"));
                baseline += DETAIL_LEADING;
            }
            baseline -= DETAIL_LEADING;
        } else {
            baseline -= NAME_LEADING;
        }
        int height = baseline + PAD + 3;
        String tooltip = n.detail() == null || n.detail().isBlank() ? n.label() : n.label() + "\n" + n.detail();
        return new Drawing.Box(n.key(), x, y, width, height, n.cls(), n.href(), tooltip, lines);
    }
}
