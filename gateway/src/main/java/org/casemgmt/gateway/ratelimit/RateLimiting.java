package org.casemgmt.gateway.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Per-client rate limiting in the gateway's memory: no Redis or other shared store is needed. */
@Configuration(proxyBeanMethods = false)
class RateLimiting {

    @Bean
    NanoClock rateLimitClock() {
        return System::nanoTime;
    }

    @Bean
    ClientRateLimitFilter clientRateLimitFilter(RateLimitProperties properties, NanoClock rateLimitClock) {
        return new ClientRateLimitFilter(properties, rateLimitClock);
    }
}
