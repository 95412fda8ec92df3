package org.casemgmt.events.closure.v1;

import java.time.Instant;

/**
 * A follow-up's result was recorded (Primero's follow-up, HMIS RHY aftercare). The notes stay in closure-service,
 * encrypted under the client's key.
 *
 * @param followUpId          the follow-up
 * @param caseId              the case
 * @param agencyId            the agency that owns it
 * @param episode             the closed episode it follows
 * @param sequence            its place in the episode's follow-ups
 * @param result              COMPLETED, UNABLE_TO_CONTACT or DECLINED
 * @param method              PHONE, EMAIL_OR_SOCIAL, IN_PERSON_INDIVIDUAL or IN_PERSON_GROUP; null when no
 *                            contact was attempted
 * @param reached             whether the client was reached
 * @param stillStable         whether the client's situation held (asked when reached); null otherwise
 * @param destinationCategory where the client lives now (HOMELESS, INSTITUTIONAL, TEMPORARY, PERMANENT, OTHER) when
 *                            known; null otherwise
 * @param recordedBy          the staff member
 * @param recordedAt          when
 */
public record FollowUpCompleted(String followUpId, String caseId, String agencyId, Integer episode, Integer sequence,
                                String result, String method, Boolean reached, Boolean stillStable,
                                String destinationCategory, String recordedBy, Instant recordedAt) {
}
