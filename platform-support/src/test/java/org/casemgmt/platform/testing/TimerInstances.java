package org.casemgmt.platform.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.platform.timer.DueTimerHandler;
import org.casemgmt.platform.timer.DueTimerPoller;
import org.casemgmt.platform.timer.TimerProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * For tests of durable timers: the service's own poller stopped, as if the service were down, and fresh instances of
 * its timer machinery started, as a restarted or a second instance would be; they know nothing but what the store
 * holds. {@link #restoreTheServicesOwn()} after each test.
 */
public final class TimerInstances {

    private final ApplicationContext context;
    private final List<DueTimerPoller> started = new ArrayList<>();

    public TimerInstances(ApplicationContext context) {
        this.context = context;
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

    public void restoreTheServicesOwn() {
        started.forEach(DueTimerPoller::stop);
        started.clear();
        context.getBean(DueTimerPoller.class).start();
    }
}
