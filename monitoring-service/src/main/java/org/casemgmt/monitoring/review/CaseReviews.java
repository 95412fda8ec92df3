package org.casemgmt.monitoring.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.inbox.AppliesEvents;
import org.casemgmt.platform.inbox.ProcessedEventIds;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.timer.DueTimer;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case's reviews and its contact clock: the next review and when it is due, the reviews held, and the last contact,
 * from which the case goes stale. What comes next (a review due, overdue, a stale case) is one durable timer in this
 * document, recomputed on every change (G-M2: the schedule follows events, not a nightly job).
 */
@Document("case_reviews")
class CaseReviews implements HasOutbox, AppliesEvents {

    static final String PLAN_APPROVED = "PLAN_APPROVED";
    static final String CADENCE = "CADENCE";
    static final String THRESHOLD_CROSSED = "THRESHOLD_CROSSED";

    @Id
    private String caseId;
    @Version
    private Long version;
    @Indexed
    private String clientId;
    @Indexed
    private String agencyId;
    private String caseManager;
    private String programId;
    private ScheduledReview next;
    private List<CompletedReview> completed = new ArrayList<>();
    /** The last contact, or the case's opening until there is one: the case goes stale counting from it. */
    private Instant contactClockFrom;
    private Instant lastContactAt;
    /** The contact clock a case.stale was announced for; a newer contact starts a new clock. */
    private Instant staleNoticedFor;
    private boolean closed;
    private DueTimer timer;
    private ProcessedEventIds processedEvents = new ProcessedEventIds();
    private List<PendingEvent> outbox = new ArrayList<>();

    CaseReviews() {
    }

    static CaseReviews of(String caseId) {
        CaseReviews reviews = new CaseReviews();
        reviews.caseId = caseId;
        return reviews;
    }

    /** What is known of the case; the contact clock starts at its opening. */
    void caseKnown(String clientId, String agencyId, String caseManager, String programId, Instant openedAt) {
        this.clientId = clientId;
        this.agencyId = agencyId;
        this.caseManager = caseManager;
        this.programId = programId;
        if (contactClockFrom == null && openedAt != null) {
            contactClockFrom = openedAt;
        }
    }

    /** The first review comes one cadence after the plan's approval, once; later ones follow the reviews held. */
    Optional<ScheduledReview> planApproved(Instant approvedAt, ReviewPolicy policy, Supplier<String> newId,
                                           Instant now) {
        if (next != null || !completed.isEmpty()) {
            return Optional.empty();
        }
        next = ScheduledReview.at(newId.get(), approvedAt.plus(policy.reviewEvery()), PLAN_APPROVED, now);
        return Optional.of(next);
    }

    /** A crossed threshold brings the next review forward to within the program's limit, never later. */
    Optional<ScheduledReview> thresholdCrossed(Instant crossedAt, ReviewPolicy policy, Supplier<String> newId,
                                               Instant now) {
        Instant latest = crossedAt.plus(policy.thresholdReviewWithin());
        if (next != null && !next.dueAt().isAfter(latest)) {
            return Optional.empty();
        }
        next = ScheduledReview.at(next == null ? newId.get() : next.reviewId(), latest, THRESHOLD_CROSSED, now);
        return Optional.of(next);
    }

    void contactRecorded(Instant occurredAt) {
        if (lastContactAt == null || occurredAt.isAfter(lastContactAt)) {
            lastContactAt = occurredAt;
        }
        if (contactClockFrom == null || occurredAt.isAfter(contactClockFrom)) {
            contactClockFrom = occurredAt;
        }
    }

    /**
     * Holds the scheduled review: a plan revision needs the adjustments it asks for, the other outcomes none. The
     * next review follows one cadence later.
     */
    ScheduledReview complete(String reviewId, ReviewOutcome outcome, String notes, List<Adjustment> adjustments,
                             String by, Instant at, ReviewPolicy policy, Supplier<String> newId) {
        if (next == null || !next.reviewId().equals(reviewId)) {
            if (completed.stream().anyMatch(review -> review.reviewId().equals(reviewId))) {
                throw new RuleViolationException("review-already-completed", "Review " + reviewId
                        + " was completed already.");
            }
            throw new ResourceNotFoundException("scheduled review of case " + caseId, reviewId);
        }
        boolean asksForChanges = adjustments != null && !adjustments.isEmpty();
        if ((outcome == ReviewOutcome.REVISE_PLAN) != asksForChanges) {
            throw new RuleViolationException("adjustments-and-outcome-disagree", outcome == ReviewOutcome.REVISE_PLAN
                    ? "A review that revises the plan names the adjustments it asks for."
                    : "Only a review with the outcome REVISE_PLAN asks for adjustments.");
        }
        completed.add(new CompletedReview(reviewId, next.dueAt(), outcome, notes, adjustments, by, at));
        next = ScheduledReview.at(newId.get(), at.plus(policy.reviewEvery()), CADENCE, at);
        return next;
    }

    void closed() {
        closed = true;
    }

    void reopened() {
        closed = false;
    }


    /** What has come due by {@code now}, in the order it is announced; each is announced once. */
    List<Due> due(Instant now, ReviewPolicy policy) {
        if (closed) {
            return List.of();
        }
        List<Due> due = new ArrayList<>();
        if (next != null && next.dueNoticedAt() == null && !now.isBefore(next.dueAt().minus(policy.reviewDueNotice()))) {
            due.add(Due.REVIEW_DUE);
        }
        if (next != null && next.overdueNotedAt() == null && !now.isBefore(next.dueAt())) {
            due.add(Due.REVIEW_OVERDUE);
        }
        if (staleAt(policy).filter(at -> !now.isBefore(at)).isPresent()) {
            due.add(Due.STALE);
        }
        return due;
    }

    enum Due { REVIEW_DUE, REVIEW_OVERDUE, STALE }

    void reviewDueNoticed(Instant at) {
        next = next.dueNoticed(at);
    }

    void reviewOverdueNoted(Instant at) {
        next = next.overdueNoted(at);
    }

    void staleNoticed() {
        staleNoticedFor = contactClockFrom;
    }

    /** The timer is set to the first thing still to come; none while the case is closed or nothing is pending. */
    void rearm(ReviewPolicy policy) {
        if (closed) {
            timer = null;
            return;
        }
        Stream<Instant> reviewMoments = next == null ? Stream.empty() : Stream.of(
                next.dueNoticedAt() == null ? next.dueAt().minus(policy.reviewDueNotice()) : null,
                next.overdueNotedAt() == null ? next.dueAt() : null);
        timer = Stream.concat(reviewMoments, staleAt(policy).stream()).filter(Objects::nonNull)
                .min(Instant::compareTo).map(DueTimer::at).orElse(null);
    }

    private Optional<Instant> staleAt(ReviewPolicy policy) {
        if (contactClockFrom == null || contactClockFrom.equals(staleNoticedFor)) {
            return Optional.empty();
        }
        return Optional.of(contactClockFrom.plus(policy.staleAfter()));
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    String getCaseId() {
        return caseId;
    }

    Long getVersion() {
        return version;
    }

    String getClientId() {
        return clientId;
    }

    String getAgencyId() {
        return agencyId;
    }

    String getCaseManager() {
        return caseManager;
    }

    String getProgramId() {
        return programId;
    }

    ScheduledReview getNext() {
        return next;
    }

    List<CompletedReview> getCompleted() {
        return List.copyOf(completed);
    }

    Instant getLastContactAt() {
        return lastContactAt;
    }

    DueTimer getTimer() {
        return timer;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }

    @Override
    public ProcessedEventIds processedEvents() {
        return processedEvents;
    }

    @Override
    public RecordOnFile recordOnFile() {
        return new RecordOnFile("case reviews", caseId, caseId, agencyId);
    }
}
