package org.casemgmt.referral.directory;

import com.fasterxml.jackson.annotation.JsonProperty;

/** HSDS 3.0 service status, under its HSDS values. */
enum ServiceStatus {

    @JsonProperty("active")
    ACTIVE("active"),
    @JsonProperty("inactive")
    INACTIVE("inactive"),
    @JsonProperty("defunct")
    DEFUNCT("defunct"),
    @JsonProperty("temporarily closed")
    TEMPORARILY_CLOSED("temporarily closed");

    private final String hsds;

    ServiceStatus(String hsds) {
        this.hsds = hsds;
    }

    String hsds() {
        return hsds;
    }
}
