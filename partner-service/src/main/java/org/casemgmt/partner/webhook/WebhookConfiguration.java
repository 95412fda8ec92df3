package org.casemgmt.partner.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The wiring of webhooks: the check of their URLs, and one consumer over every partner feed topic (a pattern, so a
 * new partner's feed is picked up without a restart) handing each record to {@link FeedDeliveries}. The consumer
 * only makes delivery documents; sending is the deliveries' timers' work, so a slow receiver never holds up the feed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    EndpointCheck webhookEndpointCheck(WebhookProperties properties) {
        return EndpointCheck.resolvingWithTheSystem(properties.allowLoopback());
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> partnerFeedDeliveries(KafkaProperties kafka,
                                                                               WebhookProperties properties,
                                                                               FeedDeliveries deliveries) {
        ContainerProperties container = new ContainerProperties(Pattern.compile(properties.feedTopicPattern()));
        container.setGroupId(properties.consumerGroup());
        container.setMessageListener((MessageListener<String, byte[]>) record ->
                deliveries.deliver(feedRecord(record)));
        var listener = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(feedConsumer(kafka, properties), new StringDeserializer(),
                        new ByteArrayDeserializer()), container);
        // A record that cannot be stored now (the database away) is tried again until it can: none is skipped.
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        listener.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        return listener;
    }

    /** The service's own Kafka settings (address, credentials), reading a new feed topic from its start. */
    static Map<String, Object> feedConsumer(KafkaProperties kafka, WebhookProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putAll(committedOnly());
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) properties.topicDiscovery().toMillis());
        return config;
    }

    /**
     * The feed is written in transactions (exactly once): what a crashed writer left uncommitted is never delivered.
     */
    static Map<String, Object> committedOnly() {
        return Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    static FeedDeliveries.FeedRecord feedRecord(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        String body = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        return new FeedDeliveries.FeedRecord(record.topic(), headers, body);
    }
}
