package org.casemgmt.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Lets a service look up and compare encrypted values without decrypting them: the token of a value is
 * HMAC-SHA256 under a key derived from the master key (never a subject's data key, so equal values of different
 * subjects meet, which duplicate detection needs), truncated to 16 bytes, base64url. Each purpose (a field, a
 * kind of match key) has its own key, so the same value gives unrelated tokens in different fields.
 *
 * <p>Store the token beside the encrypted value, indexed, and search by the token of the value searched for. The
 * caller normalises first (case, accents, punctuation...), since only exactly equal inputs give equal tokens.
 *
 * <p>A token hides a value only as well as the value is hard to guess: whoever holds the master key can try
 * every birth date of a century, or every phonetic key, in moments. Without it the tokens reveal only which
 * records share a value. Tokens are not personal data the erasure destroys; on their own they identify no one.
 */
public final class BlindIndex {

    private static final String HMAC = "HmacSHA256";
    private static final int TOKEN_BYTES = 16;

    private final SecretKeySpec indexKey;
    private final Map<String, SecretKeySpec> purposeKeys = new ConcurrentHashMap<>();

    public BlindIndex(byte[] indexKey) {
        this.indexKey = new SecretKeySpec(indexKey, HMAC);
    }

    /** The token of {@code normalisedValue} for {@code purpose}, e.g. {@code of("client.birth-date", "1984-03-07")}. */
    public String of(String purpose, String normalisedValue) {
        if (normalisedValue == null) {
            return null;
        }
        byte[] mac = hmac(purposeKeys.computeIfAbsent(purpose, this::purposeKey), normalisedValue);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, TOKEN_BYTES));
    }

    /** The tokens of several values for one purpose, e.g. a name's phonetic keys, in their order and distinct. */
    public List<String> ofEach(String purpose, Collection<String> normalisedValues) {
        return normalisedValues.stream().map(value -> of(purpose, value)).distinct().toList();
    }

    private SecretKeySpec purposeKey(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("a blind index needs a purpose, so fields do not share tokens");
        }
        return new SecretKeySpec(hmac(indexKey, "purpose:" + purpose), HMAC);
    }

    private static byte[] hmac(SecretKeySpec key, String input) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("cannot compute a blind index", unexpected);
        }
    }
}
