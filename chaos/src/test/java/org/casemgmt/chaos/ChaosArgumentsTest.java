package org.casemgmt.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ChaosArgumentsTest {

    @Test
    void withoutOptionsItIsTheShortRunOfTwoHundredCasesOnTwoInstances() throws Exception {
        ChaosArguments arguments = ChaosArguments.parse();

        assertThat(arguments.cases()).isEqualTo(200);
        assertThat(arguments.duration()).isNull();
        assertThat(arguments.settings().untilTimeIsUp()).isFalse();
        assertThat(arguments.instances()).isEqualTo(2);
        assertThat(arguments.clients()).isEqualTo(6);
        assertThat(arguments.shortestPause()).isEqualTo(Duration.ofSeconds(3));
        assertThat(arguments.longestPause()).isEqualTo(Duration.ofSeconds(8));
        assertThat(arguments.keepData()).isFalse();
        assertThat(arguments.settings().oneInstanceOfEachService()).isFalse();
        assertThat(arguments.help()).isFalse();
    }

    @Test
    void theDataIsKeptWhenAsked() throws Exception {
        assertThat(ChaosArguments.parse("--keep-data").keepData()).isTrue();
    }

    @Test
    void oneInstanceOfEachServiceIsKilledWhenAsked() throws Exception {
        assertThat(ChaosArguments.parse("--one-instance-each").settings().oneInstanceOfEachService()).isTrue();
    }

    @Test
    void aDurationMakesTheLongRunWithLongerPauses() throws Exception {
        ChaosArguments arguments = ChaosArguments.parse("--duration", "10m", "--seed", "99", "--clients", "8");

        assertThat(arguments.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(arguments.cases()).isZero();
        assertThat(arguments.settings().untilTimeIsUp()).isTrue();
        assertThat(arguments.seed()).isEqualTo(99);
        assertThat(arguments.clients()).isEqualTo(8);
        assertThat(arguments.shortestPause()).isEqualTo(Duration.ofSeconds(10));
        assertThat(arguments.longestPause()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void durationsTakeHoursMinutesSecondsOrPlainSeconds() throws Exception {
        assertThat(ChaosArguments.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(ChaosArguments.duration("600s")).isEqualTo(Duration.ofMinutes(10));
        assertThat(ChaosArguments.duration("90")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void theLastOfCasesAndDurationCounts() throws Exception {
        assertThat(ChaosArguments.parse("--duration", "5m", "--cases", "30").duration()).isNull();
        assertThat(ChaosArguments.parse("--cases", "30", "--duration", "5m").cases()).isZero();
    }

    @Test
    void pausesAndInstancesAreGiven() throws Exception {
        ChaosArguments arguments = ChaosArguments.parse("--pauses", "0-2", "--instances", "1");

        assertThat(arguments.shortestPause()).isZero();
        assertThat(arguments.longestPause()).isEqualTo(Duration.ofSeconds(2));
        assertThat(arguments.instances()).isEqualTo(1);
    }

    @Test
    void theSeedIsChosenWhenNotGiven() throws Exception {
        assertThat(ChaosArguments.parse().seed()).isBetween(0L, 999_999L);
    }

    @Test
    void helpIsAsked() throws Exception {
        assertThat(ChaosArguments.parse("--help").help()).isTrue();
        assertThat(ChaosArguments.parse("-h").help()).isTrue();
    }

    @Test
    void mistypedCommandLinesAreRefusedSayingWhy() {
        assertThatThrownBy(() -> ChaosArguments.parse("--cases")).hasMessage("--cases needs a value");
        assertThatThrownBy(() -> ChaosArguments.parse("--cases", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> ChaosArguments.parse("--clients", "many")).hasMessageContaining("a number");
        assertThatThrownBy(() -> ChaosArguments.parse("--duration", "soon")).hasMessageContaining("10m");
        assertThatThrownBy(() -> ChaosArguments.parse("--duration", "0m")).hasMessageContaining("positive");
        assertThatThrownBy(() -> ChaosArguments.parse("--pauses", "5")).hasMessageContaining("MIN-MAX");
        assertThatThrownBy(() -> ChaosArguments.parse("--pauses", "8-3")).hasMessageContaining("MIN <= MAX");
        assertThatThrownBy(() -> ChaosArguments.parse("--kill", "all")).hasMessage("unknown option --kill");
    }
}
