package org.casemgmt.monitoring.timeline;

import static org.casemgmt.events.EventCatalog.ASSESSMENT_SCORED;
import static org.casemgmt.events.EventCatalog.CARE_TEAM_CHANGED;
import static org.casemgmt.events.EventCatalog.CASE_CLOSED;
import static org.casemgmt.events.EventCatalog.CASE_OPENED;
import static org.casemgmt.events.EventCatalog.CASE_REOPENED;
import static org.casemgmt.events.EventCatalog.CASE_STALE;
import static org.casemgmt.events.EventCatalog.CLOSURE_APPROVED;
import static org.casemgmt.events.EventCatalog.CLOSURE_REJECTED;
import static org.casemgmt.events.EventCatalog.CLOSURE_REQUESTED;
import static org.casemgmt.events.EventCatalog.FOLLOWUP_COMPLETED;
import static org.casemgmt.events.EventCatalog.FOLLOWUP_DUE;
import static org.casemgmt.events.EventCatalog.FOLLOWUP_MISSED;
import static org.casemgmt.events.EventCatalog.OUTCOME_EVALUATED;
import static org.casemgmt.events.EventCatalog.RETURN_DETECTED;
import static org.casemgmt.events.EventCatalog.TRANSITION_PLANNED;
import static org.casemgmt.events.EventCatalog.CONSENT_GRANTED;
import static org.casemgmt.events.EventCatalog.CONSENT_WITHDRAWN;
import static org.casemgmt.events.EventCatalog.CONTACT_RECORDED;
import static org.casemgmt.events.EventCatalog.GOAL_ABANDONED;
import static org.casemgmt.events.EventCatalog.GOAL_ACHIEVED;
import static org.casemgmt.events.EventCatalog.GOAL_REVISED;
import static org.casemgmt.events.EventCatalog.GOAL_SET;
import static org.casemgmt.events.EventCatalog.INTAKE_DECLINED;
import static org.casemgmt.events.EventCatalog.DOCUMENT_ATTACHED;
import static org.casemgmt.events.EventCatalog.MILESTONE_REACHED;
import static org.casemgmt.events.EventCatalog.NOTE_RECORDED;
import static org.casemgmt.events.EventCatalog.PLAN_APPROVED;
import static org.casemgmt.events.EventCatalog.PLAN_DRAFTED;
import static org.casemgmt.events.EventCatalog.PLAN_REVISED;
import static org.casemgmt.events.EventCatalog.PROGRESS_RECORDED;
import static org.casemgmt.events.EventCatalog.REFERRAL_ACCEPTED;
import static org.casemgmt.events.EventCatalog.REFERRAL_CANCELLED;
import static org.casemgmt.events.EventCatalog.REFERRAL_COMPLETED;
import static org.casemgmt.events.EventCatalog.REFERRAL_DECLINED;
import static org.casemgmt.events.EventCatalog.REFERRAL_ENTERED_IN_ERROR;
import static org.casemgmt.events.EventCatalog.REFERRAL_ESCALATED;
import static org.casemgmt.events.EventCatalog.REFERRAL_EXPIRED;
import static org.casemgmt.events.EventCatalog.REFERRAL_FAILED;
import static org.casemgmt.events.EventCatalog.REFERRAL_PAUSED;
import static org.casemgmt.events.EventCatalog.REFERRAL_REMINDED;
import static org.casemgmt.events.EventCatalog.REFERRAL_REQUESTED;
import static org.casemgmt.events.EventCatalog.REFERRAL_STARTED;
import static org.casemgmt.events.EventCatalog.REVIEW_COMPLETED;
import static org.casemgmt.events.EventCatalog.REVIEW_DUE;
import static org.casemgmt.events.EventCatalog.REVIEW_OVERDUE;
import static org.casemgmt.events.EventCatalog.REVIEW_SCHEDULED;
import static org.casemgmt.events.EventCatalog.THRESHOLD_CROSSED;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.intake.v1.ConsentScope;
import org.casemgmt.events.intake.v1.DeclineReason;
import org.casemgmt.events.referral.v1.ReferralStatusChanged;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.springframework.stereotype.Component;

/**
 * How each topic's body reads on the timeline: when it happened, who did it, what happened in a few words, and where
 * the owning stage serves the resource. One line of the table per topic (one per family for the referral
 * transitions, which share a body). Summaries are built from codes and ids only: the few free texts contracts still
 * carry (a review's summary, a progress note, a re-opening's reason) stay off the timeline.
 *
 * <p>A component, not a plain rule, because it reads other stages' contracts: this is where they are translated at
 * the door (StageArchitectureTest), and it holds no state, so it is tested with {@code new}.
 */
@Component
class TimelineMapping {

    private static final String REFERRAL_PREFIX = "referral.";

    private static final Map<String, Mapping<?>> BY_TYPE = Stream.concat(Stream.<Mapping<?>>of(
            // intake
            map(CASE_OPENED, e -> new Line(e.openedAt(), null,
                    with("Case opened", e.programId(), labelled("priority", e.priority())), intake(e.caseId()))),
            map(CONSENT_GRANTED, e -> new Line(e.grantedAt(), e.recordedBy(),
                    consentGranted(e.givenBy(), e.scope()), intake(e.caseId()))),
            map(CONSENT_WITHDRAWN, e -> new Line(e.withdrawnAt(), e.recordedBy(), "Consent withdrawn",
                    intake(e.caseId()))),
            map(INTAKE_DECLINED, e -> new Line(e.declinedAt(), e.declinedBy(),
                    with("Intake declined", e.programId(), codes(e.reasons(), DeclineReason::rule)),
                    intake(e.caseId()))),
            // planning
            map(PLAN_DRAFTED, e -> new Line(e.draftedAt(), null, with("Plan version " + e.planVersion() + " drafted",
                    count(e.suggestedGoals(), "goal suggested", "goals suggested")), plan(e.planId()))),
            map(PLAN_APPROVED, e -> new Line(e.approvedAt(), e.approvedBy(),
                    with("Plan version " + e.planVersion() + " approved", e.selfApproved() ? "self-approved" : null),
                    plan(e.planId()) + "/versions/" + e.planVersion())),
            map(PLAN_REVISED, e -> new Line(e.revisedAt(), e.revisedBy(),
                    with("Plan version " + e.planVersion() + " opened for revision",
                            e.reviewId() == null ? null : "asked for by a review"),
                    plan(e.planId()))),
            map(GOAL_SET, e -> new Line(e.setAt(), null,
                    with("Goal " + e.needDomain() + " set", labelled("priority", e.priority())),
                    goal(e.planId(), e.goalId()))),
            map(GOAL_REVISED, e -> new Line(e.revisedAt(), null,
                    with("Goal " + e.needDomain() + " revised", "plan version " + e.planVersion()),
                    goal(e.planId(), e.goalId()))),
            map(GOAL_ACHIEVED, e -> new Line(e.achievedAt(), null, "Goal " + e.needDomain() + " achieved",
                    goal(e.planId(), e.goalId()))),
            map(GOAL_ABANDONED, e -> new Line(e.abandonedAt(), e.abandonedBy(), "Goal " + e.needDomain() + " abandoned",
                    goal(e.planId(), e.goalId()))),
            // referral
            map(REFERRAL_REQUESTED, e -> new Line(e.requestedAt(), e.requestedBy(),
                    with(e.replacesReferralId() == null ? "Referral requested" : "Referral re-routed",
                            e.receivingAgencyId(), e.needDomain(), labelled("priority", e.priority())),
                    referral(e.referralId()))),
            map(REFERRAL_REMINDED, e -> new Line(e.remindedAt(), null,
                    with("Referral reminder sent", e.receivingAgencyId(), labelled("answer due", e.respondBy())),
                    referral(e.referralId()))),
            map(REFERRAL_ESCALATED, e -> new Line(e.escalatedAt(), null,
                    with("Referral escalated to " + e.escalatedTo(), e.reason()), referral(e.referralId()))),
            map(CARE_TEAM_CHANGED, e -> new Line(e.changedAt(), e.changedBy(),
                    with("Care team changed", count(e.members() == null ? List.of()
                            : e.members().stream().filter(m -> "active".equals(m.status())).toList(),
                            "active member", "active members")),
                    "/api/referral/cases/" + e.caseId() + "/care-team")),
            // closure
            map(CASE_CLOSED, e -> new Line(e.closedAt(), e.closedBy(), with("Case closed", e.reason()),
                    closure(e.caseId()))),
            map(CASE_REOPENED, e -> new Line(e.reopenedAt(), e.reopenedBy(),
                    with("Case reopened", e.episode() == null ? null : "episode " + e.episode()),
                    closure(e.caseId()))),
            map(CLOSURE_REQUESTED, e -> new Line(e.requestedAt(), e.requestedBy(),
                    with("Closure requested", e.reason(), e.outcome(), labelled("destination", e.destinationCategory()),
                            Boolean.TRUE.equals(e.overridden()) ? "completion criteria overridden" : null),
                    closure(e.caseId()))),
            map(CLOSURE_APPROVED, e -> new Line(e.decidedAt(), e.decidedBy(), "Closure approved",
                    closure(e.caseId()))),
            map(CLOSURE_REJECTED, e -> new Line(e.decidedAt(), e.decidedBy(), "Closure rejected",
                    closure(e.caseId()))),
            map(TRANSITION_PLANNED, e -> new Line(e.plannedAt(), e.plannedBy(),
                    with("Transition planned", labelled("destination", e.destinationCategory()),
                            Boolean.TRUE.equals(e.followUpContactAgreed()) ? "follow-ups agreed" : null,
                            e.handedOverReferralIds() == null || e.handedOverReferralIds().isEmpty() ? null
                                    : count(e.handedOverReferralIds(), "referral handed over",
                                    "referrals handed over")),
                    closure(e.caseId()))),
            map(FOLLOWUP_DUE, e -> new Line(e.at(), null,
                    with("Follow-up " + e.sequence() + " due", labelled("due", e.dueAt())), followUps(e.caseId()))),
            map(FOLLOWUP_MISSED, e -> new Line(e.at(), null,
                    with("Follow-up " + e.sequence() + " missed", labelled("due", e.dueAt())), followUps(e.caseId()))),
            map(FOLLOWUP_COMPLETED, e -> new Line(e.recordedAt(), e.recordedBy(),
                    with("Follow-up " + e.sequence() + " recorded", e.result(),
                            Boolean.TRUE.equals(e.reached()) ? "client reached" : "client not reached",
                            labelled("living", e.destinationCategory())),
                    followUps(e.caseId()))),
            map(OUTCOME_EVALUATED, e -> new Line(e.evaluatedAt(), null,
                    with("Outcome evaluated", e.goalsMet() + " of " + e.goalsTotal() + " goals met",
                            e.daysOpen() + " days open", labelled("destination", e.destinationCategory())),
                    closure(e.caseId()) + "/outcome")),
            map(RETURN_DETECTED, e -> new Line(e.returnedAt(), null,
                    with("Client came back", e.via(), "within " + e.withinMonths() + " months of the exit"),
                    closure(e.caseId()) + "/outcome")),
            // monitoring
            map(CONTACT_RECORDED, e -> new Line(e.occurredAt(), e.recordedBy(),
                    with(e.contactMade() ? "Contact made" : "Contact attempted", e.medium(),
                            codes(e.contactTypes(), Function.identity()),
                            e.durationMinutes() == null ? null : e.durationMinutes() + " min",
                            e.followUpNeeded() ? "follow-up needed" : null),
                    monitoring(e.caseId(), "contacts"))),
            map(NOTE_RECORDED, e -> new Line(e.recordedAt(), e.recordedBy(),
                    e.confidential() ? "Confidential note recorded" : "Note recorded", monitoring(e.caseId(), "notes"),
                    e.confidential())),
            map(MILESTONE_REACHED, e -> new Line(e.reachedAt(), e.recordedBy(), "Milestone " + e.kind() + " reached",
                    monitoring(e.caseId(), "milestones"))),
            // Monitoring's own documents: the other stages' stay on their own lists of the case's documents.
            map(DOCUMENT_ATTACHED, e -> new Line(e.attachedAt(), e.attachedBy(),
                    "Document attached: " + e.documentType(), monitoring(e.caseId(), "documents/" + e.documentId()))),
            map(PROGRESS_RECORDED, e -> new Line(e.recordedAt(), e.recordedBy(),
                    "Progress recorded: " + number(e.indicatorValue()), monitoring(e.caseId(), "progress"))),
            map(ASSESSMENT_SCORED, e -> new Line(e.administeredAt(), e.administeredBy(),
                    e.instrumentId() + " scored " + e.totalScore() + (e.band() == null ? "" : ": " + e.band())
                            + (e.change() == null ? "" : " (%+d)".formatted(e.change())),
                    assessment(e.caseId(), e.assessmentId()))),
            map(THRESHOLD_CROSSED, e -> new Line(e.crossedAt(), null, with(switch (String.valueOf(e.kind())) {
                case "ITEM" -> e.instrumentId() + " item " + e.trigger() + " triggered an alert";
                case "BAND" -> e.instrumentId() + " reached band " + e.trigger();
                default -> e.instrumentId() + " threshold " + e.trigger() + " crossed";
            }, e.severity()), assessment(e.caseId(), e.assessmentId()))),
            map(REVIEW_SCHEDULED, e -> new Line(e.scheduledAt(), null,
                    with("Review scheduled", labelled("due", e.dueAt()), e.reason()), reviews(e.caseId()))),
            map(REVIEW_DUE, e -> new Line(e.noticedAt(), null, with("Review due soon", labelled("due", e.dueAt())),
                    reviews(e.caseId()))),
            map(REVIEW_OVERDUE, e -> new Line(e.noticedAt(), null, with("Review overdue", labelled("due", e.dueAt())),
                    reviews(e.caseId()))),
            map(REVIEW_COMPLETED, e -> new Line(e.completedAt(), e.reviewedBy(),
                    with("Review completed", e.outcome(), count(e.requestedAdjustments(), "adjustment requested",
                            "adjustments requested")),
                    reviews(e.caseId()))),
            map(CASE_STALE, e -> new Line(e.detectedAt(), null, "No contact for " + e.staleAfterDays() + " days",
                    monitoring(e.caseId(), "contacts")))),
            Stream.of(REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_STARTED, REFERRAL_PAUSED, REFERRAL_COMPLETED,
                    REFERRAL_FAILED, REFERRAL_CANCELLED, REFERRAL_EXPIRED, REFERRAL_ENTERED_IN_ERROR)
                    .map(TimelineMapping::referralTransition))
            .collect(Collectors.toUnmodifiableMap(mapping -> mapping.type().type(), mapping -> mapping));

    /**
     * The entry for an event the door let in: the body's moment, or, when the body gives none or the topic has no
     * line in the table (a contract added later), the event's publication time and the topic as the summary.
     */
    TimelineEntry entryFor(IncomingEvent<?> event, Instant recordedAt) {
        EventType<?> type = EventCatalog.byType(event.type()).orElse(null);
        String topic = type == null ? event.type() : type.topic();
        Mapping<?> mapping = BY_TYPE.get(event.type());
        Line line = mapping == null ? new Line(null, null, topic, null) : mapping.lineOf(event.data());
        Instant occurredAt = Stream.of(line.occurredAt(), event.time(), recordedAt).filter(Objects::nonNull)
                .findFirst().orElseThrow();
        return new TimelineEntry(event.id(), event.subject(), topic, event.type(), stageOf(type), occurredAt,
                recordedAt, line.actor(), line.summary(), line.link(), line.confidential());
    }

    /** The stage is the topic's owner in the catalogue. */
    private static String stageOf(EventType<?> type) {
        return type == null ? null : type.producers().iterator().next().name().toLowerCase(Locale.ROOT);
    }

    /** What one body says. */
    private record Line(Instant occurredAt, String actor, String summary, String link, boolean confidential) {

        Line(Instant occurredAt, String actor, String summary, String link) {
            this(occurredAt, actor, summary, link, false);
        }
    }

    private record Mapping<T>(EventType<T> type, Function<T, Line> line) {

        Line lineOf(Object data) {
            return line.apply(type.payloadType().cast(data));
        }
    }

    private static <T> Mapping<T> map(EventType<T> type, Function<T, Line> line) {
        return new Mapping<>(type, line);
    }

    /** "Referral accepted (shelter-north)", "Referral declined (shelter-north, no-capacity)". */
    private static Mapping<?> referralTransition(EventType<ReferralStatusChanged> type) {
        String verb = type.topic().substring(REFERRAL_PREFIX.length()).replace('-', ' ');
        boolean start = type.equals(REFERRAL_STARTED);
        return map(type, e -> new Line(e.changedAt(), e.changedBy(),
                with("Referral " + (start && "on-hold".equals(e.previousStatus()) ? "resumed" : verb),
                        e.receivingAgencyId(), e.statusReason(), e.outcome()),
                referral(e.referralId())));
    }

    private static String consentGranted(String givenBy, ConsentScope scope) {
        String granted = givenBy == null ? "Consent granted" : "Consent granted by " + givenBy;
        String agencies = scope == null ? null : codes(scope.sharedWithAgencyIds(), Function.identity());
        return agencies == null ? granted : granted + ", shared with " + agencies;
    }

    /** {@code text}, then the details given in brackets: "Case closed (GOALS_ACHIEVED)". */
    private static String with(String text, String... details) {
        String given = Arrays.stream(details).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return given.isEmpty() ? text : text + " (" + given + ")";
    }

    private static String labelled(String label, Object value) {
        return value == null ? null : label + " " + value;
    }

    private static <T> String codes(List<T> items, Function<T, String> code) {
        String joined = items == null ? "" : items.stream().map(code).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private static String count(List<?> items, String one, String many) {
        int size = items == null ? 0 : items.size();
        return size + " " + (size == 1 ? one : many);
    }

    /** 30.0 reads 30, 2.50 reads 2.5. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String intake(String caseId) {
        return "/api/intake/intakes/" + caseId;
    }

    private static String plan(String planId) {
        return "/api/planning/plans/" + planId;
    }

    private static String goal(String planId, String goalId) {
        return plan(planId) + "/goals/" + goalId;
    }

    private static String referral(String referralId) {
        return "/api/referral/referrals/" + referralId;
    }

    private static String closure(String caseId) {
        return "/api/closure/cases/" + caseId;
    }

    private static String followUps(String caseId) {
        return closure(caseId) + "/follow-ups";
    }

    private static String monitoring(String caseId, String collection) {
        return "/api/monitoring/cases/" + caseId + "/" + collection;
    }

    private static String assessment(String caseId, String assessmentId) {
        return monitoring(caseId, "assessments") + "/" + assessmentId;
    }

    private static String reviews(String caseId) {
        return monitoring(caseId, "reviews");
    }
}
