package org.casemgmt.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MasterKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void isCreatedOnceAndReadOnEveryLaterStart() throws Exception {
        Map<String, String> first = MasterKey.environment(dataDir.resolve("privacy"));
        Map<String, String> second = MasterKey.environment(dataDir.resolve("privacy"));

        assertThat(second).isEqualTo(first);
        assertThat(Base64.getDecoder().decode(first.get(MasterKey.KEY_VARIABLE))).hasSize(32);
        assertThat(first).containsEntry(MasterKey.KEY_ID_VARIABLE, "embedded-1");
    }

    @Test
    void isReadableByItsOwnerOnly() throws Exception {
        MasterKey.environment(dataDir.resolve("privacy"));

        Path key = dataDir.resolve("privacy").resolve("embedded-1.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void differsBetweenDataDirectories() throws Exception {
        assertThat(MasterKey.environment(dataDir.resolve("a")).get(MasterKey.KEY_VARIABLE))
                .isNotEqualTo(MasterKey.environment(dataDir.resolve("b")).get(MasterKey.KEY_VARIABLE));
    }
}
