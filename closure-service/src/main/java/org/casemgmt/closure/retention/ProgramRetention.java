package org.casemgmt.closure.retention;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** The retention policy an agency admin set for one of the agency's programs; a program without one has the default. */
@Document("retention_policies")
class ProgramRetention {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String agencyId;
    private String programId;
    private String retentionPeriod;
    private String legalBasis;
    private String setBy;
    private Instant setAt;

    ProgramRetention() {
    }

    static ProgramRetention of(String agencyId, String programId) {
        ProgramRetention policy = new ProgramRetention();
        policy.id = idOf(agencyId, programId);
        policy.agencyId = agencyId;
        policy.programId = programId;
        return policy;
    }

    static String idOf(String agencyId, String programId) {
        return agencyId + "/" + programId;
    }

    void set(RetentionPolicy policy, String by, Instant at) {
        retentionPeriod = policy.period().value();
        legalBasis = policy.legalBasis();
        setBy = by;
        setAt = at;
    }

    RetentionPolicy policy() {
        return new RetentionPolicy(new RetentionPeriod(retentionPeriod), legalBasis);
    }

    String getProgramId() {
        return programId;
    }

    String getSetBy() {
        return setBy;
    }

    Instant getSetAt() {
        return setAt;
    }
}
