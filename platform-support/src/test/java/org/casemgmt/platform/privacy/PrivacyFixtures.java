package org.casemgmt.platform.privacy;

import java.util.Base64;
import java.util.Map;

/** Master keys for the privacy tests: before and after a rotation. */
final class PrivacyFixtures {

    static final byte[] MASTER_1 = bytes(1);
    static final byte[] MASTER_2 = bytes(2);

    private PrivacyFixtures() {
    }

    static MasterKeys onlyMaster1() {
        return new MasterKeys("master-1", Map.of("master-1", MASTER_1), null);
    }

    /** After rotating from master-1 to master-2. */
    static MasterKeys rotatedToMaster2() {
        return new MasterKeys("master-2", Map.of("master-1", MASTER_1, "master-2", MASTER_2), null);
    }

    static String base64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    private static byte[] bytes(int seed) {
        byte[] key = new byte[MasterKeys.KEY_BYTES];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }
}
