package org.casemgmt.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AuditBenchArgumentsTest {

    @Test
    void theDefaultRunMeasuresOneAndTwoInstancesWithOneFourAndSixteenWritersOnTheLaunchersStore() throws Exception {
        AuditBenchArguments defaults = AuditBenchArguments.parse();

        assertThat(defaults.store()).isEqualTo(AuditBenchArguments.Store.H2);
        assertThat(defaults.instances()).containsExactly(1, 2);
        assertThat(defaults.writers()).containsExactly(1, 4, 16);
        assertThat(defaults.warmup()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.window()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.help()).isFalse();
    }

    @Test
    void readsEveryOptionListsAndSecondsWithAFraction() throws Exception {
        AuditBenchArguments arguments = AuditBenchArguments.parse("--store", "memory", "--instances", "3",
                "--writers", "2, 8", "--warmup", "0", "--window", "0.25");

        assertThat(arguments.store()).isEqualTo(AuditBenchArguments.Store.MEMORY);
        assertThat(arguments.instances()).containsExactly(3);
        assertThat(arguments.writers()).containsExactly(2, 8);
        assertThat(arguments.warmup()).isZero();
        assertThat(arguments.window()).isEqualTo(Duration.ofMillis(250));
        assertThat(AuditBenchArguments.parse("--store", "h2").store()).isEqualTo(AuditBenchArguments.Store.H2);
    }

    @Test
    void helpStopsReadingAndIsAnsweredWithTheUsage() throws Exception {
        assertThat(AuditBenchArguments.parse("--help", "--nonsense").help()).isTrue();
        assertThat(AuditBenchArguments.parse("-h").help()).isTrue();
        assertThat(AuditBenchArguments.USAGE).contains("--store", "--instances", "--writers", "--warmup",
                "--window");
    }

    @Test
    void aMistypedCommandLineSaysWhatIsWrong() {
        assertThatThrownBy(() -> AuditBenchArguments.parse("--writers")).hasMessage("--writers needs a value");
        assertThatThrownBy(() -> AuditBenchArguments.parse("--writers", "1,x"))
                .hasMessage("--writers takes numbers separated by commas, not 1,x");
        assertThatThrownBy(() -> AuditBenchArguments.parse("--instances", "0"))
                .hasMessage("--instances takes counts of 1 or more, not 0");
        assertThatThrownBy(() -> AuditBenchArguments.parse("--store", "disk"))
                .hasMessage("--store is h2 or memory, not disk");
        assertThatThrownBy(() -> AuditBenchArguments.parse("--window", "0"))
                .hasMessage("--window takes more than 0 seconds, not 0");
        assertThatThrownBy(() -> AuditBenchArguments.parse("--warmup", "-1"))
                .hasMessage("--warmup takes 0 or more seconds, not -1");
        assertThatThrownBy(() -> AuditBenchArguments.parse("--warmup", "soon"))
                .hasMessage("--warmup takes seconds, not soon");
        assertThatThrownBy(() -> AuditBenchArguments.parse("--window", "NaN"))
                .hasMessage("--window takes more than 0 seconds, not NaN");
        assertThatThrownBy(() -> AuditBenchArguments.parse("--quick")).hasMessage("unknown option --quick");
    }
}
