package org.casemgmt.referral.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An HSDS service as listed in the directory, with its live capacity. A capacity change and the capacity.changed
 * announcing it are one save (the outbox), and two referrals holding the same service at once meet on the version.
 */
@Document("services")
class ProvidedService implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String organizationId;
    private ServiceProfile profile;
    /** The profile's service types, kept beside it so the search and the matching find them by an index. */
    @Indexed
    private List<String> serviceTypes = new ArrayList<>();
    private Instant lastModified;
    private String lastModifiedBy;
    /** Null until the provider (or an import) first reports one: the service then holds nothing for anyone. */
    private ServiceCapacity capacity;

    private List<PendingEvent> outbox = new ArrayList<>();

    ProvidedService() {
    }

    ProvidedService(String id) {
        this.id = id;
    }

    /** Lists the service under its organization with this profile, or replaces what it said. */
    void describe(String newOrganizationId, ServiceProfile newProfile, String actor, Instant at) {
        organizationId = newOrganizationId;
        profile = newProfile;
        serviceTypes = new ArrayList<>(newProfile.serviceTypes());
        lastModifiedBy = actor;
        lastModified = at;
    }

    /** The provider's report replaces the counts and the status; units held by referrals stay held. */
    void reportCapacity(String unit, int available, Integer maximum, CapacityStatus status, String notes,
                        Instant at) {
        capacity = ServiceCapacity.reported(unit, available, maximum, status, notes, at, capacity);
    }

    /**
     * Holds a unit for the referral; nothing when it holds one already or the service has no capacity to count.
     *
     * @return whether the capacity changed
     * @throws org.casemgmt.platform.domain.RuleViolationException {@code no-capacity} when none is offerable
     */
    boolean hold(String referralId, Instant at) {
        return capacity != null && changed(capacity.holding(referralId, profile.name(), at));
    }

    /** @return whether the capacity changed: false when the referral held no unit */
    boolean release(String referralId, Instant at) {
        return capacity != null && changed(capacity.releasing(referralId, at));
    }

    /** @return whether the capacity changed: false when the referral held no unit */
    boolean occupy(String referralId, Instant at) {
        return capacity != null && changed(capacity.occupying(referralId, at));
    }

    private boolean changed(ServiceCapacity after) {
        boolean changed = after != capacity;
        capacity = after;
        return changed;
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getOrganizationId() {
        return organizationId;
    }

    ServiceProfile getProfile() {
        return profile;
    }

    List<String> getServiceTypes() {
        return serviceTypes;
    }

    Instant getLastModified() {
        return lastModified;
    }

    String getLastModifiedBy() {
        return lastModifiedBy;
    }

    ServiceCapacity getCapacity() {
        return capacity;
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }
}
