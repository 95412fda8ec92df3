package org.casemgmt.referral.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** HSDS service_at_location: a service is delivered at a location (possibly another organization's). */
@Document("service_at_locations")
class ServiceAtLocation {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String serviceId;
    @Indexed
    private String locationId;
    private Instant lastModified;
    private String lastModifiedBy;

    ServiceAtLocation() {
    }

    ServiceAtLocation(String id) {
        this.id = id;
    }

    void link(String newServiceId, String newLocationId, String actor, Instant at) {
        serviceId = newServiceId;
        locationId = newLocationId;
        lastModifiedBy = actor;
        lastModified = at;
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getServiceId() {
        return serviceId;
    }

    String getLocationId() {
        return locationId;
    }

    Instant getLastModified() {
        return lastModified;
    }

    String getLastModifiedBy() {
        return lastModifiedBy;
    }
}
