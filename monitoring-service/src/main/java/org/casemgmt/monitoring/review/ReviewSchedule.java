package org.casemgmt.monitoring.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.closure.v1.CaseClosed;
import org.casemgmt.events.closure.v1.CaseReopened;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.events.monitoring.v1.ContactRecorded;
import org.casemgmt.events.monitoring.v1.ThresholdCrossed;
import org.casemgmt.events.planning.v1.PlanApproved;
import org.casemgmt.monitoring.casefile.CaseFile;
import org.casemgmt.monitoring.casefile.CaseFiles;
import org.casemgmt.monitoring.feed.CaseEventProjection;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.persistence.ExpectedVersion;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalTextEncryption;
import org.casemgmt.platform.privacy.StoredTexts;
import org.casemgmt.platform.timer.DueTimerHandler;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * Keeps each case's review schedule and contact clock from events (the case opened, the plan approved, a contact, a
 * crossed threshold, the case closed or re-opened), fires its durable timer (review.due, review.overdue, case.stale)
 * and records completed reviews (review.completed, and the next review.scheduled).
 */
@Service
class ReviewSchedule implements CaseEventProjection, DueTimerHandler {

    static final String COLLECTION = "case_reviews";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReviewPolicies.class)
    static class Wiring {
        /** The reviewers' notes and their adjustments' words, under the client's key. */
        @Bean
        PersonalTextEncryption reviewTexts(PersonalDataCipher cipher) {
            return new PersonalTextEncryption(cipher, COLLECTION, "clientId") {
                @Override
                protected void rewriteTexts(Map<String, Object> reviews, UnaryOperator<String> change) {
                    StoredTexts.each(reviews, "completed", review -> {
                        StoredTexts.text(review, "notes", change);
                        StoredTexts.each(review, "adjustments", adjustment ->
                                StoredTexts.text(adjustment, "description", change));
                    });
                }
            };
        }
    }

    private final CaseReviewsRepository schedules;
    private final CaseFiles caseFiles;
    private final ReviewEvents events;
    private final ReviewPolicies policies;
    private final EventInbox inbox;
    private final CurrentActor actor;
    private final Clock clock;

    ReviewSchedule(CaseReviewsRepository schedules, CaseFiles caseFiles, ReviewEvents events, ReviewPolicies policies,
                   EventInbox inbox, CurrentActor actor, Clock clock) {
        this.schedules = schedules;
        this.caseFiles = caseFiles;
        this.events = events;
        this.policies = policies;
        this.inbox = inbox;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public void project(IncomingEvent<?> event) {
        switch (event.data()) {
            case CaseOpened opened -> apply(event, opened.caseId(), reviews -> { });
            case PlanApproved approved -> apply(event, approved.caseId(), reviews -> { });
            case ContactRecorded contact -> apply(event, contact.caseId(),
                    reviews -> reviews.contactRecorded(contact.occurredAt()));
            case ThresholdCrossed crossed -> apply(event, crossed.caseId(), reviews -> reviews.thresholdCrossed(
                    crossed.crossedAt(), policy(reviews), ReviewSchedule::newId, clock.instant())
                    .ifPresent(review -> reviews.publish(events.scheduled(reviews, review))));
            case CaseClosed closed -> apply(event, closed.caseId(), CaseReviews::closed);
            case CaseReopened reopened -> apply(event, reopened.caseId(), CaseReviews::reopened);
            default -> {
            }
        }
    }

    /**
     * Every change first brings in what the case file knows (its projection ran first), so the events' order across
     * topics does not matter: the first review is scheduled as soon as both the opening and the approval are known.
     */
    private void apply(IncomingEvent<?> event, String caseId, Consumer<CaseReviews> change) {
        CaseReviews reviews = schedules.findById(caseId).orElseGet(() -> CaseReviews.of(caseId));
        inbox.apply(event, reviews, AuditAction.UPDATE, r -> {
            caseFiles.find(caseId).filter(CaseFile::isOpened).ifPresent(file -> {
                r.caseKnown(file.getClientId(), file.getAgencyId(), file.getCaseManager(), file.getProgramId(),
                        file.getOpenedAt());
                if (file.getPlanApprovedAt() != null) {
                    r.planApproved(file.getPlanApprovedAt(), policy(r), ReviewSchedule::newId, clock.instant())
                            .ifPresent(review -> r.publish(events.scheduled(r, review)));
                }
            });
            change.accept(r);
            r.rearm(policy(r));
        }, schedules::save);
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    /** Announces what came due, each once: a second call for the same moment finds it announced. */
    @Override
    public void fire(String caseId) {
        schedules.findById(caseId).ifPresent(reviews -> {
            Instant now = clock.instant();
            ReviewPolicy policy = policy(reviews);
            for (CaseReviews.Due due : reviews.due(now, policy)) {
                switch (due) {
                    case REVIEW_DUE -> {
                        reviews.reviewDueNoticed(now);
                        reviews.publish(events.deadline(EventCatalog.REVIEW_DUE, reviews, now));
                    }
                    case REVIEW_OVERDUE -> {
                        reviews.reviewOverdueNoted(now);
                        reviews.publish(events.deadline(EventCatalog.REVIEW_OVERDUE, reviews, now));
                    }
                    case STALE -> {
                        reviews.publish(events.stale(reviews, policy, now));
                        reviews.staleNoticed();
                    }
                }
            }
            reviews.rearm(policy);
            schedules.save(reviews);
        });
    }

    CaseReviews of(String caseId) {
        CaseFile file = caseFiles.visible(caseId);
        return schedules.findById(file.getCaseId()).orElseGet(() -> CaseReviews.of(file.getCaseId()));
    }

    CaseReviews complete(String caseId, String reviewId, long expectedVersion, ReviewOutcome outcome, String notes,
                         List<Adjustment> adjustments) {
        CaseReviews reviews = of(caseId);
        ExpectedVersion.check("case reviews", caseId, reviews.getVersion(), expectedVersion);
        Instant now = clock.instant();
        ReviewPolicy policy = policy(reviews);
        ScheduledReview next = reviews.complete(reviewId, outcome, notes, adjustments, actor.id(), now, policy,
                ReviewSchedule::newId);
        reviews.publish(events.completed(reviews, reviews.getCompleted().getLast()));
        reviews.publish(events.scheduled(reviews, next));
        reviews.rearm(policy);
        return schedules.save(reviews);
    }

    private ReviewPolicy policy(CaseReviews reviews) {
        return policies.of(reviews.getProgramId());
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
