package org.plenary.compare;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.plenary.graph.IriScheme;

/**
 * Compares the claims of the source graphs with each other and with graph/reference: single values of an event
 * (date, convener, chair, organizer, place, date of the mandating resolution), roles held at a date and of a
 * numbered session, and statements several sources report. The sources' graphs are only read; the findings are
 * written by {@link ConflictGraph} into a graph of their own.
 */
public final class ClaimComparison {
    public static final double DEFAULT_MIN_OVERLAP = 0.5;
    public static final int DEFAULT_MIN_SHARED = 4;

    private final IriScheme iris;
    private final double minOverlap;
    private final int minShared;

    private ClaimComparison(Builder b) {
        this.iris = b.iris;
        this.minOverlap = b.minOverlap;
        this.minShared = b.minShared;
    }

    public static Builder create() { return new Builder(); }

    /** What the comparison found. */
    public record Result(List<Conflict> conflicts, List<Corroboration> corroborations) {
        public Result {
            conflicts = List.copyOf(conflicts);
            corroborations = List.copyOf(corroborations);
        }
    }

    /** Compares; the caller holds a read (or write) transaction on the dataset. */
    public Result compare(DatasetGraph dsg) {
        ClaimReader reader = new ClaimReader(dsg, iris);
        List<Conflict> conflicts = new ArrayList<>();
        List<Corroboration> corroborations = new ArrayList<>();
        new ValueRule(reader).apply(reader.meetingClaims(), conflicts, corroborations);
        new RoleRule(reader).apply(reader.roles(), conflicts);
        new StatementRule(minOverlap, minShared).apply(reader.statements(), corroborations);
        return new Result(conflicts, corroborations);
    }

    /** Compares and writes the findings into the dataset's graph {@code {base}graph/conflicts}; the caller holds a write transaction. */
    public Result compareInto(DatasetGraph dsg) {
        Result r = compare(dsg);
        ConflictGraph.write(r, new ClaimReader(dsg, iris), iris, org.apache.jena.riot.system.StreamRDFLib.dataset(dsg));
        return r;
    }

    public static final class Builder {
        private IriScheme iris = IriScheme.defaults();
        private double minOverlap = DEFAULT_MIN_OVERLAP;
        private int minShared = DEFAULT_MIN_SHARED;

        private Builder() {}

        public Builder iris(IriScheme iris) { this.iris = iris; return this; }
        /** Share of the shorter statement's content words the other must have to corroborate it (0..1). */
        public Builder minOverlap(double share) { this.minOverlap = share; return this; }
        /** Fewest content words two corroborating statements share. */
        public Builder minShared(int words) { this.minShared = words; return this; }
        public ClaimComparison build() { return new ClaimComparison(this); }
    }
}
