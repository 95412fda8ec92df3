package org.casemgmt.monitoring.timeline;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event of one case, as the timeline shows it. Codes and ids only, never free text or the client's data, so
 * client.erased leaves nothing here to erase: what it tells (a note was written, a referral accepted) is the case's
 * history, and what it links to is erased where it is kept.
 *
 * @param id           the event's id: a redelivery or a replay finds it taken and adds nothing
 * @param caseId       the case
 * @param topic        the topic it came on, e.g. {@code referral.accepted}
 * @param type         its CloudEvents type, with the contract's version
 * @param stage        the stage that published it: intake, planning, referral, monitoring or closure
 * @param occurredAt   when it happened, as its body says (else when it was published); the timeline's order
 * @param recordedAt   when monitoring received it
 * @param actor        the staff member (or service) who did it, when the body names one
 * @param summary      what happened, in a few words built from the body's codes
 * @param link         where the owning stage's API serves the resource it concerns; null when unknown
 * @param confidential kept from partner providers (a confidential progress note): only the case's agency sees it
 */
@Document("timeline_entries")
@CompoundIndex(name = "case_in_order", def = "{'caseId': 1, 'occurredAt': 1, 'recordedAt': 1, '_id': 1}")
record TimelineEntry(@Id String id, String caseId, String topic, String type, String stage, Instant occurredAt,
                     Instant recordedAt, String actor, String summary, String link, boolean confidential) {
}
