package org.casemgmt.events.monitoring.v1;

import java.time.Instant;
import java.util.List;

/**
 * A standardized instrument was administered and scored (a FHIR QuestionnaireResponse and the Observation of its
 * total). The answers stay in monitoring's store, encrypted; only the scores travel.
 *
 * @param assessmentId   the administration
 * @param caseId         the case
 * @param instrumentId   the instrument, e.g. PHQ-9, GAD-7, SELF-SUFFICIENCY
 * @param totalScore     the total by the instrument's scoring rule
 * @param band           the band the total falls in, e.g. minimal, mild, moderate, moderately-severe, severe
 * @param domainScores   for an instrument scored per domain, each domain's score; empty otherwise
 * @param previousScore  the total at the previous administration of the same instrument on the case; null for the
 *                       first
 * @param previousBand   the band then; null for the first
 * @param change         totalScore less previousScore; null for the first
 * @param administeredBy the staff member who administered it
 * @param administeredAt when
 */
public record AssessmentScored(String assessmentId, String caseId, String instrumentId, int totalScore, String band,
                               List<DomainScore> domainScores, Integer previousScore, String previousBand,
                               Integer change, String administeredBy, Instant administeredAt) {
}
