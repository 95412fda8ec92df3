package org.casemgmt.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths GET paths besides health and the OpenAPI document that answer without a token, e.g.
 *                    {@code /actuator/prometheus} where the metrics port is reachable only by the scraper
 */
@ConfigurationProperties("casemgmt.security")
record SecurityProperties(List<String> publicPaths) {

    SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
