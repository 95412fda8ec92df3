package org.casemgmt.events.intake.v1;

import java.time.Instant;
import java.util.List;

/**
 * What the client agreed to: the purpose their data may be used for and the agencies that may receive it.
 * A referral to an agency not in {@code sharedWithAgencyIds} must be refused.
 *
 * @param consentId           intake's id of the consent
 * @param purpose             the purpose in the client's words or the program's standard wording
 * @param sharedWithAgencyIds agencies that may receive the client's data
 * @param expiresAt           when the consent lapses; null for no end date
 */
public record ConsentScope(String consentId, String purpose, List<String> sharedWithAgencyIds, Instant expiresAt) {
}
