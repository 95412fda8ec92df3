package org.casemgmt.closure.casework;

import java.util.List;
import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.events.intake.v1.ClientErased;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.casemgmt.platform.privacy.PersonalDataCipher;
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

    /**
     * The client's key goes first, so every word written about them (the transition plan, an override's reason, a
     * decision's comment, a re-opening's and a follow-up's notes) reads as null from then on; the figures stay.
     */
    @Bean
    Consumer<Message<byte[]>> clientErased(IncomingEventReader reader, PersonalDataCipher cipher,
                                           ClosureCaseRepository cases, EventInbox inbox) {
        return message -> {
            IncomingEvent<ClientErased> event = reader.read(message, EventCatalog.CLIENT_ERASED);
            ClientErased erased = event.data();
            cipher.erase(erased.clientId());
            for (ClosureCase file : cases.findByClientIdOrCaseIdIn(erased.clientId(), erased.caseIds())) {
                inbox.apply(event, file, AuditAction.DELETE, ClosureCase::clientErased, cases::save);
            }
        };
    }
}
