package org.casemgmt.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A referral's own rules: what its capacity must become, and what its timer finds due. */
class ReferralTest {

    private static final Instant REQUESTED_AT = Instant.parse("2027-03-01T09:00:00Z");
    private static final ResponseDeadline ONE_DAY = ResponseDeadline.from(REQUESTED_AT, Duration.ofDays(1), 0.75);

    static Referral requested() {
        return Referral.requested("referral-1", new ReferralRequest("case-1", "client-1", "agency-north",
                "program-1", "goal-1", "HOUSING", "service-1", "Emergency beds", "org-1", "Shelter North",
                "shelter-north", "worker.alex", "HIGH", "consent-1", "Needs a bed tonight", null), ONE_DAY,
                REQUESTED_AT);
    }

    @Test
    void aNewReferralIsRequestedAndFirstDueForItsReminder() {
        Referral referral = requested();

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(referral.getRespondBy()).isEqualTo(REQUESTED_AT.plus(Duration.ofDays(1)));
        assertThat(referral.getTimer().dueAt()).isEqualTo(REQUESTED_AT.plus(Duration.ofHours(18)));
        assertThat(referral.getCapacitySettlement()).isNull();
        assertThat(referral.lastChange().to()).isEqualTo(ReferralStatus.REQUESTED);
    }

    @Test
    void aNewReferralCarriesWhatItWasRequestedWithAndIsFiledUnderItsCase() {
        Referral referral = requested();

        assertThat(referral).extracting(Referral::getId, Referral::getCaseId, Referral::getClientId,
                Referral::getAgencyId, Referral::getProgramId, Referral::getGoalId, Referral::getNeedDomain,
                Referral::getServiceId, Referral::getServiceName, Referral::getOrganizationId,
                Referral::getOrganizationName, Referral::getReceivingAgencyId, Referral::getRequestedBy,
                Referral::getPriority, Referral::getConsentId, Referral::getNote, Referral::getReplacesReferralId,
                Referral::getRequestedAt).containsExactly("referral-1", "case-1", "client-1", "agency-north",
                "program-1", "goal-1", "HOUSING", "service-1", "Emergency beds", "org-1", "Shelter North",
                "shelter-north", "worker.alex", "HIGH", "consent-1", "Needs a bed tonight", null, REQUESTED_AT);
        assertThat(referral.recordOnFile()).isEqualTo(new org.casemgmt.platform.inbox.AppliesEvents.RecordOnFile(
                "referral", "referral-1", "case-1", "agency-north"));
        assertThat(referral.processedEvents().contains("event-1")).isFalse();
        assertThat(referral.getOutbox()).isEmpty();
        assertThat(referral.isClientErased()).isFalse();
        referral.clientErased();
        assertThat(referral.isClientErased()).isTrue();
    }

    @Test
    void beforeTheReminderNothingIsDueAndAtItTheReminderIs() {
        Referral referral = requested();

        assertThat(referral.due(REQUESTED_AT.plus(Duration.ofHours(17)))).isEqualTo(Referral.Due.NOTHING);
        assertThat(referral.due(REQUESTED_AT.plus(Duration.ofHours(18)))).isEqualTo(Referral.Due.REMINDER);
    }

    @Test
    void onceRemindedTheDeadlineIsNextAndTheReminderIsNotSentTwice() {
        Referral referral = requested();
        Instant reminded = REQUESTED_AT.plus(Duration.ofHours(18));

        referral.reminded(reminded);

        assertThat(referral.getRemindedAt()).isEqualTo(reminded);
        assertThat(referral.getTimer().dueAt()).isEqualTo(referral.getRespondBy());
        assertThat(referral.due(reminded.plusSeconds(60))).isEqualTo(Referral.Due.NOTHING);
        assertThat(referral.due(referral.getRespondBy())).isEqualTo(Referral.Due.EXPIRY);
    }

    @Test
    void atTheDeadlineAnUnansweredReferralIsDueToExpireEvenIfNeverReminded() {
        assertThat(requested().due(REQUESTED_AT.plus(Duration.ofDays(2)))).isEqualTo(Referral.Due.EXPIRY);
    }

    @Test
    void expiringCancelsWithReasonExpiredEscalatesAndReleasesTheHeldUnit() {
        Referral referral = requested();
        Instant deadline = referral.getRespondBy();

        ReferralStatus from = referral.expire(deadline);

        assertThat(from).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.CANCELLED);
        assertThat(referral.getStatusReason()).isEqualTo("expired");
        assertThat(referral.isEscalated()).isTrue();
        assertThat(referral.getEscalatedAt()).isEqualTo(deadline);
        assertThat(referral.lastChange().by()).isEqualTo(Referral.SYSTEM);
        assertThat(referral.getCapacitySettlement()).isEqualTo(CapacitySettlement.RELEASE);
        assertThat(referral.due(deadline)).isEqualTo(Referral.Due.SETTLE_CAPACITY);

        referral.capacitySettled();

        assertThat(referral.getTimer()).isNull();
        assertThat(referral.due(deadline.plus(Duration.ofDays(5)))).isEqualTo(Referral.Due.NOTHING);
    }

    @Test
    void anAcceptedReferralOccupiesItsUnitAndHasNoDeadlineLeft() {
        Referral referral = requested();
        Instant at = REQUESTED_AT.plusSeconds(600);

        referral.transition(ReferralAction.ACCEPT, null, null, "provider.pat", at);

        assertThat(referral.getCapacitySettlement()).isEqualTo(CapacitySettlement.OCCUPY);
        assertThat(referral.getTimer().dueAt()).as("a retry, should the request's own settlement fail")
                .isEqualTo(at.plus(Referral.SETTLEMENT_RETRY_AFTER));
        referral.capacitySettled();
        assertThat(referral.getTimer()).isNull();
        assertThat(referral.due(referral.getRespondBy().plusSeconds(1))).isEqualTo(Referral.Due.NOTHING);
    }

    @Test
    void aDeclineReleasesTheUnitAndKeepsTheReasonAndNote() {
        Referral referral = requested();

        referral.transition(ReferralAction.DECLINE, "no-capacity", "Full until May", "provider.pat",
                REQUESTED_AT.plusSeconds(60));

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.REJECTED);
        assertThat(referral.getStatusReason()).isEqualTo("no-capacity");
        assertThat(referral.lastChange().note()).isEqualTo("Full until May");
        assertThat(referral.getCapacitySettlement()).isEqualTo(CapacitySettlement.RELEASE);
    }

    @Test
    void stepsAfterAcceptanceLeaveTheCapacityAlone() {
        Referral referral = requested();
        referral.transition(ReferralAction.ACCEPT, null, null, "provider.pat", REQUESTED_AT.plusSeconds(60));
        referral.capacitySettled();

        referral.transition(ReferralAction.START, null, null, "provider.pat", REQUESTED_AT.plusSeconds(120));
        referral.complete(Outcome.GOT_HELP, "Moved in", "provider.pat", REQUESTED_AT.plusSeconds(180));

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(referral.getOutcome()).isEqualTo(Outcome.GOT_HELP);
        assertThat(referral.getCapacitySettlement()).isNull();
        assertThat(referral.getTimer()).isNull();
        assertThat(referral.getHistory()).extracting(StatusChange::to).containsExactly(ReferralStatus.REQUESTED,
                ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED);
    }

    @Test
    void onlyADeclinedOrUnansweredReferralIsReroutedAndOnlyOnce() {
        Referral open = requested();
        assertThatThrownBy(() -> open.reroutedTo("referral-2")).isInstanceOfSatisfying(RuleViolationException.class,
                refusal -> assertThat(refusal.slug()).isEqualTo("not-reroutable"));

        Referral expired = requested();
        expired.expire(expired.getRespondBy());
        expired.reroutedTo("referral-2");

        assertThat(expired.getReroutedToReferralId()).isEqualTo("referral-2");
        assertThat(expired.isEscalated()).as("off the supervisors' list once re-routed").isFalse();
        assertThatThrownBy(() -> expired.reroutedTo("referral-3"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refusal -> assertThat(refusal.slug()).isEqualTo("already-rerouted"));
    }

    @Test
    void closingTheCaseCancelsOnlyAReferralStillAwaitingItsAnswer() {
        Referral accepted = requested();
        accepted.transition(ReferralAction.ACCEPT, null, null, "provider.pat", REQUESTED_AT.plusSeconds(60));
        Referral inProgress = requested();
        inProgress.transition(ReferralAction.ACCEPT, null, null, "provider.pat", REQUESTED_AT.plusSeconds(60));
        inProgress.transition(ReferralAction.START, null, null, "provider.pat", REQUESTED_AT.plusSeconds(120));
        Referral onHold = requested();
        onHold.transition(ReferralAction.ACCEPT, null, null, "provider.pat", REQUESTED_AT.plusSeconds(60));
        onHold.transition(ReferralAction.PAUSE, null, null, "provider.pat", REQUESTED_AT.plusSeconds(120));

        assertThat(requested().isCancelledByCaseClosure()).isTrue();
        assertThat(List.of(accepted, inProgress, onHold)).noneMatch(Referral::isCancelledByCaseClosure);
    }

    @Test
    void aReferralCancelledOnClosureReleasesItsUnitAndIsNeitherRemindedNorExpiredAfterwards() {
        Referral referral = requested();
        Instant closedAt = REQUESTED_AT.plusSeconds(600);

        referral.transition(ReferralAction.CANCEL, "case-closed", null, Referral.SYSTEM, closedAt);

        assertThat(referral.getStatusReason()).isEqualTo("case-closed");
        assertThat(referral.getCapacitySettlement()).isEqualTo(CapacitySettlement.RELEASE);
        assertThat(referral.due(referral.getRespondBy())).as("a retry settles, never expires")
                .isEqualTo(Referral.Due.SETTLE_CAPACITY);
        referral.capacitySettled();
        assertThat(referral.getTimer()).isNull();
        assertThat(referral.due(referral.getRemindAt())).isEqualTo(Referral.Due.NOTHING);
        assertThat(referral.due(referral.getRespondBy().plusSeconds(1))).isEqualTo(Referral.Due.NOTHING);
    }

    @Test
    void aTimerThatFiredForNothingWaitsForWhatIsDueNext() {
        Referral referral = requested();

        referral.rearm();

        assertThat(referral.getTimer().dueAt()).isEqualTo(referral.getRemindAt());
    }
}
