package org.casemgmt.platform.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.SubjectErasedException;

/**
 * Seals a kept response under the keys of every client whose data went into it, one layer per client, so that it
 * reads only while none of them is erased. A response about nobody is kept as it is.
 */
final class ResponseSeal {

    /** More clients than this in one response (a long duplicate list) and it is not kept at all. */
    static final int MOST_SUBJECTS = 20;

    private final PersonalDataCipher cipher;

    ResponseSeal(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    byte[] seal(byte[] body, List<String> subjects) {
        if (subjects.isEmpty()) {
            return body;
        }
        String sealed = Base64.getEncoder().encodeToString(body);
        for (String subject : subjects) {
            sealed = cipher.encrypt(subject, sealed);
        }
        return sealed.getBytes(StandardCharsets.UTF_8);
    }

    /** @throws SubjectErasedException when one of the clients it was sealed under has been erased since */
    byte[] open(byte[] stored, List<String> subjects) {
        if (subjects.isEmpty()) {
            return stored;
        }
        String opened = new String(stored, StandardCharsets.UTF_8);
        for (String subject : subjects.reversed()) {
            opened = cipher.decrypt(subject, opened);
        }
        return Base64.getDecoder().decode(opened);
    }
}
