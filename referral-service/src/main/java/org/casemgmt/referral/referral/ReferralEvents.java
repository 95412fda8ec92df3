package org.casemgmt.referral.referral;

import java.util.Map;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.referral.v1.ReferralEscalated;
import org.casemgmt.events.referral.v1.ReferralReminded;
import org.casemgmt.events.referral.v1.ReferralRequested;
import org.casemgmt.events.referral.v1.ReferralStatusChanged;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/**
 * Turns referral changes into the published contracts, keyed by the case id. Ids and codes only: the case worker's
 * note and the provider's notes are read from the API, where consent and erasure govern them.
 */
@Component
class ReferralEvents {

    private static final Map<ReferralAction, EventType<ReferralStatusChanged>> TOPIC_OF = Map.of(
            ReferralAction.ACCEPT, EventCatalog.REFERRAL_ACCEPTED,
            ReferralAction.DECLINE, EventCatalog.REFERRAL_DECLINED,
            ReferralAction.START, EventCatalog.REFERRAL_STARTED,
            ReferralAction.RESUME, EventCatalog.REFERRAL_STARTED,
            ReferralAction.PAUSE, EventCatalog.REFERRAL_PAUSED,
            ReferralAction.COMPLETE, EventCatalog.REFERRAL_COMPLETED,
            ReferralAction.FAIL, EventCatalog.REFERRAL_FAILED,
            ReferralAction.CANCEL, EventCatalog.REFERRAL_CANCELLED,
            ReferralAction.EXPIRE, EventCatalog.REFERRAL_EXPIRED,
            ReferralAction.MARK_ENTERED_IN_ERROR, EventCatalog.REFERRAL_ENTERED_IN_ERROR);

    private final EventRecorder recorder;

    ReferralEvents(EventRecorder recorder) {
        this.recorder = recorder;
    }

    PendingEvent requested(Referral referral) {
        return recorder.record(EventCatalog.REFERRAL_REQUESTED, referral.getCaseId(), new ReferralRequested(
                referral.getId(), referral.getCaseId(), referral.getGoalId(), referral.getNeedDomain(),
                referral.getServiceId(), referral.getOrganizationId(), referral.getReceivingAgencyId(),
                referral.getAgencyId(), referral.getRequestedBy(), referral.getPriority(), referral.getRespondBy(),
                referral.getConsentId(), referral.getReplacesReferralId(), referral.getRequestedAt()));
    }

    /** The referral's last step, on the topic of its action. */
    PendingEvent transitioned(Referral referral) {
        StatusChange step = referral.lastChange();
        return recorder.record(TOPIC_OF.get(step.action()), referral.getCaseId(), new ReferralStatusChanged(
                referral.getId(), referral.getCaseId(), referral.getServiceId(), referral.getOrganizationId(),
                referral.getReceivingAgencyId(), step.from().code(), step.to().code(), step.reason(),
                referral.getOutcome() == null ? null : referral.getOutcome().code(), step.by(), step.at()));
    }

    PendingEvent reminded(Referral referral) {
        return recorder.record(EventCatalog.REFERRAL_REMINDED, referral.getCaseId(), new ReferralReminded(
                referral.getId(), referral.getCaseId(), referral.getServiceId(), referral.getOrganizationId(),
                referral.getReceivingAgencyId(), referral.getRespondBy(), referral.getRemindedAt()));
    }

    PendingEvent escalated(Referral referral) {
        return recorder.record(EventCatalog.REFERRAL_ESCALATED, referral.getCaseId(), new ReferralEscalated(
                referral.getId(), referral.getCaseId(), referral.getAgencyId(), "SUPERVISOR",
                referral.getRequestedBy(), "no-response-by-deadline", referral.getRespondBy(),
                referral.getEscalatedAt()));
    }
}
