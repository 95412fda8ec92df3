package org.casemgmt.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fault suite's short run, as {@code bin/chaos --cases N --one-instance-each} makes it, against the platform the
 * launcher starts from this repository's jars with two instances of every stage: cases driven to their closure while
 * every component (of each stage, one of its two instances) is killed once with SIGKILL and bad input is injected,
 * and every verdict holds.
 */
class ChaosShortRunIT {

    /** A few hundred in the long run's terms is too long for the build: enough to keep every stage busy while all die. */
    private static final String CASES = "24";
    /**
     * Seconds between two kills: shorter than bin/chaos's 3 to 8, since the run lasts until the last component killed
     * is back. Kills of the same kind still never overlap.
     */
    private static final String PAUSES = "2-5";

    @Test
    @Timeout(value = 25, unit = TimeUnit.MINUTES)
    void casesFlowWhileEveryComponentIsKilledAndNothingIsLostOrDoneTwice() throws Exception {
        Path repo = Path.of(System.getProperty("casemgmt.repo.dir", "..")).toAbsolutePath().normalize();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        ChaosReport report = ChaosMain.chaos(ChaosArguments.parse("--cases", CASES, "--seed", "16", "--pauses", PAUSES,
                "--one-instance-each"), repo, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String table = printed.toString(StandardCharsets.UTF_8);
        System.out.print(table); // the verdicts, in the test's report
        assertThat(report.verdicts()).as(table).allSatisfy(verdict -> assertThat(verdict.holds())
                .as("%s: %s", verdict.check(), verdict.figures()).isTrue());
        assertThat(report.recoveries()).extracting(recovery -> Faults.serviceOf(recovery.component()))
                .as("every kind of component killed once, and back")
                .containsExactlyInAnyOrder("mongodb", "kafka", "clamd", "auth-server", "intake-service",
                        "planning-service", "referral-service", "monitoring-service", "closure-service",
                        "partner-service", "gateway", "console");
        assertThat(report.closed()).hasSizeGreaterThanOrEqualTo(Integer.parseInt(CASES));
    }
}
