package org.casemgmt.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master keys from configuration: the current one wraps new data keys (AES key wrap, RFC 3394, whose
 * integrity check makes a wrong master key fail instead of yielding a wrong data key); every configured one
 * unwraps what it wrapped. The blind-index key is derived from one of them, so no second secret has to be
 * configured and kept.
 */
final class MasterKeys {

    static final String DEVELOPMENT_KEY_ID = "development";
    static final int KEY_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);
    private static final String WRAP = "AESWrap";
    private static final String HMAC = "HmacSHA256";
    private static final byte[] BLIND_INDEX_LABEL = "casemgmt blind index v1".getBytes(StandardCharsets.UTF_8);
    /** Anyone can compute this key from this source: it protects nothing, it only lets a laptop start. */
    private static final String DEVELOPMENT_KEY_SEED = "casemgmt development master key: public, never for real data";

    private final String currentId;
    private final Map<String, SecretKey> byId;
    private final String blindIndexKeyId;

    MasterKeys(String currentId, Map<String, byte[]> keysById, String blindIndexKeyId) {
        this.currentId = currentId;
        this.byId = new HashMap<>();
        keysById.forEach((id, key) -> byId.put(id, aesKey(key, "master key " + id)));
        this.blindIndexKeyId = blindIndexKeyId == null ? currentId : blindIndexKeyId;
        if (!byId.containsKey(this.blindIndexKeyId)) {
            throw new IllegalStateException("casemgmt.privacy.blind-index-key-id names master key "
                    + this.blindIndexKeyId + ", which is neither the current nor a previous master key");
        }
    }

    static MasterKeys from(PrivacyProperties properties) {
        Map<String, byte[]> keys = new HashMap<>();
        properties.previousMasterKeys().forEach((id, key) ->
                keys.put(id, decode(key, "casemgmt.privacy.previous-master-keys." + id)));
        if (properties.masterKey() == null || properties.masterKey().isBlank()) {
            if (!properties.allowDevelopmentKey()) {
                throw new IllegalStateException("casemgmt.privacy.master-key is not set, and without it personal "
                        + "data cannot be encrypted. Set CASEMGMT_PRIVACY_MASTER_KEY to 32 random bytes in base64 "
                        + "(openssl rand -base64 32) and CASEMGMT_PRIVACY_MASTER_KEY_ID to a name for that key; "
                        + "on a developer's machine only, casemgmt.privacy.allow-development-key=true instead.");
            }
            log.warn("!!! casemgmt.privacy.master-key is not set: personal data is encrypted with the PUBLICLY KNOWN "
                    + "development master key (casemgmt.privacy.allow-development-key=true). Anyone with the "
                    + "database can read it. Never run like this with real people's data. !!!");
            keys.put(DEVELOPMENT_KEY_ID, developmentKey());
            return new MasterKeys(DEVELOPMENT_KEY_ID, keys, properties.blindIndexKeyId());
        }
        if (properties.masterKeyId() == null || properties.masterKeyId().isBlank()) {
            throw new IllegalStateException("casemgmt.privacy.master-key-id is not set: name the master key "
                    + "(CASEMGMT_PRIVACY_MASTER_KEY_ID), so that a rotated key can still unwrap what it wrapped");
        }
        keys.put(properties.masterKeyId(), decode(properties.masterKey(), "casemgmt.privacy.master-key"));
        return new MasterKeys(properties.masterKeyId(), keys, properties.blindIndexKeyId());
    }

    String currentId() {
        return currentId;
    }

    byte[] wrap(SecretKey dataKey) {
        try {
            Cipher cipher = Cipher.getInstance(WRAP);
            cipher.init(Cipher.WRAP_MODE, byId.get(currentId));
            return cipher.wrap(dataKey);
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("cannot wrap a data key with master key " + currentId, unexpected);
        }
    }

    SecretKey unwrap(String masterKeyId, byte[] wrapped) {
        SecretKey master = byId.get(masterKeyId);
        if (master == null) {
            throw new IllegalStateException("a data key is wrapped by master key " + masterKeyId + ", which is not "
                    + "configured: add it to casemgmt.privacy.previous-master-keys." + masterKeyId);
        }
        try {
            Cipher cipher = Cipher.getInstance(WRAP);
            cipher.init(Cipher.UNWRAP_MODE, master);
            return (SecretKey) cipher.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
        } catch (InvalidKeyException wrongKey) {
            throw new IllegalStateException("a data key does not unwrap with master key " + masterKeyId
                    + ": the key configured under that id is not the one that wrapped it, or the stored key is altered",
                    wrongKey);
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("cannot unwrap a data key with master key " + masterKeyId, unexpected);
        }
    }

    /** HMAC(master key, label): a key of its own, so an index token reveals nothing about the master key. */
    byte[] blindIndexKey() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(byId.get(blindIndexKeyId));
            return mac.doFinal(BLIND_INDEX_LABEL);
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("cannot derive the blind-index key", unexpected);
        }
    }

    static SecretKey aesKey(byte[] key, String what) {
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(what + " must be " + KEY_BYTES + " bytes (AES-256), is " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }

    private static byte[] decode(String base64, String property) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(property + " is not base64", notBase64);
        }
    }

    private static byte[] developmentKey() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(DEVELOPMENT_KEY_SEED.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }
}
