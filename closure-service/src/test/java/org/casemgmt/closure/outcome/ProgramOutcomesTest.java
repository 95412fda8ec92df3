package org.casemgmt.closure.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;

import org.casemgmt.closure.destination.DestinationCategory;
import org.junit.jupiter.api.Test;

/** A program's figures over a period, as a manager or funder reads them. */
class ProgramOutcomesTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-04-15T09:00:00Z");

    private static EpisodeOutcome episode(long daysOpen, ClosureOutcome outcome, DestinationCategory category,
                                          int goalsTotal, int goalsMet, int goalsAbandoned,
                                          List<InstrumentMovement> instruments, int referralsSent,
                                          int referralsCompleted, int followUps, int reached, int notReached) {
        return new EpisodeOutcome(1, 1, outcome, outcome.name(), goalsTotal, goalsMet, goalsAbandoned, instruments,
                daysOpen, 0, category, referralsSent, referralsCompleted, followUps, reached, notReached, CLOSED,
                CLOSED);
    }

    private static InstrumentMovement moved(String instrumentId, int first, int last) {
        return new InstrumentMovement(instrumentId, first, last, last - first, 2);
    }

    /*
     * By hand, four episodes:
     * - days open 100, 10, 40, 30: average 180 / 4 = 45.0; sorted 10, 30, 40, 100, the median the mean of the two
     *   middle ones, 35;
     * - goals 3 + 2 + 1 + 0 = 6, met 2 + 2 + 0 + 0 = 4, abandoned 1 + 0 + 1 + 0 = 2;
     * - outcomes: GOALS_ACHIEVED 2, DISENGAGED 1, LOST_CONTACT 1; destinations: PERMANENT 2, HOMELESS 1, OTHER 1;
     * - PHQ-9 in two episodes, -11 and -4: average -7.5; GAD-7 in one, -6: -6.0;
     * - referrals 2 + 1 + 0 + 3 = 6 sent, 1 + 1 + 0 + 0 = 2 completed;
     * - follow-ups 3 + 3 + 0 + 2 = 8 scheduled, 2 + 1 + 0 + 0 = 3 reached, 1 + 1 + 0 + 2 = 4 not reached;
     * - returns: one within 6 months, one within 12, one within 24, one none: within 6 -> 1, 12 -> 2, 24 -> 3.
     */
    @Test
    void aPeriodsFiguresAddUpTheEpisodesAsWorkedOutByHand() {
        List<ProgramOutcomes.Episode> episodes = List.of(
                new ProgramOutcomes.Episode(episode(100, ClosureOutcome.GOALS_ACHIEVED, DestinationCategory.PERMANENT,
                        3, 2, 1, List.of(moved("PHQ-9", 18, 7), moved("GAD-7", 15, 9)), 2, 1, 3, 2, 1), null),
                new ProgramOutcomes.Episode(episode(10, ClosureOutcome.GOALS_ACHIEVED, DestinationCategory.PERMANENT,
                        2, 2, 0, List.of(moved("PHQ-9", 12, 8)), 1, 1, 3, 1, 1), 6),
                new ProgramOutcomes.Episode(episode(40, ClosureOutcome.DISENGAGED, DestinationCategory.HOMELESS,
                        1, 0, 1, List.of(), 0, 0, 0, 0, 0), 12),
                new ProgramOutcomes.Episode(episode(30, ClosureOutcome.LOST_CONTACT, DestinationCategory.OTHER,
                        0, 0, 0, List.of(), 3, 0, 2, 0, 2), 24));

        ProgramOutcomes figures = ProgramOutcomes.of("program-1", FROM, TO, episodes);

        assertThat(figures.programId()).isEqualTo("program-1");
        assertThat(figures.from()).isEqualTo(FROM);
        assertThat(figures.to()).isEqualTo(TO);
        assertThat(figures.episodesClosed()).isEqualTo(4);
        assertThat(figures).extracting(ProgramOutcomes::goalsTotal, ProgramOutcomes::goalsMet,
                ProgramOutcomes::goalsAbandoned).containsExactly(6, 4, 2);
        assertThat(figures.averageDaysOpen()).isEqualTo(45.0);
        assertThat(figures.medianDaysOpen()).as("the mean of the two middle values, 30 and 40").isEqualTo(35.0);
        assertThat(figures.outcomes()).containsExactly(entry("DISENGAGED", 1L), entry("GOALS_ACHIEVED", 2L),
                entry("LOST_CONTACT", 1L));
        assertThat(figures.destinationCategories()).containsExactly(entry("HOMELESS", 1L), entry("OTHER", 1L),
                entry("PERMANENT", 2L));
        assertThat(figures.instruments()).containsExactly(new ProgramOutcomes.InstrumentSummary("GAD-7", 1, -6.0),
                new ProgramOutcomes.InstrumentSummary("PHQ-9", 2, -7.5));
        assertThat(figures).extracting(ProgramOutcomes::referralsSent, ProgramOutcomes::referralsCompleted,
                ProgramOutcomes::followUpsScheduled, ProgramOutcomes::followUpsReached,
                ProgramOutcomes::followUpsNotReached).containsExactly(6, 2, 8, 3, 4);
        assertThat(figures.returnedWithin()).containsExactly(entry("6", 1L), entry("12", 2L), entry("24", 3L));
    }

    @Test
    void theMedianOfAnOddNumberOfEpisodesIsTheMiddleOne() {
        List<ProgramOutcomes.Episode> episodes = List.of(
                new ProgramOutcomes.Episode(episode(100, ClosureOutcome.GOALS_ACHIEVED, DestinationCategory.PERMANENT,
                        0, 0, 0, List.of(), 0, 0, 0, 0, 0), null),
                new ProgramOutcomes.Episode(episode(10, ClosureOutcome.GOALS_ACHIEVED, DestinationCategory.PERMANENT,
                        0, 0, 0, List.of(), 0, 0, 0, 0, 0), null),
                new ProgramOutcomes.Episode(episode(40, ClosureOutcome.GOALS_ACHIEVED, DestinationCategory.PERMANENT,
                        0, 0, 0, List.of(), 0, 0, 0, 0, 0), null));

        ProgramOutcomes figures = ProgramOutcomes.of("program-1", FROM, TO, episodes);

        assertThat(figures.medianDaysOpen()).isEqualTo(40.0);
        assertThat(figures.averageDaysOpen()).isEqualTo(50.0);
    }

    @Test
    void oneEpisodeIsItsOwnAverageAndMedian() {
        ProgramOutcomes figures = ProgramOutcomes.of("program-1", FROM, TO, List.of(new ProgramOutcomes.Episode(
                episode(7, ClosureOutcome.TRANSFERRED, DestinationCategory.TEMPORARY, 1, 1, 0, List.of(), 0, 0, 0, 0,
                        0), 6)));

        assertThat(figures.averageDaysOpen()).isEqualTo(7.0);
        assertThat(figures.medianDaysOpen()).isEqualTo(7.0);
        assertThat(figures.returnedWithin()).as("a return within 6 months is also within 12 and 24")
                .containsExactly(entry("6", 1L), entry("12", 1L), entry("24", 1L));
    }

    @Test
    void aPeriodWithoutClosuresHasZeroesNoAveragesAndNoReturns() {
        ProgramOutcomes figures = ProgramOutcomes.of("program-1", FROM, TO, List.of());

        assertThat(figures.episodesClosed()).isZero();
        assertThat(figures.averageDaysOpen()).isNull();
        assertThat(figures.medianDaysOpen()).isNull();
        assertThat(figures.outcomes()).isEmpty();
        assertThat(figures.destinationCategories()).isEmpty();
        assertThat(figures.instruments()).isEmpty();
        assertThat(figures).extracting(ProgramOutcomes::goalsTotal, ProgramOutcomes::referralsSent,
                ProgramOutcomes::followUpsScheduled).containsExactly(0, 0, 0);
        assertThat(figures.returnedWithin()).containsExactly(entry("6", 0L), entry("12", 0L), entry("24", 0L));
    }
}
