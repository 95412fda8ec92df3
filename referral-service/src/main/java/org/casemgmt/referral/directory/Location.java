package org.casemgmt.referral.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.referral.directory.Hsds.Address;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An HSDS location of an organization: where its services are delivered (physical), written to, or reached online. */
@Document("locations")
class Location {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String organizationId;
    private String name;
    /** HSDS: physical, postal or virtual. */
    private String locationType;
    private List<Address> addresses = new ArrayList<>();
    private Instant lastModified;
    private String lastModifiedBy;

    Location() {
    }

    Location(String id) {
        this.id = id;
    }

    void describe(String newOrganizationId, String newName, String newLocationType, List<Address> newAddresses,
                  String actor, Instant at) {
        organizationId = newOrganizationId;
        name = newName;
        locationType = newLocationType;
        addresses = newAddresses == null ? new ArrayList<>() : new ArrayList<>(newAddresses);
        lastModifiedBy = actor;
        lastModified = at;
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

    String getName() {
        return name;
    }

    String getLocationType() {
        return locationType;
    }

    List<Address> getAddresses() {
        return addresses;
    }

    Instant getLastModified() {
        return lastModified;
    }

    String getLastModifiedBy() {
        return lastModifiedBy;
    }
}
