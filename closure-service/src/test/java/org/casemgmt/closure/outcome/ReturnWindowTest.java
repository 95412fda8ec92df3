package org.casemgmt.closure.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Which of HUD's return windows (6, 12, 24 months) a client's return after exit falls within. */
class ReturnWindowTest {

    private static final Instant EXIT = Instant.parse("2026-04-15T09:00:00Z");

    @Test
    void theWindowsAre6_12And24Months() {
        assertThat(ReturnWindow.MONTHS).containsExactly(6, 12, 24);
    }

    @Test
    void aReturnAtTheMomentOfExitIsWithinSixMonths() {
        assertThat(ReturnWindow.of(EXIT, EXIT)).contains(6);
    }

    @Test
    void aReturnExactlySixMonthsAfterExitIsStillWithinSixMonths() {
        assertThat(ReturnWindow.of(EXIT, Instant.parse("2026-10-15T09:00:00Z"))).contains(6);
    }

    @Test
    void aReturnOneSecondAfterSixMonthsIsWithinTwelve() {
        assertThat(ReturnWindow.of(EXIT, Instant.parse("2026-10-15T09:00:01Z"))).contains(12);
    }

    @Test
    void aReturnExactlyTwelveMonthsAfterExitIsWithinTwelveAndASecondLaterWithinTwentyFour() {
        assertThat(ReturnWindow.of(EXIT, Instant.parse("2027-04-15T09:00:00Z"))).contains(12);
        assertThat(ReturnWindow.of(EXIT, Instant.parse("2027-04-15T09:00:01Z"))).contains(24);
    }

    @Test
    void aReturnExactlyTwentyFourMonthsAfterExitIsWithinTwentyFour() {
        assertThat(ReturnWindow.of(EXIT, Instant.parse("2028-04-15T09:00:00Z"))).contains(24);
    }

    @Test
    void aReturnAfterTwentyFourMonthsIsInNoWindow() {
        assertThat(ReturnWindow.of(EXIT, Instant.parse("2028-04-15T09:00:01Z"))).isEmpty();
        assertThat(ReturnWindow.of(EXIT, Instant.parse("2031-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void aReturnBeforeTheExitIsInNoWindow() {
        assertThat(ReturnWindow.of(EXIT, EXIT.minusSeconds(1))).isEmpty();
    }

    @Test
    void monthsAreCalendarMonthsSoAnExitAtTheEndOfAugustEndsItsSixMonthsOnTheLastDayOfFebruary() {
        Instant endOfAugust = Instant.parse("2026-08-31T12:00:00Z");

        assertThat(ReturnWindow.of(endOfAugust, Instant.parse("2027-02-28T12:00:00Z"))).contains(6);
        assertThat(ReturnWindow.of(endOfAugust, Instant.parse("2027-03-01T00:00:00Z"))).contains(12);
    }
}
