package org.casemgmt.intake.caseopening;

import java.time.Instant;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.intake.v1.AssessedNeed;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.events.intake.v1.ConsentGranted;
import org.casemgmt.events.intake.v1.ConsentScope;
import org.casemgmt.events.intake.v1.ConsentWithdrawn;
import org.casemgmt.events.intake.v1.DeclineReason;
import org.casemgmt.events.intake.v1.IntakeDeclined;
import org.casemgmt.intake.consent.Consent;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/**
 * Turns intake state changes into the published contracts, keyed by the intake (case) id. A topic keeps its records
 * beyond a client's erasure, so what people wrote about the client stays out of them: a need's summary, a consent's
 * purpose, a withdrawal's reason and a decline reason's message (which quotes the client's age, area or income) are
 * published as null (deprecated in v1); consumers read them from intake, which forgets them at erasure.
 */
@Component
class IntakeEvents {

    private final EventRecorder recorder;

    IntakeEvents(EventRecorder recorder) {
        this.recorder = recorder;
    }

    PendingEvent consentGranted(Intake intake, Consent consent) {
        return recorder.record(EventCatalog.CONSENT_GRANTED, intake.getId(), new ConsentGranted(intake.getId(),
                intake.getClientId(), scope(consent), consent.givenBy().name(), consent.recordedBy(),
                consent.givenAt()));
    }

    PendingEvent consentWithdrawn(Intake intake, Consent consent) {
        return recorder.record(EventCatalog.CONSENT_WITHDRAWN, intake.getId(), new ConsentWithdrawn(intake.getId(),
                intake.getClientId(), consent.id(), null, consent.withdrawal().recordedBy(),
                consent.withdrawal().withdrawnAt()));
    }

    PendingEvent caseOpened(Intake intake, Consent consent) {
        return recorder.record(EventCatalog.CASE_OPENED, intake.getId(), new CaseOpened(intake.getId(),
                intake.getClientId(), intake.getAgencyId(), intake.getProgramId(), intake.getPriority().name(),
                intake.getRiskLevel().name(),
                intake.getAssessment().needs().stream()
                        .map(need -> new AssessedNeed(need.domain().name(), need.severity().name(), null))
                        .toList(),
                scope(consent), intake.getCaseManager(), intake.getDecidedAt()));
    }

    PendingEvent intakeDeclined(Intake intake) {
        return recorder.record(EventCatalog.INTAKE_DECLINED, intake.getId(), new IntakeDeclined(intake.getId(),
                intake.getClientId(), intake.getAgencyId(), intake.getProgramId(),
                intake.getDeclineReasons().stream().map(r -> new DeclineReason(r.rule(), null)).toList(),
                intake.getDecidedBy(), intake.getDecidedAt()));
    }

    private static ConsentScope scope(Consent consent) {
        Instant expiresAt = consent.expiresAt();
        return new ConsentScope(consent.id(), null, consent.sharedWithAgencyIds(), expiresAt);
    }
}
