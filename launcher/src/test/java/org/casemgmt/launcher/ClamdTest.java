package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClamdTest {

    @TempDir
    Path dir;

    @Test
    void withoutFreshclamsDatabaseTheOwnDirectoryGetsTheEicarSignatureAlone() throws Exception {
        Clamd.Signatures signatures = Clamd.Signatures.prepare(dir.resolve("no-freshclam"), dir.resolve("db"));

        assertThat(signatures.testOnly()).isTrue();
        assertThat(signatures.directory()).isEqualTo(dir.resolve("db"));
        assertThat(dir.resolve("db").resolve(Clamd.TEST_SIGNATURE_FILE)).content()
                .startsWith("Eicar-Test-Signature:0:0:58354f2150254041505b345c505a58353428505e2937434329377d2445494341")
                .endsWith("2b482a\n");
    }

    @Test
    void freshclamsDatabaseIsUsedWhereItIsAndNothingIsWrittenBesideIt() throws Exception {
        Path freshclam = Files.createDirectories(dir.resolve("freshclam"));
        Files.writeString(freshclam.resolve("daily.cld"), "");

        Clamd.Signatures signatures = Clamd.Signatures.prepare(freshclam, dir.resolve("db"));

        assertThat(signatures.testOnly()).isFalse();
        assertThat(signatures.directory()).isEqualTo(freshclam);
        assertThat(dir.resolve("db")).doesNotExist();
    }

    @Test
    void theConfigurationListensOnLoopbackAloneInTheForegroundAndLooksForFreshclamsUpdatesOnly() {
        String testOnly = Clamd.config(3310, new Clamd.Signatures(dir.resolve("db"), true), dir.resolve("tmp"));
        String freshclam = Clamd.config(3311, new Clamd.Signatures(Path.of("/var/lib/clamav"), false),
                dir.resolve("tmp"));

        assertThat(testOnly.lines()).contains("Foreground yes", "TCPAddr 127.0.0.1", "TCPSocket 3310",
                "DatabaseDirectory " + dir.resolve("db"), "TemporaryDirectory " + dir.resolve("tmp"),
                "StreamMaxLength 25M", "MaxFileSize 25M", "MaxScanSize 100M", "SelfCheck 0");
        assertThat(testOnly).doesNotContain("LocalSocket", "LogFile", "OnAccess");
        assertThat(freshclam.lines()).contains("TCPSocket 3311", "DatabaseDirectory /var/lib/clamav", "SelfCheck 3600");
    }
}
