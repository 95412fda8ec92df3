package org.casemgmt.platform.web.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casemgmt.idempotency.*}.
 *
 * @param retention        how long a key and its stored response are kept (a TTL index removes them)
 * @param abandonedAfter   a request still marked in flight after this long is taken to have died with its
 *                         server: a retry runs it again if it had written nothing, and is told its outcome is
 *                         unknown if it had; before that, a retry is told it is still in progress
 */
@ConfigurationProperties("casemgmt.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration retention,
        @DefaultValue("60s") Duration abandonedAfter) {
}
