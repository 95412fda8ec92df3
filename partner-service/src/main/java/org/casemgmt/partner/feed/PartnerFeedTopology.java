package org.casemgmt.partner.feed;

import java.util.function.Supplier;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.casemgmt.events.EventCatalog;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The partner feeds as a Kafka Streams topology: every case topic of the catalogue in, through the consent store
 * ({@link PartnerFeedProcessor}), out to {@code partner.<agencyId>.feed} and {@code consent.ended}. Keys and values
 * pass as bytes, so a record reaches a feed as its owner wrote it, headers and all.
 */
@Component
class PartnerFeedTopology {

    static final String CONSENT_STORE = "partner-consents";

    private final Supplier<PartnerFeedProcessor> processors;

    PartnerFeedTopology(Supplier<PartnerFeedProcessor> processors) {
        this.processors = processors;
    }

    /** Adds the feeds to {@code builder}; answers the stream of what they write. */
    KStream<String, FeedRecord> addTo(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONSENT_STORE),
                Serdes.String(), consentsAsJson(PartnerFeedProcessor.JSON)));
        KStream<String, FeedRecord> feeds = builder
                .stream(Subscriptions.sourceTopics(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(processors::get, CONSENT_STORE);
        feeds.to((key, record, context) -> record.agencyId() == null
                        ? EventCatalog.CONSENT_ENDED.topic()
                        : EventCatalog.partnerFeed(record.agencyId()),
                Produced.with(Serdes.String(), bodyOnly()));
        return feeds;
    }

    /** The consent store's values as JSON, in its changelog topic too: readable by whoever restores or inspects it. */
    private static Serde<CaseConsents> consentsAsJson(JsonMapper json) {
        return Serdes.serdeFrom(
                (topic, consents) -> consents == null ? null : json.writeValueAsBytes(consents),
                (topic, bytes) -> bytes == null ? null : json.readValue(bytes, CaseConsents.class));
    }

    /** Writes the body only: nothing reads a feed record back into a {@link FeedRecord}. */
    private static Serde<FeedRecord> bodyOnly() {
        Serializer<FeedRecord> body = (topic, record) -> record == null ? null : record.body();
        return Serdes.serdeFrom(body, (topic, bytes) -> {
            throw new UnsupportedOperationException("feed records are written, never read, by partner-service");
        });
    }
}
