package org.casemgmt.platform.inbox;

/**
 * An aggregate that changes on consumed events. It keeps the ids of the events it has applied in its own document,
 * so that "apply the event" and "remember it was applied" are one write, and says how a change of it is filed on
 * the audit trail. {@link EventInbox} does the rest.
 */
public interface AppliesEvents {

    /** The ids of the events already applied to this aggregate. */
    ProcessedEventIds processedEvents();

    /** The record a change of this aggregate is filed under on the audit trail. */
    RecordOnFile recordOnFile();

    /**
     * @param resourceType the kind of record, as the audit trail names it ({@code plan}, {@code intake})
     * @param resourceId   its id
     * @param caseId       the case it belongs to
     * @param agencyId     the agency whose record it is, so that its auditors find the change
     */
    record RecordOnFile(String resourceType, String resourceId, String caseId, String agencyId) {
    }
}
