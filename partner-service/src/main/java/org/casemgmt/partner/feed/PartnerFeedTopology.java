package org.casemgmt.partner.feed;

import java.time.Duration;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner feeds as a Kafka Streams topology: every case topic of the catalogue in, through the consent store
 * ({@link PartnerFeedProcessor}), out to {@code partner.<agencyId>.feed} and {@code consent.ended}. Keys and values
 * pass as bytes, so a record reaches a feed as its owner wrote it, headers and all.
 */
final class PartnerFeedTopology {

    static final String CONSENT_STORE = "partner-consents";
    /** Contract rule: a consumer ignores fields it does not know. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PartnerFeedTopology() {
    }

    /** Adds the feeds to {@code builder}; answers the stream of what they write. */
    static KStream<String, FeedRecord> define(StreamsBuilder builder, Subscriptions subscriptions,
                                              Duration expiryScanInterval) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONSENT_STORE),
                Serdes.String(), ConsentStateSerde.with(JSON)));
        KStream<String, FeedRecord> feeds = builder
                .stream(Subscriptions.sourceTopics(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new PartnerFeedProcessor(subscriptions, expiryScanInterval, JSON), CONSENT_STORE);
        feeds.to(FeedRecord.TOPIC, Produced.with(Serdes.String(), FeedRecord.serde()));
        return feeds;
    }
}
