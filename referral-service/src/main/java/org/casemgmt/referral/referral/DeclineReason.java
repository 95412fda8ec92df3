package org.casemgmt.referral.referral;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a provider declined a referral (Gravity's rejected Task carries a statusReason; HMIS 4.20's provider rejection). */
public enum DeclineReason {
    NO_CAPACITY("no-capacity"),
    NOT_ELIGIBLE("not-eligible"),
    OUTSIDE_SERVICE_AREA("outside-service-area"),
    SERVICE_NOT_OFFERED("service-not-offered"),
    DUPLICATE("duplicate"),
    OTHER("other");

    private final String code;

    DeclineReason(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
