package org.casemgmt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void percentilesAreNearestRankSoEachIsADurationThatWasMeasured() {
        List<Long> oneToHundred = new ArrayList<>(LongStream.rangeClosed(1, 100).boxed().toList());
        Collections.shuffle(oneToHundred);

        Samples.Distribution distribution = Samples.Distribution.of(oneToHundred);

        assertThat(distribution.count()).isEqualTo(100);
        assertThat(distribution.p50Nanos()).isEqualTo(50);
        assertThat(distribution.p95Nanos()).isEqualTo(95);
        assertThat(distribution.p99Nanos()).isEqualTo(99);
        assertThat(distribution.maxNanos()).isEqualTo(100);
    }

    @Test
    void withFewSamplesTheHighPercentilesAreTheSlowestOnes() {
        Samples.Distribution twenty = Samples.Distribution.of(LongStream.rangeClosed(1, 20).boxed().toList());

        // rank ceil(20 * 0.95) = 19 and ceil(20 * 0.99) = 20
        assertThat(twenty.p95Nanos()).isEqualTo(19);
        assertThat(twenty.p99Nanos()).isEqualTo(20);
        assertThat(twenty.p50Nanos()).isEqualTo(10);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Samples.Distribution one = Samples.Distribution.of(List.of(7_000_000L));

        assertThat(List.of(one.p50Millis(), one.p95Millis(), one.p99Millis(), one.maxMillis()))
                .containsOnly(7.0);
    }

    @Test
    void nothingMeasuredReadsAsZeros() {
        assertThat(Samples.Distribution.of(List.of())).isEqualTo(new Samples.Distribution(0, 0, 0, 0, 0));
    }

    @Test
    void clearForgetsTheWarmUpAndFiguresKeepTheOrderTheyWereFirstMeasuredIn() {
        Figure second = new Figure("second", "second");
        Figure first = new Figure("first", "first");
        Samples samples = new Samples();
        samples.add(first, 1_000);
        samples.clear();
        samples.add(second, 2);
        samples.add(first, 1);
        samples.add(second, 4);

        assertThat(samples.distributions()).containsOnlyKeys(second, first);
        assertThat(samples.distributions().keySet()).containsExactly(second, first);
        assertThat(samples.distributions().get(first).maxNanos()).isEqualTo(1);
        assertThat(samples.distributions().get(second).count()).isEqualTo(2);
    }
}
