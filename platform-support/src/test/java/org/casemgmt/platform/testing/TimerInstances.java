package org.casemgmt.platform.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.platform.timer.DueTimerHandler;
import org.casemgmt.platform.timer.DueTimerPoller;
import org.casemgmt.platform.timer.TimerProperties;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * For tests of durable timers: the service's own poller stopped, as if the service were down, and fresh instances of
 * its timer machinery started, as a restarted or a second instance would be; they know nothing but what the store
 * holds. Registered in an integration test class as {@code @RegisterExtension final TimerInstances instances = new
 * TimerInstances();}: after each test the instances it started stop and the service's own poller runs again.
 */
public final class TimerInstances implements BeforeEachCallback, AfterEachCallback {

    private final List<DueTimerPoller> started = new ArrayList<>();
    private ApplicationContext context;

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = SpringExtension.getApplicationContext(extension);
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        started.forEach(DueTimerPoller::stop);
        started.clear();
        context.getBean(DueTimerPoller.class).start();
    }

    /** As if the service were down: nothing fires until an instance is started. */
    public void stopTheServicesOwn() {
        context.getBean(DueTimerPoller.class).stop();
    }

    /** A new instance, started. */
    public DueTimerPoller startAnother() {
        DueTimerPoller instance = new DueTimerPoller(context.getBean(MongoTemplate.class),
                List.copyOf(context.getBeansOfType(DueTimerHandler.class).values()),
                context.getBean(TimerProperties.class), context.getBean(Clock.class), new SimpleMeterRegistry());
        started.add(instance);
        instance.start();
        return instance;
    }
}
