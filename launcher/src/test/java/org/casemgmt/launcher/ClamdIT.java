package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real clamd, as the launcher and other modules' tests run it. */
class ClamdIT {

    @TempDir
    Path dir;

    /** bin/test installs clamd where it is missing and it can; CI fails without it. */
    @BeforeAll
    static void requireClamd() {
        if (!Clamd.isInstalled()) {
            String missing = "clamd is not installed, so the virus scanner was not tested: " + Clamd.INSTALL_COMMAND
                    + " (bin/test does)";
            if (System.getenv("CI") != null) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
    }

    @Test
    void answersPingFlagsTheEicarTestFileAndPassesACleanOne() throws Exception {
        try (Clamd clamd = Clamd.start(dir)) {
            assertThat(Clamd.answersPing(clamd.host(), clamd.port(), Duration.ofSeconds(2))).isTrue();

            assertThat(ClamdStream.scan(clamd.port(), Clamd.EICAR.getBytes(StandardCharsets.US_ASCII)))
                    .startsWith("stream: ").contains("Eicar").endsWith(" FOUND");
            assertThat(ClamdStream.scan(clamd.port(), (Clamd.EICAR + "\r\n").getBytes(StandardCharsets.US_ASCII)))
                    .as("the test file with a line break, as an editor saves it").endsWith(" FOUND");
            byte[] clean = "Referral letter for the shelter, page 1.\n".repeat(2_000).getBytes(StandardCharsets.UTF_8);
            assertThat(ClamdStream.scan(clamd.port(), clean)).as("%d bytes in several chunks", clean.length)
                    .isEqualTo("stream: OK");
            assertThat(ClamdStream.scan(clamd.port(), new byte[0])).as("an empty file").isEqualTo("stream: OK");
        }
    }

    @Test
    void withoutFreshclamsDatabaseItLoadsTheTestSignatureFromItsOwnDirectoryWithItsOwnConfiguration()
            throws Exception {
        try (Clamd clamd = Clamd.start(dir)) {
            String config = Files.readString(dir.resolve("clamd.conf"));
            assertThat(config).contains("Foreground yes", "TCPAddr 127.0.0.1", "TCPSocket " + clamd.port(),
                    "StreamMaxLength 25M").doesNotContain("LocalSocket");
            if (clamd.hasTestSignatureOnly()) {
                assertThat(clamd.databaseDirectory()).isEqualTo(dir.resolve("db"));
                assertThat(config).contains("DatabaseDirectory " + dir.resolve("db"), "SelfCheck 0");
            } else {
                assertThat(clamd.databaseDirectory()).isEqualTo(Path.of(Clamd.FRESHCLAM_DATABASE));
            }
            assertThat(dir.resolve("logs/clamd.log")).exists();
            assertThat(clamd.processIds()).containsOnlyKeys(Clamd.NAME);
        }
    }

    @Test
    void stopsOnCloseAndStartsAgainOnTheSameDirectoryAfterASigkill() throws Exception {
        int port;
        try (Clamd first = Clamd.start(dir)) {
            port = first.port();
            first.process().crash();
            assertThat(first.isReady()).isFalse();
        }
        assertThat(LocalPorts.accepts(port)).as("killed").isFalse();

        Clamd second = Clamd.start(dir);
        try {
            assertThat(ClamdStream.scan(second.port(), Clamd.EICAR.getBytes(StandardCharsets.US_ASCII)))
                    .endsWith(" FOUND");
        } finally {
            second.close();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !LocalPorts.accepts(second.port()));
    }

    @Test
    void aLargeUploadIsScannedWholeUpToTheStreamLimit() throws IOException, LaunchException {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        try (Clamd clamd = Clamd.start(dir)) {
            assertThat(ClamdStream.scan(clamd.port(), tenMegabytes)).isEqualTo("stream: OK");
        }
    }
}
