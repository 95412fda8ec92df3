package org.casemgmt.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casemgmt.events.audit.v1.AuditRecorded;
import org.casemgmt.events.closure.v1.CaseClosed;
import org.casemgmt.events.closure.v1.CaseReopened;
import org.casemgmt.events.closure.v1.CaseRetentionExpired;
import org.casemgmt.events.closure.v1.ClosureDecided;
import org.casemgmt.events.closure.v1.ClosureReadinessChanged;
import org.casemgmt.events.closure.v1.ClosureRequested;
import org.casemgmt.events.closure.v1.FollowUpCompleted;
import org.casemgmt.events.closure.v1.FollowUpDeadline;
import org.casemgmt.events.closure.v1.FollowUpScheduled;
import org.casemgmt.events.closure.v1.OutcomeEvaluated;
import org.casemgmt.events.closure.v1.ReturnDetected;
import org.casemgmt.events.closure.v1.TransitionPlanned;
import org.casemgmt.events.documents.v1.DocumentAttached;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.events.intake.v1.ClientErased;
import org.casemgmt.events.intake.v1.ClientRegistered;
import org.casemgmt.events.intake.v1.ConsentGranted;
import org.casemgmt.events.intake.v1.ConsentWithdrawn;
import org.casemgmt.events.intake.v1.IntakeDeclined;
import org.casemgmt.events.monitoring.v1.AssessmentScored;
import org.casemgmt.events.monitoring.v1.CaseStale;
import org.casemgmt.events.monitoring.v1.ContactRecorded;
import org.casemgmt.events.monitoring.v1.MilestoneReached;
import org.casemgmt.events.monitoring.v1.NoteRecorded;
import org.casemgmt.events.monitoring.v1.ProgressRecorded;
import org.casemgmt.events.monitoring.v1.ReviewCompleted;
import org.casemgmt.events.monitoring.v1.ReviewDeadline;
import org.casemgmt.events.monitoring.v1.ReviewScheduled;
import org.casemgmt.events.monitoring.v1.ThresholdCrossed;
import org.casemgmt.events.partner.v1.ConsentEnded;
import org.casemgmt.events.planning.v1.GoalAbandoned;
import org.casemgmt.events.planning.v1.GoalAchieved;
import org.casemgmt.events.planning.v1.GoalRevised;
import org.casemgmt.events.planning.v1.GoalSet;
import org.casemgmt.events.planning.v1.PlanApproved;
import org.casemgmt.events.planning.v1.PlanDrafted;
import org.casemgmt.events.planning.v1.PlanRevised;
import org.casemgmt.events.referral.v1.CapacityChanged;
import org.casemgmt.events.referral.v1.CareTeamChanged;
import org.casemgmt.events.referral.v1.ReferralEscalated;
import org.casemgmt.events.referral.v1.ReferralReminded;
import org.casemgmt.events.referral.v1.ReferralRequested;
import org.casemgmt.events.referral.v1.ReferralStatusChanged;

import static org.casemgmt.events.PlatformService.CLOSURE;
import static org.casemgmt.events.PlatformService.INTAKE;
import static org.casemgmt.events.PlatformService.MONITORING;
import static org.casemgmt.events.PlatformService.PARTNER;
import static org.casemgmt.events.PlatformService.PLANNING;
import static org.casemgmt.events.PlatformService.REFERRAL;

/**
 * Every event type the platform publishes, who owns each topic (may write it) and who consumes it.
 * docs/events/asyncapi.yaml documents the same list for partners; the broker's access lists and the consumers'
 * check of {@code ce_source} are derived from it.
 */
public final class EventCatalog {

    public static final EventType<ClientRegistered> CLIENT_REGISTERED = new EventType<>("client.registered", 1, ClientRegistered.class,
            "clientId", Set.of(INTAKE), Set.of());
    public static final EventType<ConsentGranted> CONSENT_GRANTED = new EventType<>("consent.granted", 1, ConsentGranted.class,
            "caseId", Set.of(INTAKE), Set.of(REFERRAL, MONITORING));
    public static final EventType<ConsentWithdrawn> CONSENT_WITHDRAWN = new EventType<>("consent.withdrawn", 1, ConsentWithdrawn.class,
            "caseId", Set.of(INTAKE), Set.of(REFERRAL, MONITORING));
    public static final EventType<CaseOpened> CASE_OPENED = new EventType<>("case.opened", 1, CaseOpened.class,
            "caseId", Set.of(INTAKE), Set.of(PLANNING, REFERRAL, MONITORING, CLOSURE));
    public static final EventType<IntakeDeclined> INTAKE_DECLINED = new EventType<>("intake.declined", 1, IntakeDeclined.class,
            "caseId", Set.of(INTAKE), Set.of(MONITORING));
    public static final EventType<ClientErased> CLIENT_ERASED = new EventType<>("client.erased", 1, ClientErased.class,
            "clientId", Set.of(INTAKE), Set.of(PLANNING, REFERRAL, MONITORING, CLOSURE));
    public static final EventType<CaseClosed> CASE_CLOSED = new EventType<>("case.closed", 1, CaseClosed.class,
            "caseId", Set.of(CLOSURE), Set.of(INTAKE, PLANNING, REFERRAL, MONITORING));
    public static final EventType<CaseReopened> CASE_REOPENED = new EventType<>("case.reopened", 1, CaseReopened.class,
            "caseId", Set.of(CLOSURE), Set.of(INTAKE, PLANNING, REFERRAL, MONITORING));
    public static final EventType<PlanDrafted> PLAN_DRAFTED = new EventType<>("plan.drafted", 1, PlanDrafted.class,
            "caseId", Set.of(PLANNING), Set.of(MONITORING));
    public static final EventType<PlanApproved> PLAN_APPROVED = new EventType<>("plan.approved", 1, PlanApproved.class,
            "caseId", Set.of(PLANNING), Set.of(MONITORING));
    public static final EventType<PlanRevised> PLAN_REVISED = new EventType<>("plan.revised", 1, PlanRevised.class,
            "caseId", Set.of(PLANNING), Set.of(MONITORING));
    public static final EventType<GoalSet> GOAL_SET = new EventType<>("goal.set", 1, GoalSet.class,
            "caseId", Set.of(PLANNING), Set.of(REFERRAL, MONITORING, CLOSURE));
    public static final EventType<GoalRevised> GOAL_REVISED = new EventType<>("goal.revised", 1, GoalRevised.class,
            "caseId", Set.of(PLANNING), Set.of(REFERRAL, MONITORING, CLOSURE));
    public static final EventType<GoalAchieved> GOAL_ACHIEVED = new EventType<>("goal.achieved", 1, GoalAchieved.class,
            "caseId", Set.of(PLANNING), Set.of(REFERRAL, MONITORING, CLOSURE));
    public static final EventType<GoalAbandoned> GOAL_ABANDONED = new EventType<>("goal.abandoned", 1, GoalAbandoned.class,
            "caseId", Set.of(PLANNING), Set.of(REFERRAL, MONITORING, CLOSURE));
    public static final EventType<ProgressRecorded> PROGRESS_RECORDED = new EventType<>("progress.recorded", 1, ProgressRecorded.class,
            "caseId", Set.of(MONITORING), Set.of(PLANNING));
    public static final EventType<ReviewCompleted> REVIEW_COMPLETED = new EventType<>("review.completed", 1, ReviewCompleted.class,
            "caseId", Set.of(MONITORING), Set.of(PLANNING, CLOSURE));
    public static final EventType<ReferralRequested> REFERRAL_REQUESTED = new EventType<>("referral.requested", 1, ReferralRequested.class,
            "caseId", Set.of(REFERRAL), Set.of(MONITORING, CLOSURE));
    public static final EventType<ReferralStatusChanged> REFERRAL_ACCEPTED = referralTransition("referral.accepted");
    public static final EventType<ReferralStatusChanged> REFERRAL_DECLINED = referralTransition("referral.declined");
    public static final EventType<ReferralStatusChanged> REFERRAL_STARTED = referralTransition("referral.started");
    public static final EventType<ReferralStatusChanged> REFERRAL_PAUSED = referralTransition("referral.paused");
    public static final EventType<ReferralStatusChanged> REFERRAL_COMPLETED = referralTransition("referral.completed");
    public static final EventType<ReferralStatusChanged> REFERRAL_FAILED = referralTransition("referral.failed");
    public static final EventType<ReferralStatusChanged> REFERRAL_CANCELLED = referralTransition("referral.cancelled");
    public static final EventType<ReferralStatusChanged> REFERRAL_EXPIRED = referralTransition("referral.expired");
    public static final EventType<ReferralStatusChanged> REFERRAL_ENTERED_IN_ERROR = referralTransition("referral.entered-in-error");
    public static final EventType<ReferralReminded> REFERRAL_REMINDED = new EventType<>("referral.reminded", 1, ReferralReminded.class,
            "caseId", Set.of(REFERRAL), Set.of(MONITORING));
    public static final EventType<ReferralEscalated> REFERRAL_ESCALATED = new EventType<>("referral.escalated", 1, ReferralEscalated.class,
            "caseId", Set.of(REFERRAL), Set.of(MONITORING));
    public static final EventType<CapacityChanged> CAPACITY_CHANGED = new EventType<>("capacity.changed", 1, CapacityChanged.class,
            "serviceId", Set.of(REFERRAL), Set.of());
    public static final EventType<CareTeamChanged> CARE_TEAM_CHANGED = new EventType<>("care-team.changed", 1, CareTeamChanged.class,
            "caseId", Set.of(REFERRAL), Set.of(MONITORING));
    public static final EventType<ContactRecorded> CONTACT_RECORDED = new EventType<>("contact.recorded", 1, ContactRecorded.class,
            "caseId", Set.of(MONITORING), Set.of());
    public static final EventType<NoteRecorded> NOTE_RECORDED = new EventType<>("note.recorded", 1, NoteRecorded.class,
            "caseId", Set.of(MONITORING), Set.of());
    public static final EventType<MilestoneReached> MILESTONE_REACHED = new EventType<>("milestone.reached", 1, MilestoneReached.class,
            "caseId", Set.of(MONITORING), Set.of());
    public static final EventType<AssessmentScored> ASSESSMENT_SCORED = new EventType<>("assessment.scored", 1, AssessmentScored.class,
            "caseId", Set.of(MONITORING), Set.of(CLOSURE));
    public static final EventType<ThresholdCrossed> THRESHOLD_CROSSED = new EventType<>("threshold.crossed", 1, ThresholdCrossed.class,
            "caseId", Set.of(MONITORING), Set.of());
    public static final EventType<ReviewScheduled> REVIEW_SCHEDULED = new EventType<>("review.scheduled", 1, ReviewScheduled.class,
            "caseId", Set.of(MONITORING), Set.of());
    public static final EventType<ReviewDeadline> REVIEW_DUE = new EventType<>("review.due", 1, ReviewDeadline.class,
            "caseId", Set.of(MONITORING), Set.of());
    public static final EventType<ReviewDeadline> REVIEW_OVERDUE = new EventType<>("review.overdue", 1, ReviewDeadline.class,
            "caseId", Set.of(MONITORING), Set.of());
    public static final EventType<CaseStale> CASE_STALE = new EventType<>("case.stale", 1, CaseStale.class,
            "caseId", Set.of(MONITORING), Set.of());
    public static final EventType<ClosureReadinessChanged> CLOSURE_READINESS_CHANGED = new EventType<>(
            "closure.readiness-changed", 1, ClosureReadinessChanged.class, "caseId", Set.of(CLOSURE), Set.of());
    public static final EventType<ClosureRequested> CLOSURE_REQUESTED = new EventType<>("closure.requested", 1,
            ClosureRequested.class, "caseId", Set.of(CLOSURE), Set.of(MONITORING));
    public static final EventType<ClosureDecided> CLOSURE_APPROVED = new EventType<>("closure.approved", 1,
            ClosureDecided.class, "caseId", Set.of(CLOSURE), Set.of(MONITORING));
    public static final EventType<ClosureDecided> CLOSURE_REJECTED = new EventType<>("closure.rejected", 1,
            ClosureDecided.class, "caseId", Set.of(CLOSURE), Set.of(MONITORING));
    public static final EventType<TransitionPlanned> TRANSITION_PLANNED = new EventType<>("transition.planned", 1,
            TransitionPlanned.class, "caseId", Set.of(CLOSURE), Set.of(MONITORING));
    public static final EventType<FollowUpScheduled> FOLLOWUP_SCHEDULED = new EventType<>("followup.scheduled", 1,
            FollowUpScheduled.class, "caseId", Set.of(CLOSURE), Set.of());
    public static final EventType<FollowUpDeadline> FOLLOWUP_DUE = new EventType<>("followup.due", 1,
            FollowUpDeadline.class, "caseId", Set.of(CLOSURE), Set.of(MONITORING));
    public static final EventType<FollowUpDeadline> FOLLOWUP_MISSED = new EventType<>("followup.missed", 1,
            FollowUpDeadline.class, "caseId", Set.of(CLOSURE), Set.of(MONITORING));
    public static final EventType<FollowUpCompleted> FOLLOWUP_COMPLETED = new EventType<>("followup.completed", 1,
            FollowUpCompleted.class, "caseId", Set.of(CLOSURE), Set.of(MONITORING));
    public static final EventType<OutcomeEvaluated> OUTCOME_EVALUATED = new EventType<>("outcome.evaluated", 1,
            OutcomeEvaluated.class, "caseId", Set.of(CLOSURE), Set.of(MONITORING));
    public static final EventType<ReturnDetected> RETURN_DETECTED = new EventType<>("return.detected", 1,
            ReturnDetected.class, "caseId", Set.of(CLOSURE), Set.of(MONITORING));
    /**
     * Keyed by client id, as client.erased: retention ends for a client (one key per client encrypts their data), not
     * for one case, and an erasure order is no case event for the partner feeds or monitoring's timeline.
     */
    public static final EventType<CaseRetentionExpired> CASE_RETENTION_EXPIRED = new EventType<>(
            "case.retention-expired", 1, CaseRetentionExpired.class, "clientId", Set.of(CLOSURE),
            Set.of(INTAKE, PLANNING, REFERRAL, MONITORING));
    /**
     * Partners read it on their own feed ({@link #partnerFeed(String)}); its topic is the platform's record of every
     * notice sent, for the platform team, which no partner may read.
     */
    public static final EventType<ConsentEnded> CONSENT_ENDED = new EventType<>("consent.ended", 1, ConsentEnded.class,
            "caseId", Set.of(PARTNER), Set.of());
    public static final EventType<AuditRecorded> AUDIT_RECORDED = new EventType<>("audit.recorded", 1, AuditRecorded.class,
            null, EnumSet.allOf(PlatformService.class), Set.of());

    /**
     * Like the audit trail, documents belong to no one stage: each stage that keeps a case's documents (intake,
     * referral, monitoring, closure) announces those attached there.
     */
    public static final EventType<DocumentAttached> DOCUMENT_ATTACHED = new EventType<>("document.attached", 1,
            DocumentAttached.class, "caseId", Set.of(INTAKE, REFERRAL, MONITORING, CLOSURE), Set.of());

    private static final List<EventType<?>> ALL = List.of(
            CLIENT_REGISTERED, CONSENT_GRANTED, CONSENT_WITHDRAWN, CASE_OPENED, INTAKE_DECLINED, CLIENT_ERASED,
            CASE_CLOSED, CASE_REOPENED,
            PLAN_DRAFTED, PLAN_APPROVED, PLAN_REVISED, GOAL_SET, GOAL_REVISED, GOAL_ACHIEVED, GOAL_ABANDONED,
            REFERRAL_REQUESTED, REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_STARTED, REFERRAL_PAUSED,
            REFERRAL_COMPLETED, REFERRAL_FAILED, REFERRAL_CANCELLED, REFERRAL_EXPIRED, REFERRAL_ENTERED_IN_ERROR,
            REFERRAL_REMINDED, REFERRAL_ESCALATED, CAPACITY_CHANGED, CARE_TEAM_CHANGED,
            PROGRESS_RECORDED, REVIEW_COMPLETED, CONTACT_RECORDED, NOTE_RECORDED, MILESTONE_REACHED,
            ASSESSMENT_SCORED, THRESHOLD_CROSSED, REVIEW_SCHEDULED, REVIEW_DUE, REVIEW_OVERDUE, CASE_STALE,
            CLOSURE_READINESS_CHANGED, CLOSURE_REQUESTED, CLOSURE_APPROVED, CLOSURE_REJECTED, TRANSITION_PLANNED,
            FOLLOWUP_SCHEDULED, FOLLOWUP_DUE, FOLLOWUP_MISSED, FOLLOWUP_COMPLETED, OUTCOME_EVALUATED, RETURN_DETECTED,
            CASE_RETENTION_EXPIRED, CONSENT_ENDED, DOCUMENT_ATTACHED, AUDIT_RECORDED);
    private static final String PARTNER_FEED_PREFIX = "partner.";
    private static final String PARTNER_FEED_SUFFIX = ".feed";

    private EventCatalog() {
    }

    /** Every status change of a referral after it was requested has the same body, on a topic of its own. */
    private static EventType<ReferralStatusChanged> referralTransition(String topic) {
        return new EventType<>(topic, 1, ReferralStatusChanged.class, "caseId", Set.of(REFERRAL),
                Set.of(MONITORING, CLOSURE));
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byType(String ceType) {
        return ALL.stream().filter(t -> t.type().equals(ceType)).findFirst();
    }

    /** The event types {@code service} may publish. */
    public static List<EventType<?>> producedBy(PlatformService service) {
        return ALL.stream().filter(t -> t.producers().contains(service)).toList();
    }

    /**
     * The event types partner-service feeds partners from: every event of a case a stage publishes, keyed by the case
     * id, so that one case's consent decides. Not the audit trail, which is for the agency's data-protection office.
     */
    public static List<EventType<?>> partnerFeedSources() {
        return ALL.stream().filter(t -> "caseId".equals(t.subjectField()))
                .filter(t -> !t.producers().contains(PARTNER))
                .toList();
    }

    /**
     * The topic of one partner agency's feed, {@code partner.<agencyId>.feed}: the events of the cases its clients'
     * consent covers, each unchanged, and {@link #CONSENT_ENDED} when that consent ends. Only the agency reads it.
     */
    public static String partnerFeed(String agencyId) {
        if (!agencyId.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("an agency id is lower case words joined by hyphens: " + agencyId);
        }
        return PARTNER_FEED_PREFIX + agencyId + PARTNER_FEED_SUFFIX;
    }

    /** The event types {@code service} consumes. */
    public static List<EventType<?>> consumedBy(PlatformService service) {
        return ALL.stream().filter(t -> t.consumers().contains(service)).toList();
    }
}
