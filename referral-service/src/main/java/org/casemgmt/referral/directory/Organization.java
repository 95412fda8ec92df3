package org.casemgmt.referral.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An HSDS organization that provides services, and the platform agency it is: that agency's administrators maintain
 * its entries, and its PROVIDER staff report its services' capacity and answer referrals to them.
 */
@Document("organizations")
class Organization {

    @Id
    private String id;
    @Version
    private Long version;
    private String name;
    private String description;
    private String email;
    private String website;
    @Indexed
    private String agencyId;
    private Instant lastModified;
    private String lastModifiedBy;

    Organization() {
    }

    Organization(String id) {
        this.id = id;
    }

    void describe(String newName, String newDescription, String newEmail, String newWebsite, String newAgencyId,
                  String actor, Instant at) {
        name = newName;
        description = newDescription;
        email = newEmail;
        website = newWebsite;
        agencyId = newAgencyId;
        lastModifiedBy = actor;
        lastModified = at;
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    String getEmail() {
        return email;
    }

    String getWebsite() {
        return website;
    }

    String getAgencyId() {
        return agencyId;
    }

    Instant getLastModified() {
        return lastModified;
    }

    String getLastModifiedBy() {
        return lastModifiedBy;
    }
}
