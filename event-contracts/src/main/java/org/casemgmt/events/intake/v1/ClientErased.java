package org.casemgmt.events.intake.v1;

import java.time.Instant;
import java.util.List;

/**
 * A client was erased at intake: intake destroyed the key that made the client's record readable. Every
 * service holding personal data of this client must now drop it or make it unreadable (destroy its own key for
 * the client), idempotently, since the event may arrive more than once. Carries ids only, so nothing in it
 * outlives the erasure. Keyed by client id.
 *
 * @param clientId the erased client, as in {@code client.registered}
 * @param agencyId the agency that registered the client
 * @param caseIds  every intake and case of the client (an intake's id is its case id once opened), so that a
 *                 consumer that keys its data by case finds what to erase; empty when the client had none
 * @param erasedBy the staff member who erased the client
 * @param erasedAt when intake destroyed the client's key
 */
public record ClientErased(String clientId, String agencyId, List<String> caseIds, String erasedBy,
                           Instant erasedAt) {
}
