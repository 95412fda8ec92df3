package org.casemgmt.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key that signs every token. Kept in a file when a directory is given, so that a restarted server (and so a
 * restarted platform) still has the key the services' cached tokens were signed with.
 */
final class SigningKey {

    static final String FILE_NAME = "signing-key.jwk.json";
    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final int KEY_SIZE = 2048;

    private SigningKey() {
    }

    /** The key in {@code dir}, created there on the first start; a new one for this start alone when null. */
    static RSAKey loadOrCreate(Path dir) {
        if (dir == null) {
            log.info("No casemgmt.auth.key-store-dir: tokens signed by this start are refused after a restart");
            return generate();
        }
        Path file = dir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            RSAKey key = generate();
            Files.createDirectories(dir);
            // Written aside, then moved: a crash mid-write must not leave a half key that fails every later start.
            Path partial = Files.createTempFile(dir, FILE_NAME, ".partial",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(partial, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Created the signing key {}", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not an RSA JWK: delete it to have a new key made", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("the JDK cannot make an RSA key pair", e);
        }
    }
}
