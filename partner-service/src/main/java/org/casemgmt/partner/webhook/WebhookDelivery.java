package org.casemgmt.partner.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.timer.DueTimer;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One feed event for one webhook: the CloudEvents request to send, and how sending it went. Its id is derived from
 * the registration and the event (and the replay, for a replayed one), so a feed record read twice makes one
 * delivery; it is also the {@code webhook-id} the receiver sees on every attempt. The next attempt is the document's
 * durable timer, so it is made once however many instances run, and after a restart.
 *
 * <p>State machine: {@code PENDING} (attempts on the {@link RetrySchedule}) {@code → DELIVERED} on a 2xx answer, or
 * {@code → DEAD_LETTERED} when the schedule is over; a redelivery puts a dead-lettered one back to {@code PENDING},
 * due at once, with the schedule from its start.
 */
@Document(WebhookDelivery.COLLECTION)
@CompoundIndex(name = "registration_status", def = "{'registrationId': 1, 'status': 1, 'createdAt': -1}")
class WebhookDelivery {

    static final String COLLECTION = "webhook-deliveries";
    private static final int ERROR_LENGTH = 500;

    @Id
    private String id;
    private String registrationId;
    private String agencyId;
    private CloudEventRequest request;
    private String replayId;
    private DeliveryStatus status = DeliveryStatus.PENDING;
    private int attempts;
    /** Failures since the delivery was created or last redelivered: the position in the retry schedule. */
    private int failuresInRound;
    private Integer lastResponseCode;
    private String lastError;
    private Instant lastAttemptAt;
    private Instant deliveredAt;
    private Instant createdAt;
    private DueTimer timer;
    @Version
    private Long version;

    WebhookDelivery() {
    }

    /** A delivery of a live feed record, due at once. */
    static WebhookDelivery of(WebhookRegistration registration, CloudEventRequest request, Instant now) {
        return create(registration, request, null, now);
    }

    /** A delivery of a record read again by a replay: an id of its own, so it is sent again. */
    static WebhookDelivery replayed(WebhookRegistration registration, CloudEventRequest request, String replayId,
                                    Instant now) {
        return create(registration, request, replayId, now);
    }

    private static WebhookDelivery create(WebhookRegistration registration, CloudEventRequest request,
                                          String replayId, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = idOf(registration.getId(), request.eventId(), replayId);
        delivery.registrationId = registration.getId();
        delivery.agencyId = registration.getAgencyId();
        delivery.request = request;
        delivery.replayId = replayId;
        delivery.createdAt = now;
        delivery.timer = DueTimer.at(now);
        return delivery;
    }

    static String idOf(String registrationId, String eventId, String replayId) {
        String key = registrationId + "|" + eventId + (replayId == null ? "" : "|" + replayId);
        return "msg_" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    /** Whether an attempt is due now: pending, with its timer come. A repeated call for the same moment finds none. */
    boolean attemptDue(Instant now) {
        return status == DeliveryStatus.PENDING && timer != null && !timer.dueAt().isAfter(now);
    }

    /** Records an attempt and sets the next one, if any. */
    void attempted(AttemptResult result, Instant at, RetrySchedule schedule) {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("Delivery " + id + " is " + status + ", not awaiting an attempt");
        }
        attempts++;
        lastAttemptAt = at;
        lastResponseCode = result.statusCode();
        lastError = result.error() == null ? null : truncated(result.error());
        if (result.delivered()) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = at;
            timer = null;
            return;
        }
        failuresInRound++;
        Optional<Duration> pause = schedule.after(failuresInRound);
        timer = pause.map(p -> DueTimer.at(at.plus(p))).orElse(null);
        if (pause.isEmpty()) {
            status = DeliveryStatus.DEAD_LETTERED;
        }
    }

    /** Gives up at once, without an attempt: the registration was disabled or deleted. */
    void deadLetter(String why, Instant at) {
        status = DeliveryStatus.DEAD_LETTERED;
        lastError = why;
        lastAttemptAt = at;
        timer = null;
    }

    /** A dead-lettered delivery sent again, due at once, with the retry schedule from its start. */
    void redeliver(Instant now) {
        if (status != DeliveryStatus.DEAD_LETTERED) {
            throw new RuleViolationException("delivery-not-dead-lettered", "Only a dead-lettered delivery is "
                    + "redelivered; this one is " + status + ".");
        }
        status = DeliveryStatus.PENDING;
        failuresInRound = 0;
        timer = DueTimer.at(now);
    }

    private static String truncated(String error) {
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }

    Instant nextAttemptAt() {
        return timer == null ? null : timer.dueAt();
    }

    String getId() {
        return id;
    }

    String getRegistrationId() {
        return registrationId;
    }

    String getAgencyId() {
        return agencyId;
    }

    CloudEventRequest getRequest() {
        return request;
    }

    String getReplayId() {
        return replayId;
    }

    DeliveryStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Integer getLastResponseCode() {
        return lastResponseCode;
    }

    String getLastError() {
        return lastError;
    }

    Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    Instant getDeliveredAt() {
        return deliveredAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getVersion() {
        return version;
    }
}
