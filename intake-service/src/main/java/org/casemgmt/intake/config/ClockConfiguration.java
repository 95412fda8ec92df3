package org.casemgmt.intake.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every timestamp the service records. It ticks in milliseconds, the precision MongoDB stores, so a
 * time reads the same in the response that recorded it, in the event that announced it and in every later read.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
