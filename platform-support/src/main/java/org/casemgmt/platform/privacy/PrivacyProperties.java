package org.casemgmt.platform.privacy;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casemgmt.privacy.*}: the master key that wraps every subject's data key, and the key cache.
 *
 * @param masterKey           32 random bytes in base64 ({@code openssl rand -base64 32}); in the environment
 *                            {@code CASEMGMT_PRIVACY_MASTER_KEY}. Without it the service does not start, unless
 *                            {@code allowDevelopmentKey}
 * @param masterKeyId         a name for that key ({@code CASEMGMT_PRIVACY_MASTER_KEY_ID}), stored beside every data
 *                            key it wraps, so that after a rotation the right key unwraps each one
 * @param previousMasterKeys  id → base64 key of master keys rotated out: they still unwrap the data keys they
 *                            wrapped, and each such key is re-wrapped with the current master key when first read
 * @param blindIndexKeyId     the master key the blind-index key is derived from; the current one if not set.
 *                            After a rotation keep it naming the original key: another key gives other tokens, and
 *                            every stored blind index would have to be recomputed
 * @param allowDevelopmentKey without a master key, use a fixed, publicly known one and warn loudly: for a
 *                            developer's machine only, never for real people's data
 * @param keyCacheSize        how many subjects' unwrapped keys one instance keeps in memory
 * @param keyCacheTtl         how long a cached key is used before the store is asked again: the longest time
 *                            another instance may still read a subject that one instance has erased
 */
@ConfigurationProperties("casemgmt.privacy")
public record PrivacyProperties(
        String masterKey,
        String masterKeyId,
        Map<String, String> previousMasterKeys,
        String blindIndexKeyId,
        @DefaultValue("false") boolean allowDevelopmentKey,
        @DefaultValue("1000") int keyCacheSize,
        @DefaultValue("60s") Duration keyCacheTtl) {

    public PrivacyProperties {
        previousMasterKeys = previousMasterKeys == null ? Map.of() : Map.copyOf(previousMasterKeys);
    }
}
