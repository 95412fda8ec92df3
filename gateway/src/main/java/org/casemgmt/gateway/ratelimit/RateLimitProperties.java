package org.casemgmt.gateway.ratelimit;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casemgmt.gateway.rate-limit.*}: the {@code global} limit per client over every route without one of its
 * own, a separate limit per client on each route named in {@code routes} (keyed by route id: the stage, or
 * {@code <stage>-openapi}), and how many clients' buckets may be held at once.
 */
@ConfigurationProperties("casemgmt.gateway.rate-limit")
record RateLimitProperties(Limit global, Map<String, Limit> routes, int maxClients) {

    RateLimitProperties {
        routes = routes == null ? Map.of() : Map.copyOf(routes);
    }
}
