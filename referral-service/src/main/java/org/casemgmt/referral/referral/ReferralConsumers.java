package org.casemgmt.referral.referral;

import java.util.List;
import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.closure.v1.CaseRetentionExpired;
import org.casemgmt.events.intake.v1.ClientErased;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Other stages' events that reach open referrals: a consent withdrawn, a client erased (intake, or closure at the end
 * of their retention), a case closed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResponseTimes.class)
class ReferralConsumers {

    @Bean
    Consumer<Message<byte[]>> consentWithdrawn(IncomingEventReader reader, ReferralService referrals) {
        return message -> referrals.consentWithdrawn(reader.read(message, EventCatalog.CONSENT_WITHDRAWN));
    }

    @Bean
    Consumer<Message<byte[]>> caseClosed(IncomingEventReader reader, ReferralService referrals) {
        return message -> referrals.caseClosed(reader.read(message, EventCatalog.CASE_CLOSED));
    }

    /** Erased at the client's request (intake). */
    @Bean
    Consumer<Message<byte[]>> clientErased(IncomingEventReader reader, PersonalDataCipher cipher,
                                           ReferralService referrals) {
        return message -> {
            IncomingEvent<ClientErased> event = reader.read(message, EventCatalog.CLIENT_ERASED);
            erase(cipher, referrals, event, event.data().clientId(), event.data().caseIds());
        };
    }

    /** The retention period of the client's closed cases ended (closure): erased as at their request. */
    @Bean
    Consumer<Message<byte[]>> caseRetentionExpired(IncomingEventReader reader, PersonalDataCipher cipher,
                                                   ReferralService referrals) {
        return message -> {
            IncomingEvent<CaseRetentionExpired> event = reader.read(message, EventCatalog.CASE_RETENTION_EXPIRED);
            erase(cipher, referrals, event, event.data().clientId(), event.data().caseIds());
        };
    }

    /** The key goes first, as in planning: what is saved after it holds none of the client's texts. */
    private static void erase(PersonalDataCipher cipher, ReferralService referrals, IncomingEvent<?> event,
                              String clientId, List<String> caseIds) {
        cipher.erase(clientId);
        referrals.clientErased(event, clientId, caseIds);
    }
}
