package org.casemgmt.events.intake.v1;

/**
 * One need found by the initial assessment.
 *
 * @param domain   life domain: HOUSING, INCOME, PHYSICAL_HEALTH, MENTAL_HEALTH, SAFETY, LEGAL,
 *                 EDUCATION_EMPLOYMENT, FAMILY_SOCIAL (more may be added; tolerate unknown values)
 * @param severity NONE, LOW, MODERATE, HIGH or CRISIS, in that order
 * @param summary  deprecated, always null: free text about the client outlives no erasure on a topic; read it from
 *                 intake's API
 */
public record AssessedNeed(String domain, String severity, String summary) {
}
