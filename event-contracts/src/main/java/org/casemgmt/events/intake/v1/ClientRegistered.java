package org.casemgmt.events.intake.v1;

import java.time.Instant;

/**
 * A client record was created at intake. Carries no personal data: consumers that need the person ask
 * intake, which checks consent. Keyed by client id (there is no case yet).
 *
 * @param clientId     intake's id of the client
 * @param agencyId     the agency that registered the client
 * @param registeredBy the staff member who registered the client
 * @param registeredAt when the record was created
 */
public record ClientRegistered(String clientId, String agencyId, String registeredBy, Instant registeredAt) {
}
