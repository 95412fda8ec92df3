package org.casemgmt.intake.eligibility;

/** The program rules an intake is checked against; the names are the codes in {@code intake.declined}. */
public enum EligibilityRule {
    AGE_RANGE,
    RESIDENCY_AREA,
    INCOME_THRESHOLD,
    DOMAINS_SERVED,
    PROGRAM_CAPACITY
}
