package org.casemgmt.intake.client;

import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.closure.v1.CaseRetentionExpired;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** closure-service's retention schedule: a client whose closed cases' retention period ended is erased. */
@Configuration(proxyBeanMethods = false)
class RetentionConsumer {

    @Bean
    Consumer<Message<byte[]>> caseRetentionExpired(IncomingEventReader reader, ClientService clients) {
        return message -> {
            IncomingEvent<CaseRetentionExpired> event = reader.read(message, EventCatalog.CASE_RETENTION_EXPIRED);
            clients.retentionExpired(event, event.data().clientId(), event.data().retainedUntil());
        };
    }
}
