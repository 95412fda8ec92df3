package org.casemgmt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class KneeRuleTest {

    @Test
    void keepsRisingWhileEachStepAddsAtLeastTenPercent() {
        List<KneeRule.Outcome> steps = List.of(outcome(1, 3.0), outcome(2, 5.5), outcome(4, 6.1));

        assertThat(KneeRule.stop(steps)).isFalse();
        assertThat(KneeRule.knee(steps)).isEmpty();
    }

    @Test
    void theKneeIsTheStepBeforeTheFirstThatAddedLessThanTenPercent() {
        List<KneeRule.Outcome> steps = List.of(outcome(1, 3.0), outcome(2, 5.5), outcome(4, 8.0),
                outcome(8, 8.7));

        assertThat(KneeRule.stop(steps)).isTrue();
        assertThat(KneeRule.knee(steps)).contains(outcome(4, 8.0));
    }

    @Test
    void aStepThatOpenedFewerCasesIsPastTheKneeToo() {
        List<KneeRule.Outcome> steps = List.of(outcome(1, 3.0), outcome(2, 2.5));

        assertThat(KneeRule.knee(steps)).contains(outcome(1, 3.0));
    }

    @Test
    void errorsStopTheRiseHoweverFastTheStepWas() {
        List<KneeRule.Outcome> steps = List.of(outcome(1, 3.0), new KneeRule.Outcome(2, 9.0, 1));

        assertThat(KneeRule.stop(steps)).isTrue();
        assertThat(KneeRule.knee(steps)).contains(outcome(1, 3.0));
    }

    @Test
    void errorsAtTheFirstStepStopWithNoKneeToName() {
        List<KneeRule.Outcome> steps = List.of(new KneeRule.Outcome(1, 3.0, 2));

        assertThat(KneeRule.stop(steps)).isTrue();
        assertThat(KneeRule.knee(steps)).isEmpty();
    }

    @Test
    void oneStepThatWorkedIsNoReasonToStop() {
        assertThat(KneeRule.stop(List.of(outcome(1, 3.0)))).isFalse();
        assertThat(KneeRule.stop(List.of())).isFalse();
    }

    private static KneeRule.Outcome outcome(int workers, double perSecond) {
        return new KneeRule.Outcome(workers, perSecond, 0);
    }
}
