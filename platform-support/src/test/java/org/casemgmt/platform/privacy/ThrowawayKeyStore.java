package org.casemgmt.platform.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A {@code subject_keys} collection of one test's own in the embedded MongoDB, dropped after it, and a clock
 * standing at {@link #START} until the test moves it. Every store it hands out is another instance of the service.
 */
final class ThrowawayKeyStore implements BeforeEachCallback, AfterEachCallback {

    static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    static final Duration CACHE_TTL = Duration.ofSeconds(60);

    private final String database = "privacy-" + UUID.randomUUID();
    private final MongoClient client = MongoClients.create(EmbeddedMongo.uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final Clock clock = mock(Clock.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        when(clock.instant()).thenReturn(START);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        mongo.getDb().drop();
        client.close();
    }

    SubjectKeys instance(MasterKeys masterKeys) {
        return new SubjectKeys(mongo, masterKeys, new SecureRandom(), clock, 100, CACHE_TTL);
    }

    void timeHasPassed(Duration sinceStart) {
        when(clock.instant()).thenReturn(START.plus(sinceStart));
    }

    Document stored(String subjectId) {
        return mongo.findById(subjectId, Document.class, SubjectKeys.COLLECTION);
    }

    long count() {
        return mongo.getCollection(SubjectKeys.COLLECTION).countDocuments();
    }
}
