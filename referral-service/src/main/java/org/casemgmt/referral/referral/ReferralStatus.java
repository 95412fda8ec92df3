package org.casemgmt.referral.referral;

import java.util.Arrays;

/** Where a referral stands, with the FHIR Task status codes (Gravity's referral Task) partners map one to one. */
public enum ReferralStatus {
    REQUESTED("requested"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    IN_PROGRESS("in-progress"),
    ON_HOLD("on-hold"),
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELLED("cancelled"),
    ENTERED_IN_ERROR("entered-in-error");

    private final String code;

    ReferralStatus(String code) {
        this.code = code;
    }

    /** The FHIR Task status code. */
    public String code() {
        return code;
    }

    /** Still asking something of the provider or the client: neither finished nor withdrawn. */
    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED || this == IN_PROGRESS || this == ON_HOLD;
    }

    public static ReferralStatus ofCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a referral status: " + code));
    }
}
