package org.casemgmt.monitoring.workqueue;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.closure.v1.ClosureDecided;
import org.casemgmt.events.closure.v1.ClosureRequested;
import org.casemgmt.events.closure.v1.FollowUpCompleted;
import org.casemgmt.events.closure.v1.FollowUpDeadline;
import org.casemgmt.events.monitoring.v1.CaseStale;
import org.casemgmt.events.monitoring.v1.ContactRecorded;
import org.casemgmt.events.monitoring.v1.ReviewCompleted;
import org.casemgmt.events.monitoring.v1.ReviewDeadline;
import org.casemgmt.events.monitoring.v1.ThresholdCrossed;
import org.casemgmt.events.referral.v1.ReferralEscalated;
import org.casemgmt.events.referral.v1.ReferralRequested;
import org.casemgmt.events.referral.v1.ReferralStatusChanged;
import org.casemgmt.monitoring.casefile.CaseFile;
import org.casemgmt.monitoring.casefile.CaseFiles;
import org.casemgmt.monitoring.feed.CaseEventProjection;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens and ends tasks from events: monitoring's own (thresholds, reviews, stale cases, contacts), referral's
 * (answers awaited, expiries, declines, escalations) and closure's (closures awaiting a supervisor, follow-ups due
 * or missed). Task ids come from what they are about, so a redelivered event
 * changes nothing, and an event that ends a task may arrive before the one that opens it.
 */
@Component
class WorkQueueProjection implements CaseEventProjection {

    private static final String SYSTEM = "monitoring-service";

    private final TaskRepository tasks;
    private final CaseFiles caseFiles;
    private final Clock clock;

    WorkQueueProjection(TaskRepository tasks, CaseFiles caseFiles, Clock clock) {
        this.tasks = tasks;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Override
    public void project(IncomingEvent<?> event) {
        switch (event.data()) {
            case ThresholdCrossed crossed -> forCaseWorker(crossed.taskId(), TaskKind.THRESHOLD_CROSSED,
                    crossed.caseId(), crossed.severity(), crossed.assessmentId(), crossed.crossedAt());
            case ReviewDeadline deadline when event.type().equals(EventCatalog.REVIEW_DUE.type()) ->
                    forCaseWorker("review-due-" + deadline.reviewId(), TaskKind.REVIEW_DUE, deadline.caseId(), "HIGH",
                            deadline.reviewId(), deadline.dueAt());
            case ReviewDeadline deadline -> {
                end("review-due-" + deadline.reviewId(), TaskKind.REVIEW_DUE, deadline.caseId(), deadline.reviewId(),
                        SYSTEM);
                forSupervisors("review-overdue-" + deadline.reviewId(), TaskKind.REVIEW_OVERDUE, deadline.caseId(),
                        deadline.reviewId(), deadline.dueAt());
            }
            case ReviewCompleted review -> {
                end("review-due-" + review.reviewId(), TaskKind.REVIEW_DUE, review.caseId(), review.reviewId(),
                        review.reviewedBy());
                end("review-overdue-" + review.reviewId(), TaskKind.REVIEW_OVERDUE, review.caseId(),
                        review.reviewId(), review.reviewedBy());
                if ("ESCALATE".equals(review.outcome())) {
                    forSupervisors("review-escalated-" + review.reviewId(), TaskKind.REVIEW_ESCALATED,
                            review.caseId(), review.reviewId(), review.completedAt());
                }
            }
            case CaseStale stale -> forCaseWorker("stale-" + stale.caseId() + "-" + stale.detectedAt().toEpochMilli(),
                    TaskKind.CASE_STALE, stale.caseId(), "HIGH", stale.caseId(), stale.detectedAt());
            case ContactRecorded contact -> tasks.findByCaseIdAndKindAndStatus(contact.caseId(), TaskKind.CASE_STALE,
                    Task.Status.OPEN).forEach(task -> {
                        task.done(contact.recordedBy(), contact.recordedAt());
                        tasks.save(task);
                    });
            case ReferralRequested requested -> {
                if (requested.replacesReferralId() != null) {
                    tasks.findByCaseIdAndSubjectIdAndStatus(requested.caseId(), requested.replacesReferralId(),
                            Task.Status.OPEN).forEach(task -> {
                                task.done(requested.requestedBy(), requested.requestedAt());
                                tasks.save(task);
                            });
                }
                insert(Task.open("answer-" + requested.referralId(), TaskKind.REFERRAL_AWAITING_ANSWER,
                        requested.caseId(), requested.requestingAgencyId(), null, requested.receivingAgencyId(),
                        requested.priority(), requested.referralId(), requested.respondBy(), clock.instant()));
            }
            case ReferralStatusChanged changed -> {
                end("answer-" + changed.referralId(), TaskKind.REFERRAL_AWAITING_ANSWER, changed.caseId(),
                        changed.referralId(), changed.changedBy());
                if (event.type().equals(EventCatalog.REFERRAL_EXPIRED.type())) {
                    forCaseWorker("expired-" + changed.referralId(), TaskKind.REFERRAL_EXPIRED, changed.caseId(),
                            "HIGH", changed.referralId(), changed.changedAt());
                } else if (event.type().equals(EventCatalog.REFERRAL_DECLINED.type())) {
                    forCaseWorker("declined-" + changed.referralId(), TaskKind.REFERRAL_DECLINED, changed.caseId(),
                            "NORMAL", changed.referralId(), changed.changedAt());
                }
            }
            case ClosureRequested requested -> forSupervisors("closure-" + requested.closureId(),
                    TaskKind.CLOSURE_AWAITING_APPROVAL, requested.caseId(), requested.closureId(),
                    requested.requestedAt());
            case ClosureDecided decided -> end("closure-" + decided.closureId(), TaskKind.CLOSURE_AWAITING_APPROVAL,
                    decided.caseId(), decided.closureId(), decided.decidedBy());
            case FollowUpDeadline due when event.type().equals(EventCatalog.FOLLOWUP_DUE.type()) ->
                    forCaseWorker("follow-up-due-" + due.followUpId(), TaskKind.FOLLOW_UP_DUE, due.caseId(), "NORMAL",
                            due.followUpId(), due.dueAt());
            case FollowUpDeadline missed -> forSupervisors("follow-up-missed-" + missed.followUpId(),
                    TaskKind.FOLLOW_UP_MISSED, missed.caseId(), missed.followUpId(), missed.at());
            case FollowUpCompleted completed -> {
                end("follow-up-due-" + completed.followUpId(), TaskKind.FOLLOW_UP_DUE, completed.caseId(),
                        completed.followUpId(), completed.recordedBy());
                end("follow-up-missed-" + completed.followUpId(), TaskKind.FOLLOW_UP_MISSED, completed.caseId(),
                        completed.followUpId(), completed.recordedBy());
            }
            case ReferralEscalated escalated -> forSupervisors("escalated-" + escalated.referralId(),
                    TaskKind.REFERRAL_ESCALATED, escalated.caseId(), escalated.referralId(), escalated.escalatedAt());
            default -> {
            }
        }
    }

    private void forCaseWorker(String id, TaskKind kind, String caseId, String urgency, String subjectId,
                               Instant dueAt) {
        Optional<CaseFile> file = caseFiles.find(caseId);
        insert(Task.open(id, kind, caseId, file.map(CaseFile::getAgencyId).orElse(null),
                file.map(CaseFile::getCaseManager).orElse(null), null, urgency, subjectId, dueAt, clock.instant()));
    }

    private void forSupervisors(String id, TaskKind kind, String caseId, String subjectId, Instant dueAt) {
        insert(Task.open(id, kind, caseId, caseFiles.find(caseId).map(CaseFile::getAgencyId).orElse(null), null,
                null, "HIGH", subjectId, dueAt, clock.instant()));
    }

    private void end(String id, TaskKind kind, String caseId, String subjectId, String by) {
        Optional<Task> task = tasks.findById(id);
        if (task.isPresent()) {
            if (task.get().done(by, clock.instant())) {
                tasks.save(task.get());
            }
        } else {
            insert(Task.endedBeforeOpened(id, kind, caseId, subjectId, by, clock.instant()));
        }
    }

    /** A task that exists already (a redelivery, or ended before it opened) stays as it is. */
    private void insert(Task task) {
        try {
            tasks.insert(task);
        } catch (DuplicateKeyException alreadyThere) {
            // applied before
        }
    }
}
