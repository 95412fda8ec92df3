package org.casemgmt.events.closure.v1;

/**
 * How one standardized instrument's total moved over an episode, first administration to last (SSM Initial → Exit).
 *
 * @param instrumentId    e.g. PHQ-9, GAD-7, SELF-SUFFICIENCY
 * @param firstScore      the total at the first administration
 * @param lastScore       the total at the last
 * @param change          lastScore less firstScore
 * @param administrations how many times it was administered
 */
public record InstrumentChange(String instrumentId, Integer firstScore, Integer lastScore, Integer change,
                               Integer administrations) {
}
