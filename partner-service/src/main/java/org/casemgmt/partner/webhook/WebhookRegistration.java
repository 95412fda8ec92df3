package org.casemgmt.partner.webhook;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner agency's webhook: the HTTPS endpoint its feed is delivered to, the event types it wants (CloudEvents
 * types such as {@code org.casemgmt.case.opened.v1}, topics such as {@code case.opened} for every version of its
 * events, or {@code *} for all), and the secret its deliveries are signed with. The secret
 * is shown once, when the registration is made. A disabled registration gets no new deliveries, and its pending ones
 * are dead-lettered at their next attempt, so that they can be redelivered once it is enabled again.
 */
@Document(WebhookRegistration.COLLECTION)
class WebhookRegistration {

    static final String COLLECTION = "webhook-registrations";
    static final String ALL_TYPES = "*";
    private static final Pattern PLATFORM_TYPE = Pattern.compile("org\\.casemgmt\\.(.+)\\.v\\d+");

    enum Status { ACTIVE, DISABLED }

    @Id
    private String id;
    @Indexed
    private String agencyId;
    private String url;
    private Set<String> eventTypes = new LinkedHashSet<>();
    private String secret;
    private Status status = Status.ACTIVE;
    private String createdBy;
    private Instant createdAt;
    @Version
    private Long version;

    WebhookRegistration() {
    }

    static WebhookRegistration registered(String id, String agencyId, String url, Set<String> eventTypes,
                                          String secret, String by, Instant at) {
        WebhookRegistration registration = new WebhookRegistration();
        registration.id = id;
        registration.agencyId = agencyId;
        registration.url = url;
        registration.eventTypes = new LinkedHashSet<>(eventTypes);
        registration.secret = secret;
        registration.createdBy = by;
        registration.createdAt = at;
        return registration;
    }

    /** Whether a record of this type on this feed topic is for this registration. */
    boolean wants(PartnerFeedTopic topic, String eventType) {
        return status == Status.ACTIVE && topic.agencyId().equals(agencyId)
                && (eventTypes.contains(ALL_TYPES) || eventTypes.contains(eventType)
                || eventTypes.contains(topicOf(eventType)));
    }

    /** {@code case.opened} of {@code org.casemgmt.case.opened.v1}; another type as it is. */
    static String topicOf(String eventType) {
        Matcher matcher = PLATFORM_TYPE.matcher(eventType);
        return matcher.matches() ? matcher.group(1) : eventType;
    }

    void disable() {
        status = Status.DISABLED;
    }

    void enable() {
        status = Status.ACTIVE;
    }

    boolean isActive() {
        return status == Status.ACTIVE;
    }

    PartnerFeedTopic feed() {
        return PartnerFeedTopic.of(agencyId);
    }

    String getId() {
        return id;
    }

    String getAgencyId() {
        return agencyId;
    }

    String getUrl() {
        return url;
    }

    Set<String> getEventTypes() {
        return Set.copyOf(eventTypes);
    }

    String getSecret() {
        return secret;
    }

    Status getStatus() {
        return status;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getVersion() {
        return version;
    }
}
