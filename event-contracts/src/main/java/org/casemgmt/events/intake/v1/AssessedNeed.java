package org.casemgmt.events.intake.v1;

/**
 * One need found by the initial assessment.
 *
 * @param domain   life domain: HOUSING, INCOME, PHYSICAL_HEALTH, MENTAL_HEALTH, SAFETY, LEGAL,
 *                 EDUCATION_EMPLOYMENT, FAMILY_SOCIAL (more may be added; tolerate unknown values)
 * @param severity NONE, LOW, MODERATE, HIGH or CRISIS, in that order
 * @param summary  the case worker's short description, free of identifying details; may be null
 */
public record AssessedNeed(String domain, String severity, String summary) {
}
