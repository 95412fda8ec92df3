package org.casemgmt.events.intake.v1;

import java.time.Instant;

/**
 * The client gave informed consent during an intake. Keyed by case id (the intake's id).
 *
 * @param caseId     the intake, which becomes the case when it is opened
 * @param clientId   the client who consented
 * @param scope      purpose, receiving agencies and expiry
 * @param givenBy    who gave consent: {@code CLIENT} or {@code LEGAL_REPRESENTATIVE}
 * @param recordedBy the staff member who recorded it
 * @param grantedAt  when consent was given
 */
public record ConsentGranted(String caseId, String clientId, ConsentScope scope, String givenBy, String recordedBy,
                             Instant grantedAt) {
}
