package org.casemgmt.platform.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.casemgmt.platform.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The timers are documents in the embedded store, as a service's aggregates hold them: due ones fire once whatever
 * the number of instances, and an instance that starts later fires what came due before it started.
 */
class DueTimerPollerTest {

    private static final MongoTemplate MONGO = new MongoTemplate(MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(EmbeddedMongo.uri("due-timer-test"))).build()),
            "due-timer-test");
    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    private static final TimerProperties PROPERTIES = new TimerProperties(true, Duration.ofMillis(50),
            Duration.ofSeconds(30), 100);

    private final String collection = "timers_" + UUID.randomUUID().toString().replace("-", "");
    private final MutableClock clock = new MutableClock(START);
    private final List<String> fired = Collections.synchronizedList(new ArrayList<>());

    /** Acts like an aggregate's handler: records the firing and saves the document without a timer. */
    private final DueTimerHandler handler = new DueTimerHandler() {
        @Override
        public String collection() {
            return collection;
        }

        @Override
        public void fire(String documentId) {
            fired.add(documentId);
            MONGO.updateFirst(new Query(where("_id").is(documentId)), new Update().unset(DueTimer.FIELD), collection);
        }
    };

    @Test
    void firesATimerThatIsDueAndLeavesOneThatIsNot() {
        store("due", START.minusSeconds(1));
        store("later", START.plus(Duration.ofHours(1)));

        int count = poller(handler).fireDue();

        assertThat(count).isEqualTo(1);
        assertThat(fired).containsExactly("due");
    }

    @Test
    void anInstanceStartedAfterTheDeadlinePassedFiresWhatCameDueWhileNoneWasRunning() {
        store("referral-1", START.plus(Duration.ofDays(1)));
        clock.advance(Duration.ofDays(2));

        poller(handler).fireDue();

        assertThat(fired).containsExactly("referral-1");
    }

    @Test
    void twoInstancesLookingAtOnceFireEachTimerOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            store("case-" + i, START.minusSeconds(i));
        }
        DueTimerPoller first = poller(handler);
        DueTimerPoller second = poller(handler);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> firstLooks = () -> {
                go.await();
                return first.fireDue();
            };
            Callable<Integer> secondLooks = () -> {
                go.await();
                return second.fireDue();
            };
            Future<Integer> a = instances.submit(firstLooks);
            Future<Integer> b = instances.submit(secondLooks);
            go.countDown();

            assertThat(a.get() + b.get()).isEqualTo(40);
        } finally {
            instances.shutdownNow();
        }
        assertThat(fired).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void aTimerAnotherInstanceHoldsIsLeftAloneUntilItsLeaseExpires() {
        store("leased", START.minusSeconds(5));
        MONGO.updateFirst(new Query(where("_id").is("leased")),
                new Update().set(DueTimer.FIELD + ".leasedUntil", Date.from(START.plusSeconds(30))), collection);

        poller(handler).fireDue();
        assertThat(fired).isEmpty();

        clock.advance(Duration.ofSeconds(31));
        poller(handler).fireDue();
        assertThat(fired).containsExactly("leased");
    }

    @Test
    void aFailedFiringIsRetriedOnceTheLeaseHasExpiredAndNotBefore() {
        store("flaky", START);
        List<String> attempts = new ArrayList<>();
        DueTimerHandler failsOnce = new DueTimerHandler() {
            @Override
            public String collection() {
                return collection;
            }

            @Override
            public void fire(String documentId) {
                attempts.add(documentId);
                if (attempts.size() == 1) {
                    throw new IllegalStateException("store went away");
                }
                handler.fire(documentId);
            }
        };
        DueTimerPoller poller = poller(failsOnce);

        assertThat(poller.fireDue()).isZero();
        assertThat(poller.fireDue()).isZero();
        clock.advance(PROPERTIES.lease());
        assertThat(poller.fireDue()).isEqualTo(1);

        assertThat(attempts).containsExactly("flaky", "flaky");
        assertThat(fired).containsExactly("flaky");
    }

    @Test
    void theThreadFiresTimersUntilStopped() throws InterruptedException {
        DueTimerPoller poller = poller(handler);
        poller.start();
        try {
            store("background", START);
            long deadline = System.currentTimeMillis() + 5_000;
            while (fired.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            poller.stop();
        }
        assertThat(poller.isRunning()).isFalse();
        assertThat(fired).containsExactly("background");
    }

    private void store(String id, Instant dueAt) {
        MONGO.insert(new Document("_id", id).append(DueTimer.FIELD, new Document("dueAt", Date.from(dueAt))),
                collection);
    }

    private DueTimerPoller poller(DueTimerHandler timerHandler) {
        return new DueTimerPoller(MONGO, List.of(timerHandler), PROPERTIES, clock, new SimpleMeterRegistry());
    }
}
