package org.casemgmt.partner.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhooks' settings ({@code webhooks.*} in application.yml).
 *
 * @param allowLoopback          lets webhooks go to loopback addresses, over HTTP too: the embedded default for
 *                               local testing, never in a deployment
 * @param retrySchedule          the pauses after each failed attempt; after the last, the delivery is dead-lettered
 * @param feedTopicPattern       the partner feed topics delivered from (a regular expression over topic names)
 * @param topicDiscovery         how soon a new partner's feed topic is noticed
 * @param requestTimeout         how long a receiver may take to connect and answer
 * @param replayReadTimeout      how long a replay may read its partner's feed before it gives up
 * @param consumerGroup          the consumer group reading the feeds for delivery
 */
@ConfigurationProperties("webhooks")
record WebhookProperties(
        @DefaultValue("false") boolean allowLoopback,
        @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "10h"}) List<Duration> retrySchedule,
        @DefaultValue("partner\\..+\\.feed") String feedTopicPattern,
        @DefaultValue("30s") Duration topicDiscovery,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("30s") Duration replayReadTimeout,
        @DefaultValue("partner-service-webhooks") String consumerGroup) {

    RetrySchedule schedule() {
        return new RetrySchedule(retrySchedule);
    }
}
