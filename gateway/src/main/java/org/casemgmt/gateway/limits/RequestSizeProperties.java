package org.casemgmt.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code casemgmt.gateway.max-request-size} (env {@code CASEMGMT_GATEWAY_MAX_REQUEST_SIZE}), e.g. {@code 1MB}. */
@ConfigurationProperties("casemgmt.gateway")
record RequestSizeProperties(DataSize maxRequestSize) {
}
