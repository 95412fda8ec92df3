package org.casemgmt.events.intake.v1;

import java.time.Instant;
import java.util.List;

/**
 * What the client agreed to: the agencies that may receive their data, and until when.
 * A referral to an agency not in {@code sharedWithAgencyIds} must be refused.
 *
 * @param consentId           intake's id of the consent
 * @param purpose             deprecated, always null: free text about the client outlives no erasure on a topic;
 *                            read it from intake's API
 * @param sharedWithAgencyIds agencies that may receive the client's data
 * @param expiresAt           when the consent lapses; null for no end date
 */
public record ConsentScope(String consentId, String purpose, List<String> sharedWithAgencyIds, Instant expiresAt) {
}
