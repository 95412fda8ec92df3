package org.casemgmt.platform.inbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Stops every consumer binding's container at once, just before the bindings stop one after the other. A service's
 * bindings share its consumer group: each consumer that leaves it makes the others rebalance, and the next binding's
 * stop waited for that rebalance, about 4 s each (referral's dozen bindings took 40 s to stop, past Kubernetes' 30 s
 * grace). Leaving together, they rebalance once, and the bindings then find their containers stopped.
 */
final class ConsumersStopTogether implements SmartLifecycle {

    /** Before Spring Cloud Stream's InputBindingLifecycle (Integer.MAX_VALUE - 3000): a higher phase stops first. */
    static final int PHASE = Integer.MAX_VALUE - 2000;

    private final List<MessageListenerContainer> containers = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    void add(MessageListenerContainer container) {
        containers.add(container);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop(Runnable stopped) {
        running = false;
        List<MessageListenerContainer> stopping = containers.stream().filter(MessageListenerContainer::isRunning)
                .toList();
        if (stopping.isEmpty()) {
            stopped.run();
            return;
        }
        AtomicInteger left = new AtomicInteger(stopping.size());
        stopping.forEach(container -> container.stop(() -> {
            if (left.decrementAndGet() == 0) {
                stopped.run();
            }
        }));
    }

    @Override
    public void stop() {
        stop(() -> { });
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
