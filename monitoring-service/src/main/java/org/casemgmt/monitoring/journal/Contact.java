package org.casemgmt.monitoring.journal;

import java.time.Instant;
import java.util.List;

import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A contact with the client (CASA's case contact, FHIR's Encounter): when, by which medium, whether the client was
 * reached or only tried, how long, what kind, what was discussed (personal: encrypted), whether a follow-up is needed.
 */
@Document("contacts")
class Contact extends JournalEntry {

    static final int LONGEST_MINUTES = 24 * 60;

    private Instant occurredAt;
    private Medium medium;
    private boolean contactMade;
    private Integer durationMinutes;
    private List<String> contactTypes = List.of();
    private String summary;
    private boolean followUpNeeded;

    Contact() {
    }

    static Contact recorded(String id, CaseRef ref, Instant occurredAt, Medium medium, boolean contactMade,
                            Integer durationMinutes, List<String> contactTypes, String summary, boolean followUpNeeded,
                            String recordedBy, Instant now) {
        notInTheFuture(occurredAt, now, "contact");
        if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > LONGEST_MINUTES)) {
            throw new RuleViolationException("implausible-duration", "A contact lasts between 1 minute and a day, "
                    + "not " + durationMinutes + " minutes.");
        }
        Contact contact = new Contact();
        contact.filed(id, ref, recordedBy, now);
        contact.occurredAt = occurredAt;
        contact.medium = medium;
        contact.contactMade = contactMade;
        contact.durationMinutes = durationMinutes;
        contact.contactTypes = contactTypes == null ? List.of() : List.copyOf(contactTypes);
        contact.summary = summary;
        contact.followUpNeeded = followUpNeeded;
        return contact;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    Medium getMedium() {
        return medium;
    }

    boolean isContactMade() {
        return contactMade;
    }

    Integer getDurationMinutes() {
        return durationMinutes;
    }

    List<String> getContactTypes() {
        return contactTypes;
    }

    String getSummary() {
        return summary;
    }

    boolean isFollowUpNeeded() {
        return followUpNeeded;
    }
}
