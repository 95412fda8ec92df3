package org.casemgmt.closure.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.timer.DueTimer;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A client's retention as an agency's records officer would check it: kept until the last of their closed cases'
 * periods has passed, not while a case is open or held, moved by a policy change, ended once.
 */
class ClientRetentionTest {

    private static final Instant CLOSED = Instant.parse("2026-04-15T10:00:00Z");
    private static final RetentionPolicy SEVEN_YEARS = new RetentionPolicy(new RetentionPeriod("P7Y"),
            "State records act, 7 years");
    private static final RetentionPolicy FIVE_YEARS = new RetentionPolicy(new RetentionPeriod("P5Y"),
            "HUD CoC 24 CFR 578.103(c)");
    private static final Instant SEVEN_YEARS_ON = Instant.parse("2033-04-15T10:00:00Z");

    private final ClientRetention retention = ClientRetention.of("client-1", "agency-1");

    private static RetainedCase closed(String caseId, Instant at, RetentionPolicy policy) {
        return RetainedCase.closed(caseId, "program-" + caseId, at, policy);
    }

    private static RetainedCase open(String caseId) {
        return RetainedCase.open(caseId, "program-" + caseId);
    }

    private ClientRetention keptSevenYears() {
        retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS)), false);
        return retention;
    }

    @Test
    void aClientWhoseOnlyCaseClosedIsKeptForItsProgramsPeriodAfterTheClosure() {
        assertThat(retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS)), false)).isTrue();

        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.RETAINED);
        assertThat(retention.state()).isEqualTo(ClientRetention.State.RETAINED);
        assertThat(retention.getRetainedUntil()).isEqualTo(SEVEN_YEARS_ON);
        assertThat(retention.expiresAt()).isEqualTo(SEVEN_YEARS_ON);
        assertThat(retention.getDecidingCaseId()).isEqualTo("case-1");
        assertThat(retention.getTimer()).isEqualTo(DueTimer.at(SEVEN_YEARS_ON));
        assertThat(retention.getCases()).containsExactly(new RetainedCase("case-1", "program-case-1", CLOSED, "P7Y",
                SEVEN_YEARS_ON, "State records act, 7 years"));
    }

    @Test
    void theLastOfTheClientsPeriodsDecidesWhateverTheOrderOfTheClosures() {
        Instant laterClosure = CLOSED.plus(Duration.ofDays(400));
        RetainedCase longKept = closed("case-1", CLOSED, SEVEN_YEARS);
        RetainedCase closedLaterKeptLess = closed("case-2", laterClosure, FIVE_YEARS);

        retention.weigh(List.of(closedLaterKeptLess, longKept), false);

        assertThat(retention.getDecidingCaseId()).isEqualTo("case-1");
        assertThat(retention.getRetainedUntil()).isEqualTo(SEVEN_YEARS_ON);
        Expiry end = retention.endAt(SEVEN_YEARS_ON).orElseThrow();
        assertThat(end).isEqualTo(new Expiry("case-1", List.of("case-2", "case-1"), "program-case-1",
                "State records act, 7 years", SEVEN_YEARS_ON, SEVEN_YEARS_ON, null));
    }

    @Test
    void ofTwoCasesEndingAtTheSameMomentTheOneWithTheGreaterIdDecidesSoEveryInstanceAgrees() {
        retention.weigh(List.of(closed("case-b", CLOSED, SEVEN_YEARS), closed("case-a", CLOSED, SEVEN_YEARS)), false);

        assertThat(retention.getDecidingCaseId()).isEqualTo("case-b");
    }

    @Test
    void anOpenCaseOfTheClientKeepsEverythingAndNothingIsCounted() {
        assertThat(retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS), open("case-2")), false)).isTrue();

        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.OPEN);
        assertThat(retention.state()).isEqualTo(ClientRetention.State.OPEN);
        assertThat(retention.getRetainedUntil()).isNull();
        assertThat(retention.getDecidingCaseId()).isNull();
        assertThat(retention.expiresAt()).isNull();
        assertThat(retention.getTimer()).isNull();
        assertThat(retention.endAt(SEVEN_YEARS_ON.plus(Duration.ofDays(3650)))).isEmpty();
    }

    @Test
    void aClientWithNoCaseKnownIsNotCounted() {
        retention.weigh(List.of(), false);

        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.OPEN);
        assertThat(retention.getTimer()).isNull();
    }

    @Test
    void reopeningTheCaseStopsTheRetentionAndClosingItAgainCountsFromTheNewClosure() {
        keptSevenYears();

        assertThat(retention.weigh(List.of(open("case-1")), false)).isTrue();
        assertThat(retention.getTimer()).isNull();
        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.OPEN);

        Instant closedAgain = CLOSED.plus(Duration.ofDays(100));
        retention.weigh(List.of(closed("case-1", closedAgain, SEVEN_YEARS)), false);
        assertThat(retention.getTimer()).isEqualTo(DueTimer.at(SEVEN_YEARS_ON.plus(Duration.ofDays(100))));
    }

    @Test
    void aShorterPolicyMovesTheEndEarlierAndWeighingTheSameAgainChangesNothing() {
        keptSevenYears();

        assertThat(retention.weigh(List.of(closed("case-1", CLOSED, FIVE_YEARS)), false)).isTrue();
        assertThat(retention.getTimer()).isEqualTo(DueTimer.at(Instant.parse("2031-04-15T10:00:00Z")));
        assertThat(retention.getCases().getFirst().legalBasis()).isEqualTo("HUD CoC 24 CFR 578.103(c)");

        assertThat(retention.weigh(List.of(closed("case-1", CLOSED, FIVE_YEARS)), false)).isFalse();
    }

    @Test
    void weighingTheSameAgainKeepsTheTimerAndTheLeaseAnInstanceHoldsOnIt() {
        keptSevenYears();
        DueTimer armed = retention.getTimer();

        retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS)), false);

        assertThat(retention.getTimer()).isSameAs(armed);
    }

    /** A policy change makes the timers of the clients kept under it due at once, in the store (RetentionWork). */
    @Test
    void aTimerTheStoreMadeDueAtOnceIsPutBackAtTheEndThoughNothingElseChanged() {
        keptSevenYears();
        ReflectionTestUtils.setField(retention, "timer", DueTimer.at(CLOSED));

        assertThat(retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS)), false)).isTrue();
        assertThat(retention.getTimer()).isEqualTo(DueTimer.at(SEVEN_YEARS_ON));
    }

    @Test
    void aTimerTheStoreSetOnAHeldClientIsTakenOff() {
        keptSevenYears();
        retention.hold("case-1", "Litigation", "admin-1", CLOSED);
        ReflectionTestUtils.setField(retention, "timer", DueTimer.at(CLOSED));

        assertThat(retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS)), false)).isTrue();
        assertThat(retention.getTimer()).isNull();
    }

    @Test
    void aChangeOfTheCasesAloneIsAChange() {
        retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS), open("case-2")), false);

        assertThat(retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS), open("case-3")), false)).isTrue();
        assertThat(retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS), open("case-3")), false)).isFalse();
    }

    @Test
    void aCaseClosedLaterWithTheSameEndTakesOverTheDecisionWithoutMovingTheTimer() {
        retention.weigh(List.of(closed("case-a", CLOSED, SEVEN_YEARS)), false);
        DueTimer armed = retention.getTimer();

        assertThat(retention.weigh(List.of(closed("case-a", CLOSED, SEVEN_YEARS),
                closed("case-b", CLOSED, SEVEN_YEARS)), false)).isTrue();
        assertThat(retention.getDecidingCaseId()).isEqualTo("case-b");
        assertThat(retention.getTimer()).isSameAs(armed);
    }

    @Test
    void aClientErasedWhileACaseIsOpenIsAChangeThoughTheCasesAreNot() {
        retention.weigh(List.of(open("case-1")), false);

        assertThat(retention.weigh(List.of(open("case-1")), true)).isTrue();
        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.ERASED_ON_REQUEST);
    }

    @Test
    void theRetentionEndsAtItsMomentNotBefore() {
        keptSevenYears();

        assertThat(retention.endAt(SEVEN_YEARS_ON.minusMillis(1))).isEmpty();
        assertThat(retention.endAt(SEVEN_YEARS_ON)).isPresent();
        assertThat(retention.endAt(SEVEN_YEARS_ON.plusSeconds(5)).orElseThrow().expiredAt())
                .isEqualTo(SEVEN_YEARS_ON.plusSeconds(5));
    }

    @Test
    void aLegalHoldStopsTheRetentionEvenPastItsTime() {
        keptSevenYears();

        LegalHold hold = retention.hold("case-1", "Litigation 2026-CV-0142", "admin-1", CLOSED);

        assertThat(hold).isEqualTo(new LegalHold("case-1", "Litigation 2026-CV-0142", "admin-1", CLOSED, null, null));
        assertThat(hold.isActive()).isTrue();
        assertThat(retention.state()).isEqualTo(ClientRetention.State.HELD);
        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.RETAINED);
        assertThat(retention.expiresAt()).isNull();
        assertThat(retention.getRetainedUntil()).isEqualTo(SEVEN_YEARS_ON);
        assertThat(retention.getTimer()).isNull();
        assertThat(retention.endAt(SEVEN_YEARS_ON.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(retention.activeHolds()).containsExactly(hold);
    }

    @Test
    void aHoldWeighedAgainStaysAHold() {
        keptSevenYears();
        retention.hold("case-1", "Litigation", "admin-1", CLOSED);

        assertThat(retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS)), false)).isFalse();
        assertThat(retention.getTimer()).isNull();
    }

    @Test
    void liftingTheHoldLetsTheRetentionRunAgainAndEndAtOnceIfItsTimeHasPassed() {
        keptSevenYears();
        retention.hold("case-1", "Litigation", "admin-1", CLOSED);
        Instant lifted = SEVEN_YEARS_ON.plus(Duration.ofDays(30));

        LegalHold hold = retention.lift("case-1", "admin-2", lifted);

        assertThat(hold).isEqualTo(new LegalHold("case-1", "Litigation", "admin-1", CLOSED, "admin-2", lifted));
        assertThat(hold.isActive()).isFalse();
        assertThat(retention.getHolds()).containsExactly(hold);
        assertThat(retention.activeHolds()).isEmpty();
        assertThat(retention.state()).isEqualTo(ClientRetention.State.RETAINED);
        assertThat(retention.getTimer()).isEqualTo(DueTimer.at(SEVEN_YEARS_ON));
        assertThat(retention.endAt(lifted).orElseThrow().expiredAt()).isEqualTo(lifted);
    }

    @Test
    void aHoldOnAnyCaseOfTheClientHoldsThemAllUntilTheLastIsLifted() {
        retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS), closed("case-2", CLOSED, FIVE_YEARS)), false);
        retention.hold("case-2", "Records request", "admin-1", CLOSED);
        retention.hold("case-1", "Litigation", "admin-1", CLOSED);

        retention.lift("case-2", "admin-1", CLOSED);

        assertThat(retention.state()).isEqualTo(ClientRetention.State.HELD);
        assertThat(retention.getTimer()).isNull();
        retention.lift("case-1", "admin-1", CLOSED);
        assertThat(retention.getTimer()).isEqualTo(DueTimer.at(SEVEN_YEARS_ON));
    }

    @Test
    void holdingAHeldCaseAgainReplacesItsHoldAndKeepsTheOldOneAsLifted() {
        keptSevenYears();
        retention.hold("case-1", "Records request", "admin-1", CLOSED);
        Instant later = CLOSED.plus(Duration.ofDays(2));

        retention.hold("case-1", "Litigation", "admin-2", later);

        assertThat(retention.getHolds()).containsExactly(
                new LegalHold("case-1", "Records request", "admin-1", CLOSED, "admin-2", later),
                new LegalHold("case-1", "Litigation", "admin-2", later, null, null));
        assertThat(retention.activeHolds()).extracting(LegalHold::reason).containsExactly("Litigation");
    }

    @Test
    void aHoldMayBePlacedWhileTheCaseIsOpenAndStopsTheRetentionOnceItCloses() {
        retention.weigh(List.of(open("case-1")), false);
        retention.hold("case-1", "Litigation", "admin-1", CLOSED);

        retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS)), false);

        assertThat(retention.state()).isEqualTo(ClientRetention.State.HELD);
        assertThat(retention.getTimer()).isNull();
    }

    @Test
    void liftingACaseThatIsNotHeldIsNotFound() {
        keptSevenYears();
        retention.hold("case-1", "Litigation", "admin-1", CLOSED);
        retention.lift("case-1", "admin-1", CLOSED);

        assertThatThrownBy(() -> retention.lift("case-1", "admin-1", CLOSED))
                .isInstanceOf(ResourceNotFoundException.class).hasMessage("There is no legal hold on case case-1.");
        assertThatThrownBy(() -> retention.lift("case-2", "admin-1", CLOSED))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theEndIsAnnouncedInTheSameSaveAndClosuresOwnErasureComesNext() {
        keptSevenYears();
        Expiry end = retention.endAt(SEVEN_YEARS_ON).orElseThrow();

        retention.expire(end, announcement("event-1"));

        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.EXPIRED);
        assertThat(retention.state()).isEqualTo(ClientRetention.State.EXPIRED);
        assertThat(retention.getExpiry()).isEqualTo(new Expiry("case-1", List.of("case-1"), "program-case-1",
                "State records act, 7 years", SEVEN_YEARS_ON, SEVEN_YEARS_ON, "event-1"));
        assertThat(retention.getOutbox()).extracting(PendingEvent::id).containsExactly("event-1");
        assertThat(retention.expiresAt()).isNull();
        assertThat(retention.getTimer()).isEqualTo(DueTimer.at(SEVEN_YEARS_ON));
        assertThat(retention.awaitsErasureHere()).isTrue();

        retention.erasedHere();

        assertThat(retention.awaitsErasureHere()).isFalse();
        assertThat(retention.getTimer()).isNull();
        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.EXPIRED);
    }

    @Test
    void anEndedRetentionNeverChangesAgainNorEndsTwice() {
        keptSevenYears();
        retention.expire(retention.endAt(SEVEN_YEARS_ON).orElseThrow(), announcement("event-1"));

        assertThat(retention.weigh(List.of(open("case-1")), false)).isFalse();
        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.EXPIRED);
        assertThat(retention.endAt(SEVEN_YEARS_ON.plusSeconds(1))).isEmpty();
        assertThatThrownBy(() -> retention.expire(retention.getExpiry(), announcement("event-2")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> retention.hold("case-1", "Litigation", "admin-1", SEVEN_YEARS_ON))
                .isInstanceOf(RuleViolationException.class).hasMessage("The retention of client client-1 ended at "
                        + SEVEN_YEARS_ON + " and their data was erased: nothing is left to hold.")
                .extracting(e -> ((RuleViolationException) e).slug()).isEqualTo("retention-expired");
        assertThatThrownBy(() -> retention.lift("case-1", "admin-1", SEVEN_YEARS_ON))
                .isInstanceOf(RuleViolationException.class);
        assertThat(retention.getOutbox()).hasSize(1);
    }

    @Test
    void aClientErasedAtTheirRequestHasNothingLeftToExpireOrHold() {
        keptSevenYears();

        assertThat(retention.weigh(List.of(closed("case-1", CLOSED, SEVEN_YEARS)), true)).isTrue();

        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.ERASED_ON_REQUEST);
        assertThat(retention.state()).isEqualTo(ClientRetention.State.ERASED_ON_REQUEST);
        assertThat(retention.getTimer()).isNull();
        assertThat(retention.expiresAt()).isNull();
        assertThat(retention.endAt(SEVEN_YEARS_ON)).isEmpty();
        assertThat(retention.awaitsErasureHere()).isFalse();
        assertThat(retention.weigh(List.of(open("case-1")), false)).isFalse();
        assertThatThrownBy(() -> retention.hold("case-1", "Litigation", "admin-1", CLOSED))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).slug()).isEqualTo("client-erased");
    }

    @Test
    void aNewRetentionIsTheClientsAndOpen() {
        assertThat(retention.getClientId()).isEqualTo("client-1");
        assertThat(retention.getVersion()).as("not saved yet").isNull();
        assertThat(retention.getAgencyId()).isEqualTo("agency-1");
        assertThat(retention.getStatus()).isEqualTo(ClientRetention.Status.OPEN);
        assertThat(retention.getCases()).isEmpty();
        assertThat(retention.getHolds()).isEmpty();
        assertThat(retention.getExpiry()).isNull();
        assertThat(retention.awaitsErasureHere()).isFalse();
    }

    private static PendingEvent announcement(String id) {
        return new PendingEvent(id, "case.retention-expired", "org.casemgmt.case.retention-expired.v1",
                "/casemgmt/closure-service", "client-1", "urn:casemgmt:schema:case.retention-expired:v1",
                SEVEN_YEARS_ON, "{}", null, null);
    }
}
