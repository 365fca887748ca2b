package org.plenary.publish.site;

import java.util.List;

/**
 * A picture on a page (issue 18, item 4): drawn twice, for a wide and a narrow screen (the stylesheet shows one, so
 * labels keep their size on a phone instead of shrinking with the picture), with the same facts as a table for
 * readers who cannot see it and for copying.
 *
 * @param headers the table's column headings
 * @param rows the table's rows, one cell per heading (a cell's {@link Ref} links where it can)
 */
public record Picture(String id, Drawing wide, Drawing narrow, List<String> headers, List<List<Ref>> rows) {
    /** Whether there is anything to draw. */
    public boolean isEmpty() { return rows.isEmpty(); }
}
