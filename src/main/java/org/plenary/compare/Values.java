package org.plenary.compare;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;

/** When two values of one property say the same: one entity, overlapping dates, equal numbers, or the same words. */
final class Values {
    private Values() {}

    static boolean agree(Node a, Node b) {
        if (a.isURI() || b.isURI()) return a.equals(b);
        if (!a.isLiteral() || !b.isLiteral()) return a.equals(b);
        Optional<DateSpan> da = DateSpan.of(a), db = DateSpan.of(b);
        if (da.isPresent() && db.isPresent()) return da.get().overlaps(db.get());
        Optional<BigDecimal> na = number(a), nb = number(b);
        if (na.isPresent() && nb.isPresent()) return na.get().compareTo(nb.get()) == 0;
        return a.getLiteralLexicalForm().strip().toLowerCase(Locale.ROOT).equals(b.getLiteralLexicalForm().strip().toLowerCase(Locale.ROOT));
    }

    static Optional<BigDecimal> number(Node n) {
        if (!n.isLiteral() || !(n.getLiteralValue() instanceof Number)) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(n.getLiteralLexicalForm().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
