package org.casemgmt.monitoring.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * What every entry of a case's journal (a contact, a note, a milestone) has: the case and client it is about, the
 * agency that owns it, who recorded it and when, and the event announcing it, saved with it.
 */
abstract class JournalEntry implements HasOutbox {

    @Id
    protected String id;
    @Version
    protected Long version;
    @Indexed
    protected String caseId;
    @Indexed
    protected String clientId;
    protected String agencyId;
    protected String recordedBy;
    protected Instant recordedAt;
    protected boolean clientErased;
    protected List<PendingEvent> outbox = new ArrayList<>();

    protected void filed(String id, CaseRef ref, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.caseId = ref.caseId();
        this.clientId = ref.clientId();
        this.agencyId = ref.agencyId();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Something that happened is recorded after the fact, never ahead of it. */
    static void notInTheFuture(Instant happenedAt, Instant now, String what) {
        if (happenedAt.isAfter(now)) {
            throw new RuleViolationException("in-the-future", "A " + what + " is recorded once it has happened: "
                    + happenedAt + " is in the future.");
        }
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public boolean isClientErased() {
        return clientErased;
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }

    /** The case an entry is filed under. */
    record CaseRef(String caseId, String clientId, String agencyId) {
    }
}
