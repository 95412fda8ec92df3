package org.casemgmt.platform.time;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * One clock for every time a service records. It ticks in milliseconds, the precision MongoDB stores, so a time
 * reads the same in the response that recorded it, in the event that announced it and in every later read; and it
 * is UTC, so "today" for a due date is the same day on every instance. A test replaces it with a fixed clock.
 */
@AutoConfiguration
public class TimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
