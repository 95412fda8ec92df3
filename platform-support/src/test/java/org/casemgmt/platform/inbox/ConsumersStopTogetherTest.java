package org.casemgmt.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binding.InputBindingLifecycle;
import org.springframework.kafka.listener.MessageListenerContainer;

class ConsumersStopTogetherTest {

    private final ConsumersStopTogether together = new ConsumersStopTogether();
    private final AtomicInteger stopsReported = new AtomicInteger();

    @Test
    void everyRunningContainerIsAskedToStopBeforeAnyHasStoppedAndTheStopIsReportedOnceAllHave() {
        Container first = new Container(true);
        Container second = new Container(true);
        Container alreadyStopped = new Container(false);
        List.of(first, second, alreadyStopped).forEach(together::add);
        together.start();

        together.stop(stopsReported::incrementAndGet);

        assertThat(List.of(first.askedToStop(), second.askedToStop(), alreadyStopped.askedToStop()))
                .containsExactly(true, true, false);
        assertThat(together.isRunning()).isFalse();
        first.finishStopping();
        assertThat(stopsReported).hasValue(0);
        second.finishStopping();
        assertThat(stopsReported).hasValue(1);
    }

    @Test
    void withNoContainerRunningTheStopIsReportedAtOnce() {
        together.add(new Container(false));

        together.stop(stopsReported::incrementAndGet);

        assertThat(stopsReported).hasValue(1);
    }

    @Test
    void itStopsBeforeTheBindingsDo() {
        assertThat(together.getPhase()).isGreaterThan(new InputBindingLifecycle(null, Map.of()).getPhase());
    }

    /** A container whose stop, like Spring Kafka's, ends later, once its consumer's poll has returned. */
    private static final class Container implements MessageListenerContainer {

        private boolean running;
        private final List<Runnable> whenStopped = new ArrayList<>();

        Container(boolean running) {
            this.running = running;
        }

        boolean askedToStop() {
            return !whenStopped.isEmpty();
        }

        void finishStopping() {
            running = false;
            whenStopped.forEach(Runnable::run);
        }

        @Override
        public void stop(Runnable callback) {
            whenStopped.add(callback);
        }

        @Override
        public void setupMessageListener(Object messageListener) {
        }

        @Override
        public Map<String, Map<MetricName, ? extends Metric>> metrics() {
            return Map.of();
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            finishStopping();
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }
}
