package org.plenary.eval;

/** One scored item: a hit, a miss (gold not extracted) or a spurious extraction, under one measure. */
public record Finding(String article, String measure, Outcome outcome, String detail) {
    public enum Outcome { TP, FP, FN }
}
