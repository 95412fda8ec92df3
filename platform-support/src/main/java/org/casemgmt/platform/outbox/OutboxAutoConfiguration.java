package org.casemgmt.platform.outbox;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.function.SingletonSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(afterName = {
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventRecorder.TraceContext eventTraceContext(ObjectProvider<Tracer> tracer) {
        return new CurrentTraceContext(tracer);
    }

    @Bean
    @ConditionalOnMissingBean
    EventRecorder eventRecorder(JsonMapper jsonMapper, Environment environment, ObjectProvider<Clock> clock,
                                EventRecorder.TraceContext traceContext) {
        String source = "/casemgmt/" + environment.getProperty("spring.application.name", "unnamed");
        return new EventRecorder(jsonMapper, source, clock.getIfAvailable(Clock::systemUTC), traceContext);
    }

    /** Marks every saved aggregate with pending events, whether or not this instance relays them itself. */
    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    OutboxMarking outboxMarking(ObjectProvider<MongoTemplate> mongo, ObjectProvider<Clock> clock,
                                ObjectProvider<OutboxRelay> relay) {
        return new OutboxMarking(SingletonSupplier.of(() -> new PendingOutboxes(mongo.getObject())),
                clock.getIfAvailable(Clock::systemUTC),
                (collection, documentId, events) -> relay.ifAvailable(
                        available -> available.publishSaved(collection, documentId, events)));
    }

    @Bean
    @ConditionalOnBean({MongoTemplate.class, KafkaProperties.class})
    @ConditionalOnProperty(name = "casemgmt.outbox.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaProperties kafka,
                            ObjectProvider<KafkaConnectionDetails> connectionDetails, OutboxProperties properties,
                            ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters,
                            ObjectProvider<OwnEventListener> listeners) {
        Map<String, Object> config = kafka.buildProducerProperties();
        KafkaConnectionDetails connection = connectionDetails.getIfAvailable();
        if (connection != null) {
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        }
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        // Fail a send within the relay's own wait, so a missing broker shows up as a retried failure, not a hang.
        int timeout = (int) properties.sendTimeout().toMillis();
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout / 2);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        return new OutboxRelay(mongo, () -> new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()),
                properties, clock.getIfAvailable(Clock::systemUTC), meters.getIfAvailable(SimpleMeterRegistry::new),
                listeners.orderedStream().toList());
    }
}
