package org.casemgmt.events.monitoring.v1;

import java.time.Instant;
import java.util.List;

/**
 * A case worker recorded a contact with the client (CASA's case contact, FHIR's Encounter). Carries no free text:
 * what was discussed is read from monitoring's API.
 *
 * @param contactId       the contact
 * @param caseId          the case
 * @param occurredAt      when the contact took place (never in the future)
 * @param medium          IN_PERSON, PHONE, VIDEO, TEXT_OR_EMAIL or LETTER (tolerate values added later)
 * @param contactMade     true when the client was reached, false when the contact was only attempted
 * @param durationMinutes how long it lasted; null when not recorded
 * @param contactTypes    what kind of contact it was, e.g. HOME_VISIT, CHECK_IN, CRISIS, APPOINTMENT (codes)
 * @param followUpNeeded  whether the case worker asked for a follow-up
 * @param recordedBy      the staff member who recorded it
 * @param recordedAt      when it was recorded
 */
public record ContactRecorded(String contactId, String caseId, Instant occurredAt, String medium, boolean contactMade,
                              Integer durationMinutes, List<String> contactTypes, boolean followUpNeeded,
                              String recordedBy, Instant recordedAt) {
}
