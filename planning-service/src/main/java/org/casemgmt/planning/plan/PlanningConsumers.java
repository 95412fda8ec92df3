package org.casemgmt.planning.plan;

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
 * What planning learns from the other stages: a case opened (draft its plan), progress recorded and reviews
 * completed by monitoring, the case closed and re-opened by closure, a client erased by intake or at the end of their
 * retention by closure.
 */
@Configuration(proxyBeanMethods = false)
class PlanningConsumers {

    @Bean
    Consumer<Message<byte[]>> caseOpened(IncomingEventReader reader, PlanService plans) {
        return message -> plans.draftFor(reader.read(message, EventCatalog.CASE_OPENED));
    }

    @Bean
    Consumer<Message<byte[]>> progressRecorded(IncomingEventReader reader, PlanService plans) {
        return message -> plans.progressRecorded(reader.read(message, EventCatalog.PROGRESS_RECORDED));
    }

    @Bean
    Consumer<Message<byte[]>> reviewCompleted(IncomingEventReader reader, PlanService plans) {
        return message -> plans.reviewCompleted(reader.read(message, EventCatalog.REVIEW_COMPLETED));
    }

    @Bean
    Consumer<Message<byte[]>> caseClosed(IncomingEventReader reader, PlanService plans) {
        return message -> plans.caseClosed(reader.read(message, EventCatalog.CASE_CLOSED));
    }

    @Bean
    Consumer<Message<byte[]>> caseReopened(IncomingEventReader reader, PlanService plans) {
        return message -> plans.caseReopened(reader.read(message, EventCatalog.CASE_REOPENED));
    }

    /** Erased at the client's request (intake). */
    @Bean
    Consumer<Message<byte[]>> clientErased(IncomingEventReader reader, PersonalDataCipher cipher, PlanService plans) {
        return message -> {
            IncomingEvent<ClientErased> event = reader.read(message, EventCatalog.CLIENT_ERASED);
            erase(cipher, plans, event, event.data().clientId(), event.data().caseIds());
        };
    }

    /** The retention period of the client's closed cases ended (closure): erased as at their request. */
    @Bean
    Consumer<Message<byte[]>> caseRetentionExpired(IncomingEventReader reader, PersonalDataCipher cipher,
                                                   PlanService plans) {
        return message -> {
            IncomingEvent<CaseRetentionExpired> event = reader.read(message, EventCatalog.CASE_RETENTION_EXPIRED);
            erase(cipher, plans, event, event.data().clientId(), event.data().caseIds());
        };
    }

    /**
     * The key goes first: the plans are then read without the client's texts and saved without them, and a failure
     * in between is retried with the key already gone (destroying it again is a no-op).
     */
    private static void erase(PersonalDataCipher cipher, PlanService plans, IncomingEvent<?> event, String clientId,
                              List<String> caseIds) {
        cipher.erase(clientId);
        plans.clientErased(event, clientId, caseIds);
    }
}
