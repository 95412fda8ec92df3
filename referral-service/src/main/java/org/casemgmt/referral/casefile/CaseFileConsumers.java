package org.casemgmt.referral.casefile;

import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.inbox.IncomingEventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * What referral learns of a case: that it opened and under which consent (intake), its plan's goals (planning), and
 * that it was re-opened (closure). Its closure reaches open referrals, so {@code ReferralConsumers} takes it.
 */
@Configuration(proxyBeanMethods = false)
class CaseFileConsumers {

    @Bean
    Consumer<Message<byte[]>> caseOpened(IncomingEventReader reader, CaseFiles files) {
        return message -> files.caseOpened(reader.read(message, EventCatalog.CASE_OPENED));
    }

    @Bean
    Consumer<Message<byte[]>> consentGranted(IncomingEventReader reader, CaseFiles files) {
        return message -> files.consentGranted(reader.read(message, EventCatalog.CONSENT_GRANTED));
    }

    @Bean
    Consumer<Message<byte[]>> caseReopened(IncomingEventReader reader, CaseFiles files) {
        return message -> files.caseReopened(reader.read(message, EventCatalog.CASE_REOPENED));
    }

    @Bean
    Consumer<Message<byte[]>> goalSet(IncomingEventReader reader, CaseFiles files) {
        return message -> files.goalSet(reader.read(message, EventCatalog.GOAL_SET));
    }

    @Bean
    Consumer<Message<byte[]>> goalRevised(IncomingEventReader reader, CaseFiles files) {
        return message -> files.goalRevised(reader.read(message, EventCatalog.GOAL_REVISED));
    }

    @Bean
    Consumer<Message<byte[]>> goalAchieved(IncomingEventReader reader, CaseFiles files) {
        return message -> files.goalAchieved(reader.read(message, EventCatalog.GOAL_ACHIEVED));
    }

    @Bean
    Consumer<Message<byte[]>> goalAbandoned(IncomingEventReader reader, CaseFiles files) {
        return message -> files.goalAbandoned(reader.read(message, EventCatalog.GOAL_ABANDONED));
    }
}
