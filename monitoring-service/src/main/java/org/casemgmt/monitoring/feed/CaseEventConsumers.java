package org.casemgmt.monitoring.feed;

import java.util.List;
import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * One consumer for every case-keyed topic monitoring reads (application.yml lists them on one binding): each record
 * passes the door as the type its topic carries, then goes to every projection, in their order (the case file
 * first). A projection that fails makes the whole record retried; the others find it applied and skip it.
 */
@Configuration(proxyBeanMethods = false)
class CaseEventConsumers {

    /** The case-keyed topics of other stages monitoring consumes: the catalogue's, less the client-keyed ones. */
    static final List<EventType<?>> CASE_EVENTS = EventCatalog.consumedBy(PlatformService.MONITORING).stream()
            .filter(type -> "caseId".equals(type.subjectField())).toList();

    @Bean
    Consumer<Message<byte[]>> caseEvents(IncomingEventReader reader, List<CaseEventProjection> projections) {
        return message -> {
            IncomingEvent<?> event = reader.readAny(message, CASE_EVENTS);
            projections.forEach(projection -> projection.project(event));
        };
    }
}
