package org.casemgmt.events.intake.v1;

import java.time.Instant;

/**
 * The client withdrew a consent. From {@code withdrawnAt} on, no agency may receive their data under it;
 * referral stops sharing and planning stops suggesting providers that relied on it. Keyed by case id.
 *
 * @param caseId      the intake or case the consent belonged to
 * @param clientId    the client
 * @param consentId   the withdrawn consent
 * @param reason      deprecated, always null: the client's words outlive no erasure on a topic; read it from
 *                    intake's API
 * @param recordedBy  the staff member who recorded the withdrawal
 * @param withdrawnAt when it was withdrawn
 */
public record ConsentWithdrawn(String caseId, String clientId, String consentId, String reason, String recordedBy,
                               Instant withdrawnAt) {
}
