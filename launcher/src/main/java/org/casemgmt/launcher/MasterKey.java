package org.casemgmt.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * The master key that wraps every client's data key in the services, kept under the data directory. It is created
 * once and read on every later start: the embedded store outlives a restart, and data keys wrapped by a lost master
 * key could never be unwrapped again. Readable by its owner only, like any secret on disk.
 */
final class MasterKey {

    static final String KEY_VARIABLE = "CASEMGMT_PRIVACY_MASTER_KEY";
    static final String KEY_ID_VARIABLE = "CASEMGMT_PRIVACY_MASTER_KEY_ID";
    /** One key per data directory; a rotation would add a second one under another id. */
    static final String KEY_ID = "embedded-1";
    private static final int KEY_BYTES = 32;

    private MasterKey() {
    }

    /** The services' environment naming the key, created under {@code dir} on first use. */
    static Map<String, String> environment(Path dir) throws LaunchException {
        Path file = dir.resolve(KEY_ID + ".key");
        try {
            return Map.of(KEY_VARIABLE, SecretFile.readOrCreate(file, KEY_BYTES, Base64.getEncoder()),
                    KEY_ID_VARIABLE, KEY_ID);
        } catch (IOException e) {
            throw new LaunchException("could not read or create the master key " + file + ": " + e.getMessage(), e);
        }
    }
}
