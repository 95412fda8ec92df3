package org.casemgmt.events.intake.v1;

/**
 * One rule an intake did not satisfy.
 *
 * @param rule    machine-readable rule code, e.g. AGE_RANGE, RESIDENCY_AREA, INCOME_THRESHOLD,
 *                DOMAINS_SERVED, PROGRAM_CAPACITY, CONSENT_MISSING
 * @param message the explanation a case worker can read to the client
 */
public record DeclineReason(String rule, String message) {
}
