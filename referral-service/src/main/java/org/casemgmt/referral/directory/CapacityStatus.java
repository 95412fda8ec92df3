package org.casemgmt.referral.directory;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Gravity (SDOH Clinical Care) capacity status codes, as the provider declares them. */
enum CapacityStatus {

    @JsonProperty("capacity")
    CAPACITY("capacity", "taking referrals"),
    @JsonProperty("no-capacity")
    NO_CAPACITY("no-capacity", "full"),
    @JsonProperty("waitlist")
    WAITLIST("waitlist", "waitlisted"),
    @JsonProperty("additional-assessment-required")
    ADDITIONAL_ASSESSMENT_REQUIRED("additional-assessment-required", "taking referrals after an additional assessment");

    private final String code;
    private final String wording;

    CapacityStatus(String code, String wording) {
        this.code = code;
        this.wording = wording;
    }

    String code() {
        return code;
    }

    /** How a refusal puts it: "... is waitlisted". */
    String wording() {
        return wording;
    }
}
