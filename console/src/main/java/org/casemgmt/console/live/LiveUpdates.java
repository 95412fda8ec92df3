package org.casemgmt.console.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the platform's case events from the moment the console starts and tells each open page whose cases they
 * concern ({@link Listener}). It reads every partition itself ({@code assign}, no consumer group): each console
 * instance hears everything, and the broker keeps no offsets for it. It never writes.
 */
@Component
class LiveUpdates implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofSeconds(5);

    /** An open page: told of each change it may care about. */
    interface Listener {
        String agency();

        Set<String> cases();

        void changed(CaseChange change) throws IOException;
    }

    /**
     * What happened lately, for a page that connects after it: between the moment a page is put together and the
     * moment its stream opens, a case may change (a plan drafted the second after the case opened).
     */
    private static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MOST_REMEMBERED = 5000;

    private final KafkaProperties kafka;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<CaseChange> recent = new ArrayDeque<>();
    private volatile boolean running;
    private volatile Consumer<String, String> consumer;
    private Thread reader;

    LiveUpdates(KafkaProperties kafka, Clock clock) {
        this.kafka = kafka;
        this.clock = clock;
    }

    /** The topics followed: every case event of the catalogue but the audit trail's. */
    static List<String> topics() {
        return EventCatalog.all().stream().filter(type -> type != EventCatalog.AUDIT_RECORDED)
                .map(EventType::topic).distinct().toList();
    }

    void listen(Listener listener) {
        listeners.add(listener);
    }

    void stopListening(Listener listener) {
        listeners.remove(listener);
    }

    /** The changes heard after {@code since}, oldest first. */
    List<CaseChange> since(Instant since) {
        synchronized (recent) {
            return recent.stream().filter(change -> change.heardAt().isAfter(since)).toList();
        }
    }

    private void remember(CaseChange change) {
        synchronized (recent) {
            recent.addLast(change);
            Instant forgotten = change.heardAt().minus(REMEMBERED);
            while (recent.size() > MOST_REMEMBERED || recent.peekFirst().heardAt().isBefore(forgotten)) {
                recent.removeFirst();
            }
        }
    }

    void publish(CaseChange change) {
        remember(change);
        for (Listener listener : listeners) {
            if (change.concerns(listener.agency(), listener.cases())) {
                try {
                    listener.changed(change);
                } catch (IOException | RuntimeException gone) {
                    listeners.remove(listener);
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        reader = Thread.ofPlatform().name("live-updates").daemon().start(this::readWhileRunning);
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void readWhileRunning() {
        while (running) {
            try (Consumer<String, String> reading = newConsumer()) {
                consumer = reading;
                List<TopicPartition> partitions = topics().stream()
                        .flatMap(topic -> reading.partitionsFor(topic).stream()
                                .map(info -> new TopicPartition(topic, info.partition())))
                        .toList();
                reading.assign(partitions);
                reading.seekToEnd(partitions);
                log.info("Following {} partitions of {} topics for live updates", partitions.size(), topics().size());
                while (running) {
                    for (ConsumerRecord<String, String> record : reading.poll(POLL)) {
                        changeOf(record, clock.instant()).ifPresent(this::publish);
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                log.warn("Live updates paused, the broker could not be read ({}); trying again in {} s",
                        e.getMessage(), RETRY.toSeconds());
                sleep();
            }
        }
    }

    @SuppressWarnings("unchecked")
    static java.util.Optional<CaseChange> changeOf(ConsumerRecord<String, String> record, Instant heardAt) {
        try {
            Map<String, Object> body = record.value() == null ? Map.of() : JSON.readValue(record.value(), Map.class);
            return java.util.Optional.of(CaseChange.of(record.topic(), record.key(), body, heardAt));
        } catch (RuntimeException unreadable) {
            // The stages dead-letter such a record; the console has nothing to tell a page of it but says it saw it.
            log.warn("Live updates: the record at {}-{} offset {} is not JSON; no page is told of it", record.topic(),
                    record.partition(), record.offset());
            return java.util.Optional.empty();
        }
    }

    private Consumer<String, String> newConsumer() {
        Map<String, Object> properties = kafka.buildConsumerProperties();
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "console-live-updates");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private void sleep() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
