package org.casemgmt.platform.inbox;

import java.time.Instant;

/**
 * A consumed event, read from a Kafka record in CloudEvents binary mode.
 *
 * @param id      CloudEvents id: what consumers record to stay idempotent
 * @param type    CloudEvents type
 * @param source  CloudEvents source
 * @param subject CloudEvents subject (the case id)
 * @param time    CloudEvents time
 * @param data    the body, read into the contract record; unknown fields are ignored
 */
public record IncomingEvent<T>(String id, String type, String source, String subject, Instant time, T data) {
}
