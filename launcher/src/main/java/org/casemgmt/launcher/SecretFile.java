package org.casemgmt.launcher;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret kept in a file under the data directory, readable by its owner only: created on first use, read on
 * every later start, since what was made with it (wrapped keys, the broker's credentials) outlives a restart.
 */
final class SecretFile {

    private SecretFile() {
    }

    /** The secret in {@code file}, first written there as {@code bytes} random bytes in {@code encoding}. */
    static String readOrCreate(Path file, int bytes, Base64.Encoder encoding) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            create(file, bytes, encoding);
        }
        return Files.readString(file).strip();
    }

    /** Written aside and moved into place, so a concurrent start never reads a half-written secret. */
    private static void create(Path file, int bytes, Base64.Encoder encoding) throws IOException {
        byte[] secret = new byte[bytes];
        new SecureRandom().nextBytes(secret);
        Path written = Files.createTempFile(file.getParent(), "secret-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(written, encoding.encodeToString(secret));
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException startedTwice) {
            Files.delete(written);
        }
    }
}
