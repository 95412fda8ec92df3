package org.casemgmt.partner.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.events.intake.v1.ConsentGranted;
import org.casemgmt.events.intake.v1.ConsentScope;
import org.casemgmt.events.intake.v1.ConsentWithdrawn;
import org.casemgmt.events.partner.v1.ConsentEnded;
import org.casemgmt.platform.outbox.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * For each case event: first what it says about the case's consent (case.opened's consent scope, consent.granted,
 * consent.withdrawn) into the consent store, then the event, unchanged, to the feed of every partner agency that sees
 * its topic and whose sharing a consent of the case covers at the event's time. A consent's end, by withdrawal here or
 * by expiry found by the wall-clock scan, sends its partner one {@link ConsentEnded}, after which the case's consent
 * no longer covers it.
 *
 * <p>Only records from the topic's owner ({@code ce_source}) with the topic's {@code ce_type} count: the broker lets no
 * one else write there, and this keeps a misrouted record off every feed.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class PartnerFeedProcessor implements Processor<String, byte[], String, FeedRecord> {

    /** Contract rule: a consumer ignores fields it does not know. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Logger log = LoggerFactory.getLogger(PartnerFeedProcessor.class);

    private final Subscriptions subscriptions;
    private final Duration expiryScanInterval;
    private final JsonMapper json = JSON;
    private ProcessorContext<String, FeedRecord> context;
    private KeyValueStore<String, CaseConsents> consents;

    /** One per stream task, from {@link PartnerFeedConfiguration}, since each holds its task's context and store. */
    PartnerFeedProcessor(Subscriptions subscriptions, PartnerFeedProperties properties) {
        this.subscriptions = subscriptions;
        this.expiryScanInterval = properties.expiryScanInterval();
    }

    @Override
    public void init(ProcessorContext<String, FeedRecord> context) {
        this.context = context;
        this.consents = context.getStateStore(PartnerFeedTopology.CONSENT_STORE);
        context.schedule(expiryScanInterval, PunctuationType.WALL_CLOCK_TIME, this::endExpiredConsents);
    }

    @Override
    public void process(Record<String, byte[]> event) {
        String topic = context.recordMetadata().map(metadata -> metadata.topic()).orElseThrow();
        EventType<?> type = EventCatalog.all().stream().filter(t -> t.topic().equals(topic)).findFirst().orElseThrow();
        if (event.key() == null || event.value() == null || !fromItsOwner(type, event.headers())) {
            log.warn("A record of {} without a case id, a body, or the type and source its owner writes reaches no"
                    + " partner", topic);
            return;
        }
        Instant at = Instant.ofEpochMilli(event.timestamp());
        CaseConsents before = stored(event.key());
        CaseConsents after;
        try {
            after = applyConsent(type, before, event.value());
        } catch (JacksonException malformed) {
            log.warn("A record of {} for case {} is not a {}; no partner gets it", topic, event.key(),
                    type.payloadType().getSimpleName());
            return;
        }
        for (String agencyId : subscriptions.agencies()) {
            if (subscriptions.sees(agencyId, topic) && after.covers(agencyId, at)) {
                context.forward(event.withValue(FeedRecord.toFeedOf(agencyId, event.value())));
            }
        }
        if (!after.equals(before)) {
            consents.put(event.key(), after);
            sendEndings(event.key(), before, after);
        }
    }

    private CaseConsents applyConsent(EventType<?> type, CaseConsents consents, byte[] body) {
        if (type == EventCatalog.CASE_OPENED) {
            return granted(consents, json.readValue(body, CaseOpened.class).consentScope());
        }
        if (type == EventCatalog.CONSENT_GRANTED) {
            return granted(consents, json.readValue(body, ConsentGranted.class).scope());
        }
        if (type == EventCatalog.CONSENT_WITHDRAWN) {
            ConsentWithdrawn withdrawn = json.readValue(body, ConsentWithdrawn.class);
            return consents.withdrawn(withdrawn.consentId(), withdrawn.withdrawnAt());
        }
        return consents;
    }

    private static CaseConsents granted(CaseConsents consents, ConsentScope scope) {
        return scope == null ? consents
                : consents.granted(scope.consentId(), scope.sharedWithAgencyIds(), scope.expiresAt());
    }

    /** The wall-clock scan: every case with a live consent whose expiry has come ends it, with its notices. */
    private void endExpiredConsents(long nowMillis) {
        Instant now = Instant.ofEpochMilli(nowMillis);
        List<KeyValue<String, CaseConsents>> expiring = new ArrayList<>();
        try (KeyValueIterator<String, CaseConsents> all = consents.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.hasLiveConsentExpiringBy(now)) {
                    expiring.add(entry);
                }
            });
        }
        for (KeyValue<String, CaseConsents> entry : expiring) {
            CaseConsents after = entry.value.expiredBy(now);
            consents.put(entry.key, after);
            sendEndings(entry.key, entry.value, after);
        }
    }

    private void sendEndings(String caseId, CaseConsents before, CaseConsents after) {
        for (CaseConsents.Ending ending : before.endingsUpTo(after)) {
            if (!subscriptions.isPartner(ending.agencyId())) {
                continue;
            }
            ConsentEnded notice = new ConsentEnded(caseId, ending.agencyId(), ending.consent().consentId(),
                    ending.consent().endedBy(), ending.consent().endedAt());
            byte[] body = json.writeValueAsBytes(notice);
            Headers headers = cloudEventHeaders(notice);
            long timestamp = context.currentSystemTimeMs();
            context.forward(new Record<>(caseId, FeedRecord.toFeedOf(ending.agencyId(), body), timestamp, headers));
            context.forward(new Record<>(caseId, FeedRecord.toConsentEndedTopic(body), timestamp, headers));
            log.info("Consent {} of case {} ended ({}): told {}", notice.consentId(), caseId, notice.reason(),
                    notice.agencyId());
        }
    }

    /** The same id each time the same end is told, so a partner drops a copy written again after a crash. */
    private static Headers cloudEventHeaders(ConsentEnded notice) {
        EventType<ConsentEnded> type = EventCatalog.CONSENT_ENDED;
        String id = UUID.nameUUIDFromBytes(String.join("|", type.type(), notice.caseId(), notice.agencyId(),
                notice.consentId(), notice.reason()).getBytes(StandardCharsets.UTF_8)).toString();
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.ID, id);
        add(headers, CloudEventHeaders.TYPE, type.type());
        add(headers, CloudEventHeaders.SOURCE, PlatformService.PARTNER.source());
        add(headers, CloudEventHeaders.SUBJECT, notice.caseId());
        add(headers, CloudEventHeaders.TIME, notice.endedAt().toString());
        add(headers, CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPECVERSION_1_0);
        add(headers, CloudEventHeaders.DATASCHEMA, type.dataschema());
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean fromItsOwner(EventType<?> type, Headers headers) {
        return type.type().equals(header(headers, CloudEventHeaders.TYPE))
                && type.isPublishedBy(header(headers, CloudEventHeaders.SOURCE));
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private CaseConsents stored(String caseId) {
        CaseConsents stored = consents.get(caseId);
        return stored == null ? CaseConsents.none() : stored;
    }
}
