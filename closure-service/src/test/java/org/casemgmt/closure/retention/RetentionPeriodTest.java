package org.casemgmt.closure.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Retention periods as agencies write them, and the moments they lead to. */
class RetentionPeriodTest {

    private static final Instant CLOSED = Instant.parse("2026-04-15T10:00:00Z");

    @ParameterizedTest(name = "{0} after the closure is {1}")
    @CsvSource({
            "P7Y, 2033-04-15T10:00:00Z",
            "P18M, 2027-10-15T10:00:00Z",
            "P90D, 2026-07-14T10:00:00Z",
            "P2W, 2026-04-29T10:00:00Z",
            "P1Y6M, 2027-10-15T10:00:00Z",
            "P1Y2M3W4D, 2027-07-10T10:00:00Z",
            "PT72H, 2026-04-18T10:00:00Z",
            "PT90M, 2026-04-15T11:30:00Z",
            "PT3S, 2026-04-15T10:00:03Z",
            "P1DT1H1M1S, 2026-04-16T11:01:01Z",
            "P0Y1D, 2026-04-16T10:00:00Z"})
    void aPeriodCountsFromTheClosure(String period, Instant expected) {
        assertThat(new RetentionPeriod(period).after(CLOSED)).isEqualTo(expected);
    }

    @Test
    void yearsAndMonthsAreCountedInTheCalendarSoALeapDayEndsOnTheLastOfFebruary() {
        Instant leapDay = Instant.parse("2028-02-29T12:00:00Z");

        assertThat(new RetentionPeriod("P7Y").after(leapDay)).isEqualTo(Instant.parse("2035-02-28T12:00:00Z"));
        assertThat(new RetentionPeriod("P1M").after(Instant.parse("2027-01-31T00:00:00Z")))
                .isEqualTo(Instant.parse("2027-02-28T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0} before the moment is {1}")
    @CsvSource({
            "P30D, 2026-03-16T10:00:00Z",
            "P1M, 2026-03-15T10:00:00Z",
            "PT1H, 2026-04-15T09:00:00Z",
            "P1DT1H, 2026-04-14T09:00:00Z"})
    void aWindowLooksBackAsFarAsItLooksAhead(String period, Instant expected) {
        assertThat(new RetentionPeriod(period).before(CLOSED)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "P", "PT", "P1YT", "7Y", "P7y", "P-1Y", "-P7Y", "P0Y", "P0D", "PT0S", "P1.5Y",
            "PT0.5S", "P7Y ", " P7Y", "P1D1Y", "seven years", "P12345Y", "PT1234567890S"})
    void aPeriodThatIsNotOneOrKeepsNothingIsRefusedSayingWhatOneLooksLike(String text) {
        assertThat(RetentionPeriod.of(text)).isEmpty();
        assertThatThrownBy(() -> new RetentionPeriod(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retention period " + text + " " + RetentionPeriod.EXPECTED);
    }

    @ParameterizedTest
    @NullSource
    void noPeriodIsNoPeriod(String none) {
        assertThat(RetentionPeriod.of(none)).isEmpty();
    }

    @Test
    void aPeriodIsKeptAndShownAsWritten() {
        RetentionPeriod period = RetentionPeriod.of("P1Y6M").orElseThrow();

        assertThat(period.value()).isEqualTo("P1Y6M");
        assertThat(period).hasToString("P1Y6M").isEqualTo(new RetentionPeriod("P1Y6M"));
    }

    @Test
    void theLongestPeriodsStillCount() {
        assertThat(new RetentionPeriod("P9999Y").after(CLOSED)).isEqualTo(Instant.parse("+12025-04-15T10:00:00Z"));
        assertThat(new RetentionPeriod("PT999999999S").after(CLOSED)).isAfter(CLOSED);
    }
}
