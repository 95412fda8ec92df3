package org.casemgmt.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casemgmt.referral.referral.ReferralStatus.ACCEPTED;
import static org.casemgmt.referral.referral.ReferralStatus.CANCELLED;
import static org.casemgmt.referral.referral.ReferralStatus.COMPLETED;
import static org.casemgmt.referral.referral.ReferralStatus.ENTERED_IN_ERROR;
import static org.casemgmt.referral.referral.ReferralStatus.FAILED;
import static org.casemgmt.referral.referral.ReferralStatus.IN_PROGRESS;
import static org.casemgmt.referral.referral.ReferralStatus.ON_HOLD;
import static org.casemgmt.referral.referral.ReferralStatus.REJECTED;
import static org.casemgmt.referral.referral.ReferralStatus.REQUESTED;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status against every action: the allowed ones lead where FHIR's referral Task says, the rest are a 409. */
class ReferralLifecycleTest {

    private static final Map<ReferralStatus, Map<ReferralAction, ReferralStatus>> EXPECTED =
            new EnumMap<>(ReferralStatus.class);

    static {
        expect(REQUESTED, Map.of(ReferralAction.ACCEPT, ACCEPTED, ReferralAction.DECLINE, REJECTED,
                ReferralAction.CANCEL, CANCELLED, ReferralAction.EXPIRE, CANCELLED,
                ReferralAction.MARK_ENTERED_IN_ERROR, ENTERED_IN_ERROR));
        expect(ACCEPTED, Map.of(ReferralAction.START, IN_PROGRESS, ReferralAction.PAUSE, ON_HOLD,
                ReferralAction.COMPLETE, COMPLETED, ReferralAction.FAIL, FAILED, ReferralAction.CANCEL, CANCELLED,
                ReferralAction.MARK_ENTERED_IN_ERROR, ENTERED_IN_ERROR));
        expect(IN_PROGRESS, Map.of(ReferralAction.PAUSE, ON_HOLD, ReferralAction.COMPLETE, COMPLETED,
                ReferralAction.FAIL, FAILED, ReferralAction.CANCEL, CANCELLED,
                ReferralAction.MARK_ENTERED_IN_ERROR, ENTERED_IN_ERROR));
        expect(ON_HOLD, Map.of(ReferralAction.RESUME, IN_PROGRESS, ReferralAction.COMPLETE, COMPLETED,
                ReferralAction.FAIL, FAILED, ReferralAction.CANCEL, CANCELLED,
                ReferralAction.MARK_ENTERED_IN_ERROR, ENTERED_IN_ERROR));
        for (ReferralStatus ended : new ReferralStatus[] {REJECTED, COMPLETED, FAILED, CANCELLED}) {
            expect(ended, Map.of(ReferralAction.MARK_ENTERED_IN_ERROR, ENTERED_IN_ERROR));
        }
        expect(ENTERED_IN_ERROR, Map.of());
    }

    private static void expect(ReferralStatus from, Map<ReferralAction, ReferralStatus> allowed) {
        EXPECTED.put(from, allowed);
    }

    static Stream<Arguments> everyStatusAndAction() {
        return Stream.of(ReferralStatus.values()).flatMap(status -> Stream.of(ReferralAction.values())
                .map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyStatusAndAction")
    void onlyTheTransitionsOfTheReferralTaskSucceed(ReferralStatus from, ReferralAction action) {
        ReferralStatus expected = EXPECTED.get(from).get(action);

        if (expected != null) {
            assertThat(ReferralLifecycle.require(from, action)).isEqualTo(expected);
            assertThat(ReferralLifecycle.next(from, action)).contains(expected);
        } else {
            assertThat(ReferralLifecycle.next(from, action)).isEmpty();
            assertThatThrownBy(() -> ReferralLifecycle.require(from, action))
                    .isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
                        assertThat(refusal.slug()).isEqualTo("transition-not-allowed");
                        assertThat(refusal.getMessage()).contains(from.code()).contains(action.pastTense());
                    });
        }
    }

    @org.junit.jupiter.api.Test
    void theRefusalSaysWhatTheReferralIsAndWhatWasAsked() {
        assertThatThrownBy(() -> ReferralLifecycle.require(COMPLETED, ReferralAction.PAUSE))
                .hasMessage("A referral that is completed cannot be put on hold.");
        assertThatThrownBy(() -> ReferralStatus.ofCode("draft")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void aReferralIsOpenWhileItStillAsksSomethingOfSomeone(ReferralStatus status) {
        assertThat(status.isOpen()).isEqualTo(status == REQUESTED || status == ACCEPTED || status == IN_PROGRESS
                || status == ON_HOLD);
        assertThat(ReferralStatus.ofCode(status.code())).isEqualTo(status);
    }

    static Stream<ReferralStatus> statuses() {
        return Stream.of(ReferralStatus.values());
    }
}
