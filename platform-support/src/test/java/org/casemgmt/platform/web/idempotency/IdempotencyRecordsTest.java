package org.casemgmt.platform.web.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClients;

import org.casemgmt.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyRecordsTest {

    private static final MongoTemplate MONGO =
            new MongoTemplate(MongoClients.create(EmbeddedMongo.uri("idempotency-test")), "idempotency-test");
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private static final IdempotencyProperties PROPERTIES =
            new IdempotencyProperties(Duration.ofHours(24), Duration.ofSeconds(60));

    @Test
    void aRequestLeftInFlightLongerThanTheLimitMayRunAgain() {
        String scope = UUID.randomUUID().toString();
        assertThat(recordsAt(START).claim(scope, "body-hash").outcome()).isEqualTo(IdempotencyRecords.Claim.Outcome.FIRST);

        assertThat(recordsAt(START.plusSeconds(59)).claim(scope, "body-hash").outcome())
                .isEqualTo(IdempotencyRecords.Claim.Outcome.IN_PROGRESS);
        assertThat(recordsAt(START.plusSeconds(61)).claim(scope, "body-hash").outcome())
                .isEqualTo(IdempotencyRecords.Claim.Outcome.FIRST);
        assertThat(recordsAt(START.plusSeconds(62)).claim(scope, "body-hash").outcome())
                .isEqualTo(IdempotencyRecords.Claim.Outcome.IN_PROGRESS);
    }

    @Test
    void aCompletedRequestIsReplayedLongAfterTheInFlightLimit() {
        String scope = UUID.randomUUID().toString();
        IdempotencyRecords records = recordsAt(START);
        records.claim(scope, "body-hash");
        records.complete(scope, new IdempotencyRecords.StoredResponse(201, "application/json", "/api/x/1",
                "{\"id\":1}".getBytes(), List.of(), null));

        IdempotencyRecords.Claim later = recordsAt(START.plus(Duration.ofHours(2))).claim(scope, "body-hash");

        assertThat(later.outcome()).isEqualTo(IdempotencyRecords.Claim.Outcome.COMPLETED);
        assertThat(later.stored().location()).isEqualTo("/api/x/1");
        assertThat(new String(later.stored().body())).isEqualTo("{\"id\":1}");
    }

    private static IdempotencyRecords recordsAt(Instant now) {
        return new IdempotencyRecords(MONGO, Clock.fixed(now, ZoneOffset.UTC), PROPERTIES);
    }
}
