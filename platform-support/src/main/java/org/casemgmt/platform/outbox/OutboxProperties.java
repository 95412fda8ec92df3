package org.casemgmt.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the {@link OutboxRelay} ({@code casemgmt.outbox.*}).
 *
 * @param enabled         false turns the relay off (a service that only consumes)
 * @param pollInterval    pause between two looks at the to-do list of pending outboxes when nothing woke the relay
 *                        (a save in this instance wakes it at once; the poll finds other instances' saves and retries)
 * @param lease           how long a claimed document is reserved for this instance; longer than publishing
 *                        one document's events takes
 * @param sendTimeout     how long to wait for the broker's acknowledgement of one event
 * @param initialBackoff  the pause before a document whose publication failed is tried again; doubles per failure
 * @param maxBackoff      the longest pause between two tries of the same document
 * @param documentsPerPoll at most this many documents are relayed in one look
 * @param settle          how long after a document's last save the relay keeps its mark before forgetting it: longer
 *                        than one save can take, so that a save landing after the relay looked is not missed
 */
@ConfigurationProperties("casemgmt.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("200") int documentsPerPoll,
        @DefaultValue("3s") Duration settle) {

    public static OutboxProperties defaults() {
        return new OutboxProperties(true, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofMillis(500), Duration.ofSeconds(30), 200, Duration.ofSeconds(3));
    }

    /** The pause before the next try of a document that failed {@code failures} times in a row. */
    Duration backoffAfter(int failures) {
        Duration backoff = initialBackoff.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
