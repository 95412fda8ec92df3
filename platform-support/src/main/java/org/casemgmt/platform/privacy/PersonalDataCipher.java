package org.casemgmt.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts a subject's personal data field by field with that subject's own key (AES-256-GCM, a random 96-bit
 * nonce per value, the subject id as associated data), so that destroying the key with {@link #erase} makes
 * every copy of the data in the database unreadable at once, without finding and deleting each one.
 *
 * <p>A value is stored as {@code v1:<base64 of nonce | ciphertext and tag>}. The {@code v1} is the format; there
 * is no key version in it because a subject has one data key for life: rotating the master key re-wraps the data
 * keys and leaves the values alone. Because the subject id is authenticated with the value, a value copied into
 * another subject's record does not decrypt there.
 *
 * <p>{@code null} stays {@code null}, whether the subject is erased or not. Every other call for an erased
 * subject throws {@link SubjectErasedException}: show the record as erased.
 */
public class PersonalDataCipher {

    private static final String FORMAT = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SubjectKeys keys;
    private final SecureRandom random;

    PersonalDataCipher(SubjectKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** Creates the subject's key on first use. @throws SubjectErasedException the subject has been erased */
    public String encrypt(String subjectId, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.forEncryption(subjectId), nonce, subjectId, subjectId,
                plaintext.getBytes(StandardCharsets.UTF_8));
        return FORMAT + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    /**
     * @throws SubjectErasedException the subject has been erased
     * @throws IllegalStateException   the value is altered, belongs to another subject or is not this cipher's
     */
    public String decrypt(String subjectId, String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(nonceAndSealed(subjectId, ciphertext));
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new String(crypt(Cipher.DECRYPT_MODE, keys.forDecryption(subjectId), nonce, subjectId, subjectId,
                sealed), StandardCharsets.UTF_8);
    }

    /**
     * Encrypts a block of a subject's file (a scanned ID, a signed form) under the subject's key. {@code context}
     * names the block's place, e.g. document id and block number, and is authenticated with it: a block moved to
     * another place, or another subject's file, does not decrypt. Answers nonce, ciphertext and tag in one array.
     *
     * @throws SubjectErasedException the subject has been erased
     */
    public byte[] seal(String subjectId, String context, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.forEncryption(subjectId), nonce, subjectId,
                blockData(subjectId, context), plaintext);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /**
     * The block {@link #seal} made for the same subject and context.
     *
     * @throws SubjectErasedException the subject has been erased
     * @throws IllegalStateException   the block is altered, moved, or belongs to another subject
     */
    public byte[] open(String subjectId, String context, byte[] sealed) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw foreign(subjectId, null);
        }
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        return crypt(Cipher.DECRYPT_MODE, keys.forDecryption(subjectId), nonce, subjectId, blockData(subjectId, context),
                Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
    }

    /** A block's associated data: never equal to a field value's (the subject id alone). */
    private static String blockData(String subjectId, String context) {
        return subjectId + "\u0000" + context;
    }

    /**
     * Destroys the subject's key, for good: their data becomes unreadable and nothing new is encrypted for them.
     * Idempotent. Other instances of the service stop reading the subject within
     * {@code casemgmt.privacy.key-cache-ttl}.
     */
    public void erase(String subjectId) {
        keys.destroy(subjectId);
    }

    private static byte[] nonceAndSealed(String subjectId, String ciphertext) {
        if (!ciphertext.startsWith(FORMAT)) {
            throw foreign(subjectId, null);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(ciphertext.substring(FORMAT.length()));
        } catch (IllegalArgumentException notBase64) {
            throw foreign(subjectId, notBase64);
        }
        if (decoded.length < NONCE_BYTES + TAG_BITS / 8) {
            throw foreign(subjectId, null);
        }
        return decoded;
    }

    private static IllegalStateException foreign(String subjectId, Exception cause) {
        return new IllegalStateException("a stored value of subject " + subjectId + " is not a " + FORMAT
                + " value of this cipher: written by something else, or truncated", cause);
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, String subjectId, String associatedData,
                                byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException altered) {
            throw new IllegalStateException("a stored value of subject " + subjectId
                    + " fails its integrity check: altered, or copied from another subject's record", altered);
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                    + " a value of subject " + subjectId, unexpected);
        }
    }
}
