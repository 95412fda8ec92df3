package org.casemgmt.platform.timer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Fires the {@link DueTimer}s that have come due, on a thread of its own. Each due document is first claimed with
 * one atomic find-and-modify that sets its lease, so of several instances exactly one acts on it; the handler's save
 * replaces the timer and so ends the lease. A handler that fails leaves the lease to expire, and the timer is fired
 * again then, here or elsewhere. Nothing is held in memory: what is due is read from the store at every look, so a
 * restarted instance fires what came due while it was down.
 */
public class DueTimerPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DueTimerPoller.class);
    private static final String DUE_AT = DueTimer.FIELD + ".dueAt";
    private static final String LEASED_UNTIL = DueTimer.FIELD + ".leasedUntil";

    private final MongoTemplate mongo;
    private final List<DueTimerHandler> handlers;
    private final TimerProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String name = "due-timers-" + UUID.randomUUID().toString().substring(0, 8);

    private final Semaphore wakeUps = new Semaphore(0);

    private volatile Thread poller;

    public DueTimerPoller(MongoTemplate mongo, List<DueTimerHandler> handlers, TimerProperties properties, Clock clock,
                          MeterRegistry meters) {
        this.mongo = mongo;
        this.handlers = List.copyOf(handlers);
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        if (isRunning() || handlers.isEmpty()) {
            return;
        }
        Thread thread = new Thread(this::fireUntilStopped, name);
        thread.setDaemon(true);
        poller = thread;
        thread.start();
    }

    /**
     * Lets the firing in progress finish (interrupting it would abort a store operation half way) and stops before
     * the next look; a thread still busy after a lease's time is interrupted, and its timer is fired again elsewhere.
     */
    @Override
    public synchronized void stop() {
        Thread thread = poller;
        if (thread == null) {
            return;
        }
        poller = null;
        wakeUps.release();
        try {
            thread.join(properties.lease().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    /** Fires what is due now, on the caller's thread, and answers how many timers it fired. */
    public int fireDue() {
        int fired = 0;
        for (DueTimerHandler handler : handlers) {
            for (int i = 0; i < properties.timersPerPoll(); i++) {
                String claimed = claimNext(handler.collection());
                if (claimed == null) {
                    break;
                }
                if (fire(handler, claimed)) {
                    fired++;
                }
            }
        }
        return fired;
    }

    private String claimNext(String collection) {
        Instant now = clock.instant();
        Date at = Date.from(now);
        Query due = new Query(new Criteria().andOperator(
                where(DUE_AT).lte(at),
                new Criteria().orOperator(where(LEASED_UNTIL).exists(false), where(LEASED_UNTIL).is(null),
                        where(LEASED_UNTIL).lte(at))));
        due.fields().include("_id");
        Document claimed = mongo.findAndModify(due,
                new Update().set(LEASED_UNTIL, Date.from(now.plus(properties.lease()))),
                FindAndModifyOptions.options().returnNew(true), Document.class, collection);
        return claimed == null ? null : String.valueOf(claimed.get("_id"));
    }

    private boolean fire(DueTimerHandler handler, String documentId) {
        try {
            handler.fire(documentId);
            Counter.builder("casemgmt.timers.fired").description("Due timers acted on")
                    .tag("collection", handler.collection()).register(meters).increment();
            return true;
        } catch (RuntimeException e) {
            log.warn("Acting on the timer of {} {} failed; it is tried again when its lease of {} expires",
                    handler.collection(), documentId, properties.lease(), e);
            Counter.builder("casemgmt.timers.failed").description("Due timers whose handler failed; retried later")
                    .tag("collection", handler.collection()).register(meters).increment();
            return false;
        }
    }

    private void fireUntilStopped() {
        while (poller == Thread.currentThread()) {
            try {
                fireDue();
            } catch (RuntimeException e) {
                log.warn("Looking for due timers failed; looking again on the next poll", e);
            }
            try {
                wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
