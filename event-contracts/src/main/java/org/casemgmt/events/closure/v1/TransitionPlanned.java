package org.casemgmt.events.closure.v1;

import java.time.Instant;
import java.util.List;

/**
 * The case's transition plan was recorded or changed: where the client goes on exit, whether they agreed to be
 * contacted afterwards, and which open referrals are handed over to continue after closure (a FHIR CarePlan of
 * category "transition"). Who the client can turn to and what continues are words about the client and stay in
 * closure-service's API.
 *
 * @param caseId                the case
 * @param agencyId              the agency that owns it
 * @param episode               the episode it is for
 * @param destinationCode       the exit destination (HUD HMIS 3.12 living situation code); null until recorded
 * @param destinationCategory   HOMELESS, INSTITUTIONAL, TEMPORARY, PERMANENT or OTHER; null until recorded
 * @param followUpContactAgreed whether the client agreed to follow-up contacts after closure; null until asked
 * @param handedOverReferralIds open referrals that continue after closure
 * @param plannedBy             the staff member
 * @param plannedAt             when
 */
public record TransitionPlanned(String caseId, String agencyId, Integer episode, Integer destinationCode,
                                String destinationCategory, Boolean followUpContactAgreed,
                                List<String> handedOverReferralIds, String plannedBy, Instant plannedAt) {
}
