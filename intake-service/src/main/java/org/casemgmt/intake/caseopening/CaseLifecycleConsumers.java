package org.casemgmt.intake.caseopening;

import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Follows the case after intake: closure-service closes and re-opens it. A case id intake does not know is an
 * error, retried and then dead-lettered so that someone looks at it.
 */
@Configuration(proxyBeanMethods = false)
class CaseLifecycleConsumers {

    @Bean
    Consumer<Message<byte[]>> caseClosed(IncomingEventReader reader, IntakeService intakes) {
        return message -> intakes.caseClosed(reader.read(message, EventCatalog.CASE_CLOSED));
    }

    @Bean
    Consumer<Message<byte[]>> caseReopened(IncomingEventReader reader, IntakeService intakes) {
        return message -> intakes.caseReopened(reader.read(message, EventCatalog.CASE_REOPENED));
    }
}
