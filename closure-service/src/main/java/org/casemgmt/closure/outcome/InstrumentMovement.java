package org.casemgmt.closure.outcome;

/** One instrument's total, first administration to last, over the case. */
public record InstrumentMovement(String instrumentId, int firstScore, int lastScore, int change,
                                 int administrations) {
}
