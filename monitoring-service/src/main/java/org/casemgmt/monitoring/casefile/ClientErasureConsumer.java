package org.casemgmt.monitoring.casefile;

import java.util.List;
import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.closure.v1.CaseRetentionExpired;
import org.casemgmt.events.intake.v1.ClientErased;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * client.erased, and case.retention-expired at the end of the client's retention, the same way: the client's key goes
 * first, so every note, contact summary, answer and document written about them reads as null from then on (they are
 * encrypted under it); then the case files are marked.
 */
@Configuration(proxyBeanMethods = false)
class ClientErasureConsumer {

    @Bean
    Consumer<Message<byte[]>> clientErased(IncomingEventReader reader, PersonalDataCipher cipher, CaseFiles files) {
        return message -> {
            IncomingEvent<ClientErased> event = reader.read(message, EventCatalog.CLIENT_ERASED);
            erase(cipher, files, event, event.data().clientId(), event.data().caseIds());
        };
    }

    @Bean
    Consumer<Message<byte[]>> caseRetentionExpired(IncomingEventReader reader, PersonalDataCipher cipher,
                                                   CaseFiles files) {
        return message -> {
            IncomingEvent<CaseRetentionExpired> event = reader.read(message, EventCatalog.CASE_RETENTION_EXPIRED);
            erase(cipher, files, event, event.data().clientId(), event.data().caseIds());
        };
    }

    private static void erase(PersonalDataCipher cipher, CaseFiles files, IncomingEvent<?> event, String clientId,
                              List<String> caseIds) {
        cipher.erase(clientId);
        files.clientErased(event, clientId, caseIds);
    }
}
