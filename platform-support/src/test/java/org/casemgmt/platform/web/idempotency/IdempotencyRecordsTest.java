package org.casemgmt.platform.web.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClients;

import org.bson.Document;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.casemgmt.platform.web.idempotency.IdempotencyRecords.Claim;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyRecordsTest {

    private static final MongoTemplate MONGO =
            new MongoTemplate(MongoClients.create(EmbeddedMongo.uri("idempotency-test")), "idempotency-test");
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private static final IdempotencyProperties PROPERTIES =
            new IdempotencyProperties(Duration.ofHours(24), Duration.ofSeconds(60));

    private final String scope = UUID.randomUUID().toString();

    @Test
    void aRequestLeftInFlightWithoutWritingLongerThanTheLimitMayRunAgainOnce() {
        assertThat(recordsAt(START).claim(scope, "body-hash").outcome()).isEqualTo(Claim.Outcome.FIRST);

        assertThat(recordsAt(START.plusSeconds(59)).claim(scope, "body-hash").outcome())
                .isEqualTo(Claim.Outcome.IN_PROGRESS);
        assertThat(recordsAt(START.plusSeconds(61)).claim(scope, "body-hash").outcome())
                .isEqualTo(Claim.Outcome.FIRST);
        assertThat(recordsAt(START.plusSeconds(62)).claim(scope, "body-hash").outcome())
                .isEqualTo(Claim.Outcome.IN_PROGRESS);
    }

    @Test
    void aRequestThatBeganWritingAndThenDiedIsNeverRunAgainItsOutcomeIsUnknown() {
        Claim first = recordsAt(START).claim(scope, "body-hash");
        assertThat(recordsAt(START).applying(scope, first.owner())).isTrue();

        assertThat(recordsAt(START.plusSeconds(59)).claim(scope, "body-hash").outcome())
                .isEqualTo(Claim.Outcome.IN_PROGRESS);
        assertThat(recordsAt(START.plusSeconds(61)).claim(scope, "body-hash").outcome())
                .isEqualTo(Claim.Outcome.OUTCOME_UNKNOWN);
        assertThat(recordsAt(START.plus(Duration.ofHours(2))).claim(scope, "body-hash").outcome())
                .isEqualTo(Claim.Outcome.OUTCOME_UNKNOWN);
    }

    @Test
    void aReleaseBeforeAnyWriteForgetsTheRequestAndOneAfterAWriteLeavesItsOutcomeUnknownAtOnce() {
        IdempotencyRecords records = recordsAt(START);
        records.release(scope, records.claim(scope, "body-hash").owner());
        assertThat(records.claim(scope, "body-hash").outcome()).isEqualTo(Claim.Outcome.FIRST);

        String other = UUID.randomUUID().toString();
        Claim wrote = records.claim(other, "body-hash");
        records.applying(other, wrote.owner());
        records.release(other, wrote.owner());
        assertThat(records.claim(other, "body-hash").outcome()).isEqualTo(Claim.Outcome.OUTCOME_UNKNOWN);
    }

    @Test
    void aRequestTakenOverCanNeitherWriteNorCompleteNorReleaseTheNewOwnersRecord() {
        Claim slow = recordsAt(START).claim(scope, "body-hash");
        Claim retry = recordsAt(START.plusSeconds(61)).claim(scope, "body-hash");
        assertThat(retry.outcome()).isEqualTo(Claim.Outcome.FIRST);
        assertThat(retry.owner()).isNotEqualTo(slow.owner());
        IdempotencyRecords records = recordsAt(START.plusSeconds(62));

        assertThat(records.applying(scope, slow.owner())).isFalse();
        records.complete(scope, slow.owner(), response("/api/x/slow"));
        records.release(scope, slow.owner());
        assertThat(record().getString("owner")).isEqualTo(retry.owner());
        assertThat(record().getString("state")).isEqualTo("IN_FLIGHT");

        assertThat(records.applying(scope, retry.owner())).isTrue();
        assertThat(records.applying(scope, retry.owner())).as("again, for its next write").isTrue();
        records.complete(scope, retry.owner(), response("/api/x/retry"));
        assertThat(records.claim(scope, "body-hash").stored().location()).isEqualTo("/api/x/retry");
    }

    @Test
    void aRequestThatBeganWritingBeforeTheRetryLooksIsNotTakenOver() {
        Claim slow = recordsAt(START).claim(scope, "body-hash");
        recordsAt(START.plusSeconds(70)).applying(scope, slow.owner());

        assertThat(recordsAt(START.plusSeconds(70)).claim(scope, "body-hash").outcome())
                .isEqualTo(Claim.Outcome.OUTCOME_UNKNOWN);
        recordsAt(START.plusSeconds(71)).complete(scope, slow.owner(), response("/api/x/slow"));
        assertThat(recordsAt(START.plusSeconds(72)).claim(scope, "body-hash").outcome())
                .isEqualTo(Claim.Outcome.COMPLETED);
    }

    @Test
    void aRecordClaimedBeforeRecordsHadOwnersIsTakenOverAsAnyOther() {
        MONGO.insert(new Document("_id", scope).append("fingerprint", "body-hash").append("state", "IN_FLIGHT")
                .append("createdAt", Date.from(START)), IdempotencyRecords.COLLECTION);

        assertThat(recordsAt(START.plusSeconds(61)).claim(scope, "body-hash").outcome())
                .isEqualTo(Claim.Outcome.FIRST);
    }

    @Test
    void aCompletedRequestIsReplayedLongAfterTheInFlightLimit() {
        IdempotencyRecords records = recordsAt(START);
        Claim first = records.claim(scope, "body-hash");
        records.complete(scope, first.owner(), new IdempotencyRecords.StoredResponse(201, "application/json",
                "/api/x/1", "{\"id\":1}".getBytes(), List.of(), null));

        Claim later = recordsAt(START.plus(Duration.ofHours(2))).claim(scope, "body-hash");

        assertThat(later.outcome()).isEqualTo(Claim.Outcome.COMPLETED);
        assertThat(later.stored().location()).isEqualTo("/api/x/1");
        assertThat(new String(later.stored().body())).isEqualTo("{\"id\":1}");
    }

    private Document record() {
        return MONGO.findById(scope, Document.class, IdempotencyRecords.COLLECTION);
    }

    private static IdempotencyRecords.StoredResponse response(String location) {
        return new IdempotencyRecords.StoredResponse(201, "application/json", location, new byte[0], List.of(), null);
    }

    private static IdempotencyRecords recordsAt(Instant now) {
        return new IdempotencyRecords(MONGO, Clock.fixed(now, ZoneOffset.UTC), PROPERTIES);
    }
}
