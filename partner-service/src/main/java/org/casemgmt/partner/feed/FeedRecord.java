package org.casemgmt.partner.feed;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.casemgmt.events.EventCatalog;

/**
 * A record on its way to one topic: a partner agency's feed, or, with no agency, the platform's own {@code consent.ended}
 * topic. Only the body is written; the agency chooses the topic and goes no further.
 */
record FeedRecord(String agencyId, byte[] body) {

    static FeedRecord toFeedOf(String agencyId, byte[] body) {
        return new FeedRecord(agencyId, body);
    }

    static FeedRecord toConsentEndedTopic(byte[] body) {
        return new FeedRecord(null, body);
    }

    static final TopicNameExtractor<String, FeedRecord> TOPIC = (key, record, context) -> record.agencyId() == null
            ? EventCatalog.CONSENT_ENDED.topic()
            : EventCatalog.partnerFeed(record.agencyId());

    /** Writes the body only: nothing reads a feed record back into this. */
    static Serde<FeedRecord> serde() {
        Serializer<FeedRecord> body = (topic, record) -> record == null ? null : record.body();
        return Serdes.serdeFrom(body, (topic, bytes) -> {
            throw new UnsupportedOperationException("feed records are written, never read, by partner-service");
        });
    }
}
