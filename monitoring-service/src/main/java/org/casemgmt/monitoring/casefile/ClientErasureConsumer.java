package org.casemgmt.monitoring.casefile;

import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.intake.v1.ClientErased;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * client.erased: the client's key goes first, so every note, contact summary and answer written about them reads as
 * null from then on (they are encrypted under it); then the case files are marked.
 */
@Configuration(proxyBeanMethods = false)
class ClientErasureConsumer {

    @Bean
    Consumer<Message<byte[]>> clientErased(IncomingEventReader reader, PersonalDataCipher cipher, CaseFiles files) {
        return message -> {
            IncomingEvent<ClientErased> event = reader.read(message, EventCatalog.CLIENT_ERASED);
            cipher.erase(event.data().clientId());
            files.clientErased(event);
        };
    }
}
