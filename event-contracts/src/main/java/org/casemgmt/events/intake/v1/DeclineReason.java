package org.casemgmt.events.intake.v1;

/**
 * One rule an intake did not satisfy.
 *
 * @param rule    machine-readable rule code, e.g. AGE_RANGE, RESIDENCY_AREA, INCOME_THRESHOLD,
 *                DOMAINS_SERVED, PROGRAM_CAPACITY, CONSENT_MISSING
 * @param message deprecated, always null: it quotes the client's age, area or income, which outlive no erasure on a
 *                topic; read it from intake's API
 */
public record DeclineReason(String rule, String message) {
}
