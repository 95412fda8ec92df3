package org.casemgmt.monitoring.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A measurement of an objective of the plan, which planning evaluates against the objective's target
 * (progress.recorded). The case worker's note on it is personal (encrypted) and stays here.
 */
@Document("progress_entries")
class ProgressEntry implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String caseId;
    @Indexed
    private String clientId;
    private String agencyId;
    private String goalId;
    private String objectiveId;
    private double value;
    private String note;
    private Instant measuredAt;
    private String recordedBy;
    private Instant recordedAt;
    private boolean clientErased;
    private List<PendingEvent> outbox = new ArrayList<>();

    ProgressEntry() {
    }

    static ProgressEntry measured(String id, String caseId, String clientId, String agencyId, String goalId,
                                  String objectiveId, double value, String note, Instant measuredAt,
                                  String recordedBy, Instant now) {
        if (measuredAt.isAfter(now)) {
            throw new RuleViolationException("in-the-future", "A measurement is recorded once it was taken: "
                    + measuredAt + " is in the future.");
        }
        if (!Double.isFinite(value)) {
            throw new RuleViolationException("not-a-number", "A measurement is a finite number.");
        }
        ProgressEntry entry = new ProgressEntry();
        entry.id = id;
        entry.caseId = caseId;
        entry.clientId = clientId;
        entry.agencyId = agencyId;
        entry.goalId = goalId;
        entry.objectiveId = objectiveId;
        entry.value = value;
        entry.note = note;
        entry.measuredAt = measuredAt;
        entry.recordedBy = recordedBy;
        entry.recordedAt = now;
        return entry;
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    String getId() {
        return id;
    }

    String getCaseId() {
        return caseId;
    }

    String getGoalId() {
        return goalId;
    }

    String getObjectiveId() {
        return objectiveId;
    }

    double getValue() {
        return value;
    }

    String getNote() {
        return note;
    }

    Instant getMeasuredAt() {
        return measuredAt;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    boolean isClientErased() {
        return clientErased;
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }
}
