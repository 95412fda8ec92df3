package org.casemgmt.platform.privacy;

import java.time.Duration;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeysTest {

    @Test
    void withoutAMasterKeyTheServiceRefusesToStartSayingWhatToSet() {
        assertThatThrownBy(() -> MasterKeys.from(properties(null, null, Map.of(), null, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("casemgmt.privacy.master-key is not set")
                .hasMessageContaining("CASEMGMT_PRIVACY_MASTER_KEY")
                .hasMessageContaining("allow-development-key");
    }

    @Test
    void theDevelopmentKeyIsUsedOnlyWhenAllowedAndIsTheSameOnEveryStart() {
        MasterKeys development = MasterKeys.from(properties(null, null, Map.of(), null, true));

        assertThat(development.currentId()).isEqualTo(MasterKeys.DEVELOPMENT_KEY_ID);
        assertThat(MasterKeys.from(properties(null, null, Map.of(), null, true)).blindIndexKey())
                .isEqualTo(development.blindIndexKey());
    }

    @Test
    void aMasterKeyNeedsAnIdAndThirtyTwoBytes() {
        String key = PrivacyFixtures.base64(PrivacyFixtures.MASTER_1);

        assertThatThrownBy(() -> MasterKeys.from(properties(key, " ", Map.of(), null, false)))
                .hasMessageContaining("casemgmt.privacy.master-key-id is not set");
        assertThatThrownBy(() -> MasterKeys.from(properties("c2hvcnQ=", "m", Map.of(), null, false)))
                .hasMessageContaining("master key m must be 32 bytes (AES-256), is 5");
        assertThatThrownBy(() -> MasterKeys.from(properties("not base64!", "m", Map.of(), null, false)))
                .hasMessageContaining("casemgmt.privacy.master-key is not base64");
    }

    @Test
    void previousMasterKeysUnwrapWhatTheyWrapped() {
        SecretKeySpec dataKey = new SecretKeySpec(PrivacyFixtures.MASTER_2, "AES");
        byte[] wrappedByMaster1 = PrivacyFixtures.onlyMaster1().wrap(dataKey);

        MasterKeys rotated = MasterKeys.from(properties(PrivacyFixtures.base64(PrivacyFixtures.MASTER_2), "master-2",
                Map.of("master-1", PrivacyFixtures.base64(PrivacyFixtures.MASTER_1)), null, false));

        assertThat(rotated.currentId()).isEqualTo("master-2");
        assertThat(rotated.unwrap("master-1", wrappedByMaster1).getEncoded()).isEqualTo(dataKey.getEncoded());
    }

    @Test
    void theBlindIndexKeyStaysWithTheMasterKeyItWasDerivedFromAcrossARotation() {
        String master1 = PrivacyFixtures.base64(PrivacyFixtures.MASTER_1);
        String master2 = PrivacyFixtures.base64(PrivacyFixtures.MASTER_2);
        MasterKeys before = MasterKeys.from(properties(master1, "master-1", Map.of(), null, false));

        MasterKeys after = MasterKeys.from(properties(master2, "master-2", Map.of("master-1", master1), "master-1", false));

        assertThat(after.blindIndexKey()).isEqualTo(before.blindIndexKey()).isNotEqualTo(PrivacyFixtures.MASTER_1);
        assertThatThrownBy(() -> MasterKeys.from(properties(master2, "master-2", Map.of(), "master-1", false)))
                .hasMessageContaining("casemgmt.privacy.blind-index-key-id names master key master-1");
    }

    private static PrivacyProperties properties(String key, String id, Map<String, String> previous,
                                                String blindIndexKeyId, boolean allowDevelopmentKey) {
        return new PrivacyProperties(key, id, previous, blindIndexKeyId, allowDevelopmentKey, 100, Duration.ofSeconds(60));
    }
}
