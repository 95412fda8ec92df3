package org.casemgmt.platform.timer;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** A service that has {@link DueTimerHandler}s gets a {@link DueTimerPoller} firing them. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableConfigurationProperties(TimerProperties.class)
class TimerAutoConfiguration {

    @Bean
    @ConditionalOnBean({MongoTemplate.class, DueTimerHandler.class})
    @ConditionalOnProperty(name = "casemgmt.timers.enabled", matchIfMissing = true)
    DueTimerPoller dueTimerPoller(MongoTemplate mongo, ObjectProvider<DueTimerHandler> handlers,
                                  TimerProperties properties, ObjectProvider<Clock> clock,
                                  ObjectProvider<MeterRegistry> meters) {
        return new DueTimerPoller(mongo, handlers.orderedStream().toList(), properties,
                clock.getIfAvailable(Clock::systemUTC), meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
