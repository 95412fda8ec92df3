package org.casemgmt.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchArgumentsTest {

    @Test
    void theDefaultRunMeasuresEverySectionAtFullLength() throws Exception {
        BenchArguments defaults = BenchArguments.parse();

        assertThat(defaults.quick()).isFalse();
        assertThat(defaults.help()).isFalse();
        assertThat(defaults.cases()).isEqualTo(50);
        assertThat(defaults.warmup()).isEqualTo(10);
        assertThat(defaults.rawRecords()).isEqualTo(500);
        assertThat(defaults.concurrencies()).containsExactly(1, 4, 16);
        assertThat(defaults.windowWarmup()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.httpWindow()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.loadSteps()).containsExactly(1, 2, 4, 8, 16, 32);
        assertThat(defaults.loadWindow()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.history()).containsExactly(1_000, 100_000);
        assertThat(defaults.json()).isEmpty();
    }

    @Test
    void quickShortensEverythingWhereverItStands() throws Exception {
        BenchArguments quick = BenchArguments.parse("--json", "out.json", "--quick");

        assertThat(quick.quick()).isTrue();
        assertThat(quick.concurrencies()).containsExactly(1, 4);
        assertThat(quick.loadSteps()).containsExactly(1, 2);
        assertThat(quick.history()).containsExactly(1_000);
        assertThat(quick.httpWindow()).isLessThan(Duration.ofSeconds(5));
        assertThat(quick.loadWindow()).isLessThan(Duration.ofSeconds(10));
        assertThat(quick.json()).contains(Path.of("out.json"));
    }

    @Test
    void anOptionGivenBeatsQuicksDefaultInEitherOrder() throws Exception {
        assertThat(BenchArguments.parse("--cases", "20", "--quick").cases()).isEqualTo(20);
        assertThat(BenchArguments.parse("--quick", "--cases", "20").cases()).isEqualTo(20);
    }

    @Test
    void readsListsAndSecondsWithAFraction() throws Exception {
        BenchArguments arguments = BenchArguments.parse("--concurrency", "2,8", "--load-steps", "1,3,9",
                "--window-warmup", "0", "--http-window", "0.5", "--load-window", "3", "--raw-records", "50",
                "--warmup", "0");

        assertThat(arguments.concurrencies()).containsExactly(2, 8);
        assertThat(arguments.loadSteps()).containsExactly(1, 3, 9);
        assertThat(arguments.windowWarmup()).isZero();
        assertThat(arguments.httpWindow()).isEqualTo(Duration.ofMillis(500));
        assertThat(arguments.loadWindow()).isEqualTo(Duration.ofSeconds(3));
        assertThat(arguments.rawRecords()).isEqualTo(50);
        assertThat(arguments.warmup()).isZero();
    }

    @Test
    void historyNoneSkipsIt() throws Exception {
        assertThat(BenchArguments.parse("--history", "none").history()).isEmpty();
        assertThat(BenchArguments.parse("--history", "2000,50000").history()).containsExactly(2_000, 50_000);
    }

    @Test
    void helpIsAnswered() throws Exception {
        assertThat(BenchArguments.parse("--cases", "3", "--help").help()).isTrue();
        assertThat(BenchArguments.parse("-h").help()).isTrue();
    }

    @Test
    void refusesWhatCannotBeMeantWithTheOptionAtFault() {
        List.of(
                List.of("--cases", "0"),
                List.of("--cases", "many"),
                List.of("--cases"),
                List.of("--warmup", "-1"),
                List.of("--history", "100000,1000"),
                List.of("--load-steps", "4,2"),
                List.of("--load-steps", "1,1"),
                List.of("--concurrency", "0,4"),
                List.of("--concurrency", "1,,4"),
                List.of("--http-window", "0"),
                List.of("--load-window", "soon"),
                List.of("--window-warmup", "-1"),
                List.of("--json"),
                List.of("--fast")).forEach(args ->
                assertThatThrownBy(() -> BenchArguments.parse(args.toArray(String[]::new)))
                        .as("%s", args).isInstanceOf(BenchArguments.UsageError.class)
                        .hasMessageContaining(args.getFirst()));
    }
}
