package org.casemgmt.platform.inbox;

import java.time.Duration;

import org.casemgmt.platform.audit.AuditTrail;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.GlobalChannelInterceptor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(afterName = {"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.casemgmt.platform.audit.AuditAutoConfiguration"})
class InboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IncomingEventReader incomingEventReader(JsonMapper jsonMapper) {
        return new IncomingEventReader(jsonMapper);
    }

    @Bean
    @ConditionalOnBean(AuditTrail.class)
    @ConditionalOnMissingBean
    EventInbox eventInbox(AuditTrail trail) {
        return new EventInbox(trail);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DlqDestinationResolver.class)
    static class KafkaBindings {

        static final Duration CONSUMER_POLL_TIMEOUT = Duration.ofSeconds(1);

        /** {@code <topic>.dlq} instead of the binder's {@code error.<topic>.<group>}: one DLQ per event topic. */
        @Bean
        @ConditionalOnMissingBean
        DlqDestinationResolver deadLetterTopicPerEventTopic() {
            return (record, exception) -> record.topic() + ".dlq";
        }

        @Bean
        ConsumersStopTogether consumersStopTogether() {
            return new ConsumersStopTogether();
        }

        /**
         * A container stops once its consumer's poll returns: at the default 5 s a poll, a service with six bindings
         * took half a minute to stop. An idle poll that returns sooner costs no round trip to the broker: the fetch
         * it left waiting there is still answered. Every container is also stopped with the others
         * ({@link ConsumersStopTogether}).
         */
        @Bean
        @ConditionalOnMissingBean
        ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> promptlyStoppingConsumers(
                ConsumersStopTogether stopTogether) {
            return (container, destination, group) -> {
                container.getContainerProperties().setPollTimeout(CONSUMER_POLL_TIMEOUT.toMillis());
                stopTogether.add(container);
            };
        }

        /** On every consumer binding's channel ({@code <function>-in-<n>}). */
        @Bean
        @GlobalChannelInterceptor(patterns = "*-in-*")
        IncomingCorrelation incomingCorrelation() {
            return new IncomingCorrelation();
        }
    }
}
