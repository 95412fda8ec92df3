package org.casemgmt.closure.casework;

import java.util.List;
import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.events.intake.v1.ClientErased;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * One consumer for every case-keyed topic closure reads (application.yml lists them on one binding, each record read
 * as the type its topic carries), and one for client.erased.
 */
@Configuration(proxyBeanMethods = false)
class CaseEventConsumers {

    static final List<EventType<?>> CASE_EVENTS = EventCatalog.consumedBy(PlatformService.CLOSURE).stream()
            .filter(type -> "caseId".equals(type.subjectField())).toList();

    @Bean
    Consumer<Message<byte[]>> caseEvents(IncomingEventReader reader, CaseFeed feed) {
        return message -> feed.apply(reader.readAny(message, CASE_EVENTS));
    }

    /** Erased at the client's request: closure forgets them as at the end of their retention (ClientCases). */
    @Bean
    Consumer<Message<byte[]>> clientErased(IncomingEventReader reader, ClientCases clients) {
        return message -> {
            IncomingEvent<ClientErased> event = reader.read(message, EventCatalog.CLIENT_ERASED);
            clients.erase(event, event.data().clientId(), event.data().caseIds());
        };
    }
}
