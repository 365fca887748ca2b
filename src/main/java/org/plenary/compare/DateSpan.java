package org.plenary.compare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * A date as precise as it was stated, as the days it may stand for: xsd:date is one day, xsd:gYearMonth a month,
 * xsd:gYear a year. Two claims agree when their spans overlap ("May 2025" and "2025-05-20"), and a role ended
 * before a date when the last day its end may stand for is before the first day of the date.
 */
record DateSpan(LocalDate first, LocalDate last) {
    static Optional<DateSpan> of(Node n) {
        if (n == null || !n.isLiteral()) return Optional.empty();
        String dt = n.getLiteralDatatypeURI(), lex = n.getLiteralLexicalForm().strip();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(dt)) {
                LocalDate d = LocalDate.parse(lex.length() > 10 ? lex.substring(0, 10) : lex);
                return Optional.of(new DateSpan(d, d));
            }
            if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) {
                YearMonth ym = YearMonth.parse(lex.substring(0, 7));
                return Optional.of(new DateSpan(ym.atDay(1), ym.atEndOfMonth()));
            }
            if (XSDDatatype.XSDgYear.getURI().equals(dt)) {
                int y = Integer.parseInt(lex.substring(0, 4));
                return Optional.of(new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // not a date we can read: compared as a plain value
        }
        return Optional.empty();
    }

    boolean overlaps(DateSpan o) { return !first.isAfter(o.last) && !o.first.isAfter(last); }

    /** Every day of this span is after every day of the other. */
    boolean after(DateSpan o) { return first.isAfter(o.last); }

    boolean before(DateSpan o) { return last.isBefore(o.first); }

    boolean isDay() { return first.equals(last); }
}
