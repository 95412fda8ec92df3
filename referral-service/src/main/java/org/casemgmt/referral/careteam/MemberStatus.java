package org.casemgmt.referral.careteam;

import com.fasterxml.jackson.annotation.JsonValue;

/** FHIR CareTeam status codes, per member. */
public enum MemberStatus {
    PROPOSED("proposed"),
    ACTIVE("active"),
    SUSPENDED("suspended"),
    INACTIVE("inactive");

    private final String code;

    MemberStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
