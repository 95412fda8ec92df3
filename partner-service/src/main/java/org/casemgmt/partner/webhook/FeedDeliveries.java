package org.casemgmt.partner.webhook;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Turns a partner feed record into a delivery for each active webhook of that partner agency that wants its type.
 * Only the registrations of the agency the topic belongs to are asked: the feed builder put on that topic only what
 * the agency's consent covers, so no webhook ever gets a case outside its agency's consent. A record read again (a
 * redelivery by the broker, a second instance) makes no second delivery.
 */
@Service
class FeedDeliveries {

    private static final Logger log = LoggerFactory.getLogger(FeedDeliveries.class);

    private final WebhookRegistrationRepository registrations;
    private final MongoTemplate mongo;
    private final Clock clock;

    FeedDeliveries(WebhookRegistrationRepository registrations, MongoTemplate mongo, Clock clock) {
        this.registrations = registrations;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A record of a feed topic, its Kafka headers read as text. */
    record FeedRecord(String topic, Map<String, String> headers, String body) {
    }

    /** The deliveries made for a live record: at most one per registration, however often it is read. */
    int deliver(FeedRecord record) {
        return PartnerFeedTopic.parse(record.topic()).map(topic -> {
            CloudEventRequest request = requestOf(record);
            if (request == null) {
                return 0;
            }
            int made = 0;
            for (WebhookRegistration registration : activeOf(topic)) {
                if (registration.wants(topic, request.eventType())
                        && insert(WebhookDelivery.of(registration, request, clock.instant()))) {
                    made++;
                }
            }
            return made;
        }).orElse(0);
    }

    /** The delivery of a record read again by a replay for one registration, if the registration wants it. */
    boolean replay(FeedRecord record, WebhookRegistration registration, String replayId) {
        CloudEventRequest request = requestOf(record);
        return request != null && PartnerFeedTopic.parse(record.topic())
                .filter(topic -> registration.wants(topic, request.eventType()))
                .map(topic -> insert(WebhookDelivery.replayed(registration, request, replayId, clock.instant())))
                .orElse(false);
    }

    private List<WebhookRegistration> activeOf(PartnerFeedTopic topic) {
        return registrations.findByAgencyIdAndStatus(topic.agencyId(), WebhookRegistration.Status.ACTIVE);
    }

    private static CloudEventRequest requestOf(FeedRecord record) {
        CloudEventRequest request = CloudEventRequest.fromKafkaHeaders(record.headers(), record.body());
        if (request.eventId() == null || request.eventType() == null) {
            log.warn("A record of {} without ce_id or ce_type is not a CloudEvent; no webhook gets it",
                    record.topic());
            return null;
        }
        return request;
    }

    private boolean insert(WebhookDelivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException alreadyMade) {
            return false;
        }
    }
}
