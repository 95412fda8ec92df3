package org.casemgmt.monitoring.journal;

import static org.casemgmt.platform.privacy.StoredTexts.text;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalTextEncryption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a case worker writes about the client in the journal, encrypted under the client's key: what a contact was
 * about, a note's text, a milestone's description. Codes, numbers and dates stay readable. A new free-text field must
 * be added here, or it is stored in plain text.
 */
@Configuration(proxyBeanMethods = false)
class JournalTextEncryption {

    @Bean
    PersonalTextEncryption contactTexts(PersonalDataCipher cipher) {
        return encrypting(cipher, "contacts", "summary");
    }

    @Bean
    PersonalTextEncryption noteTexts(PersonalDataCipher cipher) {
        return encrypting(cipher, "progress_notes", "text");
    }

    @Bean
    PersonalTextEncryption milestoneTexts(PersonalDataCipher cipher) {
        return encrypting(cipher, "milestones", "description");
    }

    private static PersonalTextEncryption encrypting(PersonalDataCipher cipher, String collection, String field) {
        return new PersonalTextEncryption(cipher, collection, "clientId") {
            @Override
            protected void rewriteTexts(Map<String, Object> document, UnaryOperator<String> change) {
                text(document, field, change);
            }
        };
    }
}
