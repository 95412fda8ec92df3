package org.casemgmt.referral.referral;

import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.intake.v1.ClientErased;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Intake's events that reach open referrals: a consent withdrawn, a client erased. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResponseTimes.class)
class ReferralConsumers {

    @Bean
    Consumer<Message<byte[]>> consentWithdrawn(IncomingEventReader reader, ReferralService referrals) {
        return message -> referrals.consentWithdrawn(reader.read(message, EventCatalog.CONSENT_WITHDRAWN));
    }

    /** The key goes first, as in planning: what is saved after it holds none of the client's texts. */
    @Bean
    Consumer<Message<byte[]>> clientErased(IncomingEventReader reader, PersonalDataCipher cipher,
                                           ReferralService referrals) {
        return message -> {
            IncomingEvent<ClientErased> event = reader.read(message, EventCatalog.CLIENT_ERASED);
            cipher.erase(event.data().clientId());
            referrals.clientErased(event);
        };
    }
}
