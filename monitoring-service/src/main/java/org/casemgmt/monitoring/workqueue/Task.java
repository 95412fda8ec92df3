package org.casemgmt.monitoring.workqueue;

import java.time.Instant;
import java.util.Locale;

import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something that needs someone now: an urgent alert, a review due, a stale case, a referral that expired or was
 * declined (the case worker); an overdue review or an escalation (the supervisors); a referral waiting for an answer
 * (the provider). Its id is derived from what it is about, so an event delivered twice makes one task, and an event
 * that ends it arriving before the one that opens it leaves it ended.
 */
@Document("tasks")
@CompoundIndex(name = "open_by_audience", def = "{'status': 1, 'audience': 1, 'dueAt': 1}")
class Task {

    enum Audience { CASE_WORKER, SUPERVISOR, PROVIDER }

    enum Status { OPEN, DONE }

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String caseId;
    @Indexed
    private String agencyId;
    private Audience audience;
    @Indexed
    private String assignee;
    @Indexed
    private String providerAgencyId;
    private TaskKind kind;
    private String urgency;
    private String subjectId;
    private Instant dueAt;
    private Instant createdAt;
    private Status status;
    private Instant doneAt;
    private String doneBy;

    Task() {
    }

    static Task open(String id, TaskKind kind, String caseId, String agencyId, String assignee,
                     String providerAgencyId, String urgency, String subjectId, Instant dueAt, Instant now) {
        Task task = new Task();
        task.id = id;
        task.kind = kind;
        task.audience = kind.audience();
        task.caseId = caseId;
        task.agencyId = agencyId;
        task.assignee = assignee;
        task.providerAgencyId = providerAgencyId;
        task.urgency = urgency;
        task.subjectId = subjectId;
        task.dueAt = dueAt;
        task.createdAt = now;
        task.status = Status.OPEN;
        return task;
    }

    /** A task ended before it was opened: when its opening arrives, it finds this and stays ended. */
    static Task endedBeforeOpened(String id, TaskKind kind, String caseId, String subjectId, String by, Instant now) {
        Task task = open(id, kind, caseId, null, null, null, null, subjectId, null, now);
        task.done(by, now);
        return task;
    }

    /** Ends the task; ending an ended task again changes nothing. */
    boolean done(String by, Instant at) {
        if (status == Status.DONE) {
            return false;
        }
        status = Status.DONE;
        doneAt = at;
        doneBy = by;
        return true;
    }

    /** What a person may close by hand: an alert or a stale case, not what closes itself when answered. */
    void requireClosableByHand() {
        if (!kind.closableByHand()) {
            throw new RuleViolationException("closes-itself", "A " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " task ends on its own when " + kind.endsWhen() + ".");
        }
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getCaseId() {
        return caseId;
    }

    String getAgencyId() {
        return agencyId;
    }

    Audience getAudience() {
        return audience;
    }

    String getAssignee() {
        return assignee;
    }

    String getProviderAgencyId() {
        return providerAgencyId;
    }

    TaskKind getKind() {
        return kind;
    }

    String getUrgency() {
        return urgency;
    }

    String getSubjectId() {
        return subjectId;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Status getStatus() {
        return status;
    }

    Instant getDoneAt() {
        return doneAt;
    }

    String getDoneBy() {
        return doneBy;
    }
}
