package org.plenary.publish.site;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The meetings on a vertical time axis, earliest first: a year heading where the year changes, each meeting a dot at
 * its date with its name, date and place beside it; meetings further apart in time are further apart on the axis
 * (by the square root of the days between them, so that one long gap does not push the rest off the screen).
 * Undated meetings follow under their own heading. Vertical, so that it reads on a phone as on a desktop.
 */
final class MeetingTimeline {
    /** A meeting to place: {@code dates} as the sources give them (ISO 8601: a day, month or year), maybe several. */
    record Meeting(Ref ref, List<String> dates, String places) {}

    private static final int MARGIN = 4, DATE_RIGHT = 84, AXIS = 94, LABEL_LEFT = 108, STEP = 10, MAX_EXTRA = 90, YEAR = 30;

    private MeetingTimeline() {}

    static Picture of(List<Meeting> meetings) {
        List<Meeting> dated = new ArrayList<>(), undated = new ArrayList<>();
        for (Meeting m : meetings) (first(m) == null ? undated : dated).add(m);
        dated.sort(Comparator.comparing(MeetingTimeline::first).thenComparing(m -> m.ref().label()));
        undated.sort(Comparator.comparing(m -> m.ref().label()));
        String title = "Timeline of the meetings";
        String desc = meetings.size() + " meeting" + (meetings.size() == 1 ? "" : "s") + " on a time axis, earliest first"
                + (dated.isEmpty() ? "" : ", from " + first(dated.get(0)) + " to " + first(dated.get(dated.size() - 1)))
                + (undated.isEmpty() ? "" : "; " + undated.size() + " without a date at the end")
                + ". The list of meetings below gives the same.";
        List<List<Ref>> rows = new ArrayList<>();
        for (Meeting m : dated) rows.add(List.of(Ref.text(String.join(" / ", m.dates())), m.ref(), Ref.text(m.places())));
        for (Meeting m : undated) rows.add(List.of(Ref.text(""), m.ref(), Ref.text(m.places())));
        return new Picture("timeline", draw("timeline-wide", title, desc, 720, dated, undated),
                draw("timeline-narrow", title, desc, 320, dated, undated), List.of("Date", "Meeting", "Place"), rows);
    }

    private static Drawing draw(String id, String title, String desc, int width, List<Meeting> dated, List<Meeting> undated) {
        List<Drawing.Box> boxes = new ArrayList<>();
        List<Drawing.Mark> marks = new ArrayList<>();
        List<Drawing.Text> texts = new ArrayList<>();
        int labelWidth = width - LABEL_LEFT - MARGIN;
        int y = MARGIN;
        String year = null, previous = null;
        int axisTop = -1;
        for (Meeting m : dated) {
            String date = first(m);
            if (!date.substring(0, 4).equals(year)) {
                year = date.substring(0, 4);
                texts.add(new Drawing.Text(DATE_RIGHT, y + 20, year, "year", "end"));
                y += YEAR;
            } else if (previous != null) {
                y += extra(previous, date);
            }
            if (axisTop < 0) axisTop = y;
            y = place(m, date, "dated", y, labelWidth, boxes, marks, texts);
            previous = date;
        }
        if (!undated.isEmpty()) {
            texts.add(new Drawing.Text(DATE_RIGHT, y + 20, "no date", "year", "end"));
            y += YEAR;
            if (axisTop < 0) axisTop = y;
            for (Meeting m : undated) y = place(m, null, "undated", y, labelWidth, boxes, marks, texts);
        }
        List<Drawing.Edge> edges = new ArrayList<>();
        if (axisTop >= 0) edges.add(new Drawing.Edge("M" + AXIS + " " + (axisTop - 6) + " V" + (y - STEP), "axis", null, null));
        return new Drawing(id, "timeline", title, desc, width, y + MARGIN, boxes, edges, marks, texts);
    }

    /** Draws one meeting at {@code y}; the height below it where the next may start. */
    private static int place(Meeting m, String date, String cls, int y, int labelWidth, List<Drawing.Box> boxes,
                             List<Drawing.Mark> marks, List<Drawing.Text> texts) {
        String detail = String.join(" / ", m.dates()) + (m.places() == null || m.places().isEmpty() ? "" : (m.dates().isEmpty() ? "" : " · ") + m.places());
        // as wide as its longest line needs (estimated), at most the room there is
        int needed = (int) Math.ceil(Math.max(m.ref().label().length() * LinkedColumns.NAME_SIZE, detail.length() * LinkedColumns.DETAIL_SIZE)
                * Drawing.AVERAGE_CHAR_WIDTH) + 2 * LinkedColumns.PAD + 8;
        Drawing.Box b = LinkedColumns.box(new LinkedColumns.Node(m.ref().iri(), m.ref().label(), detail, m.ref().href(), "meeting " + cls),
                LABEL_LEFT, y, Math.min(labelWidth, needed));
        boxes.add(b);
        int dotY = y + LinkedColumns.PAD + LinkedColumns.NAME_SIZE / 2;
        marks.add(new Drawing.Mark(AXIS, dotY, 6, cls));
        if (date != null) texts.add(new Drawing.Text(DATE_RIGHT - 6, dotY + 4, dayAndMonth(date), "date", "end"));
        return y + b.height() + STEP;
    }

    /** Extra room between two dates of one year: the square root of the days between them, at most {@link #MAX_EXTRA}. */
    private static int extra(String from, String to) {
        try {
            long days = ChronoUnit.DAYS.between(day(from), day(to));
            return (int) Math.min(MAX_EXTRA, Math.round(Math.sqrt(Math.max(0, days)) * 4));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** "20 May" for 2025-05-20, "May" for 2025-05, "" for a year (the year is the heading above). */
    static String dayAndMonth(String iso) {
        if (iso.length() < 7 || !iso.substring(5, 7).matches("\\d{2}")) return "";
        int month = Integer.parseInt(iso.substring(5, 7));
        if (month < 1 || month > 12) return "";
        String name = MONTHS[month - 1];
        return iso.length() >= 10 && iso.substring(8, 10).matches("\\d{2}") ? Integer.parseInt(iso.substring(8, 10)) + " " + name : name;
    }

    private static LocalDate day(String iso) {
        String d = iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso.substring(0, 10);
        return LocalDate.parse(d);
    }

    /** The earliest date given that starts with a year (ISO 8601), or null. */
    static String first(Meeting m) {
        return m.dates().stream().filter(d -> d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")).sorted().findFirst().orElse(null);
    }
}
