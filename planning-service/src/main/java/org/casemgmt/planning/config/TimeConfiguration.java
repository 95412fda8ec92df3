package org.casemgmt.planning.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Planning's one clock. Millisecond ticks, MongoDB's precision, so a time in a response, in the event announcing it
 * and in a later read is the same; UTC, so "today" for due dates is the same day on every instance.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
