package org.casemgmt.gateway.cors;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casemgmt.gateway.cors.allowed-origins} (env {@code CASEMGMT_GATEWAY_CORS_ALLOWEDORIGINS}, comma separated),
 * e.g. {@code https://console.agency.example}: the web consoles whose pages may call the API. None by default.
 */
@ConfigurationProperties("casemgmt.gateway.cors")
record CorsProperties(List<String> allowedOrigins) {

    CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
