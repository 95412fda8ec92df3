package org.casemgmt.events.partner.v1;

import java.time.Instant;

/**
 * A partner agency's feed will carry nothing more of a case: the consent that let the agency see it was withdrawn or
 * expired, and no other consent of the case covers the agency. Sent once, on that agency's feed only, keyed by case
 * id; a later consent that covers the agency again starts the case's events flowing again.
 *
 * @param caseId    the case
 * @param agencyId  the partner agency whose feed this is
 * @param consentId the consent that ended (the last one that covered the agency)
 * @param reason    {@code WITHDRAWN} (consent.withdrawn) or {@code EXPIRED} (its {@code expiresAt} passed)
 * @param endedAt   when the consent was withdrawn, or when it expired
 */
public record ConsentEnded(String caseId, String agencyId, String consentId, String reason, Instant endedAt) {

    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String EXPIRED = "EXPIRED";
}
