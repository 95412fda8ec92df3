package org.casemgmt.partner.feed;

import java.util.function.Supplier;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/**
 * Runs the partner feeds' topology in Spring Kafka's Kafka Streams, with {@code spring.kafka.streams.*} (its
 * application id names its consumer group, its state's changelog topic and its transactions on the broker).
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
@EnableConfigurationProperties(PartnerFeedProperties.class)
class PartnerFeedConfiguration {

    @Bean
    Subscriptions partnerSubscriptions(PartnerFeedProperties properties) {
        return Subscriptions.of(properties.partners());
    }

    /** A processor per stream task, each with the task's own view of the consent store. */
    @Bean
    Supplier<PartnerFeedProcessor> partnerFeedProcessors(ObjectProvider<PartnerFeedProcessor> processors) {
        return processors::getObject;
    }

    @Bean
    KStream<String, FeedRecord> partnerFeeds(StreamsBuilder builder, PartnerFeedTopology topology) {
        return topology.addTo(builder);
    }
}
