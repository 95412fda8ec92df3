package org.casemgmt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code bin/bench-audit} with short windows: every point comes out, really measured, on a trail that verifies.
 * Not how fast the trail is: that is never asserted.
 */
class AuditAppendBenchTest {

    @Test
    void aShortRunPrintsEveryPointWithItsFiguresAndAnIntactTrail() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<AuditAppendBench.Point> points = AuditAppendBench.bench(
                AuditBenchArguments.parse("--warmup", "0", "--window", "0.3"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String table = printed.toString(StandardCharsets.UTF_8);
        System.out.print(table); // the figures, in the test's report
        assertThat(table).contains("Audit trail appends", "H2 file", "unmeasured", "appends/s", "p50", "p99",
                "verification afterwards");
        assertThat(points).extracting(point -> point.instances() + "x" + point.writers())
                .containsExactly("1x1", "1x4", "1x16", "2x1", "2x4", "2x16");
        assertThat(points).allSatisfy(point -> {
            assertThat(point.perSecond()).as("appends/s of %s", point).isPositive();
            assertThat(point.latency().p50Nanos()).isPositive();
            assertThat(point.failed()).isZero();
            assertThat(point.verification().intact()).as("%s", point.verification()).isTrue();
            assertThat(point.stored()).isEqualTo(point.appended()).isEqualTo(point.verification().entriesChecked());
            assertThat(table).containsPattern("\\s" + point.instances() + "\\s+" + point.writers() + "\\s+[0-9.]+\\s.*"
                    + "intact, [0-9,]+ entries");
        });
    }

    @Test
    void theInMemoryStoreIsMeasuredTheSameWay() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<AuditAppendBench.Point> points = AuditAppendBench.bench(AuditBenchArguments.parse("--store", "memory",
                "--instances", "2", "--writers", "4", "--warmup", "0.2", "--window", "0.2"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("in memory");
        assertThat(points).singleElement().satisfies(point -> {
            assertThat(point.perSecond()).isPositive();
            assertThat(point.verification().intact()).isTrue();
        });
    }
}
