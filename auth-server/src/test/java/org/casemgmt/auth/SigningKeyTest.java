package org.casemgmt.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void aKeptKeyIsTheSameAfterARestartSoEarlierTokensStillVerify() throws Exception {
        RSAKey first = SigningKey.loadOrCreate(dir.resolve("auth"));
        RSAKey afterRestart = SigningKey.loadOrCreate(dir.resolve("auth"));

        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(afterRestart.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(afterRestart.isPrivate()).isTrue();
        assertThat(first.size()).isEqualTo(2048);
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws Exception {
        SigningKey.loadOrCreate(dir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(SigningKey.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void withoutADirectoryEachStartHasItsOwnKey() {
        assertThat(SigningKey.loadOrCreate(null).getKeyID()).isNotEqualTo(SigningKey.loadOrCreate(null).getKeyID());
    }
}
