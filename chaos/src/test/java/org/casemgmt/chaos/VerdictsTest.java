package org.casemgmt.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerdictsTest {

    @Test
    void theInjectedRecordsDeadLetteredByEveryConsumerAreExpected() {
        Verdicts.DeadLetters letters = Verdicts.unexpectedDeadLetters(
                Map.of("case.opened.dlq", List.of("chaos-injected-1", "chaos-injected-2", "chaos-injected-1")),
                Set.of("chaos-injected-1", "chaos-injected-2"));

        assertThat(letters.total()).isEqualTo(3);
        assertThat(letters.unexpected()).isEmpty();
        assertThat(letters.injectedButNotDeadLettered()).isEmpty();
    }

    @Test
    void aDeadLetterNoInjectionExplainsIsUnexpected() {
        Verdicts.DeadLetters letters = Verdicts.unexpectedDeadLetters(
                Map.of("case.opened.dlq", List.of("chaos-injected-1"), "goal.achieved.dlq", List.of("case-7")),
                Set.of("chaos-injected-1"));

        assertThat(letters.unexpected()).containsExactly("goal.achieved.dlq: case-7");
    }

    @Test
    void anInjectedRecordThatWasNotDeadLetteredIsSaid() {
        Verdicts.DeadLetters letters = Verdicts.unexpectedDeadLetters(Map.of(),
                Set.of("chaos-injected-2", "chaos-injected-1"));

        assertThat(letters.total()).isZero();
        assertThat(letters.injectedButNotDeadLettered()).containsExactly("chaos-injected-1", "chaos-injected-2");
    }
}
