package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/** The store in its own JVM, as the launcher runs it. */
class EmbeddedMongoIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final int port = LaunchOptions.builder(Path.of("")).freePorts().build().mongoPort();

    @Test
    void aDocumentWrittenBeforeAStopIsReadAfterARestartOnTheSameDirectory() throws LaunchException {
        EmbeddedMongo first = start();
        try (MongoClient client = MongoClients.create(first.uri("intake"))) {
            clients(client).insertOne(new Document("_id", "client-1").append("name", "Ada Lovelace"));
        } finally {
            first.stop();
        }

        EmbeddedMongo second = start();
        try (MongoClient client = MongoClients.create(second.uri("intake"))) {
            assertThat(clients(client).find(new Document("_id", "client-1")).first())
                    .isNotNull()
                    .containsEntry("name", "Ada Lovelace");
        } finally {
            second.stop();
        }
    }

    /** Without a commit per write, the MVStore's background writer would have written none of them yet. */
    @Test
    void everyWriteAcknowledgedBeforeASigkillIsReadAfterARestart() throws LaunchException {
        EmbeddedMongo first = start();
        try (MongoClient client = MongoClients.create(first.uri("intake"))) {
            IntStream.range(0, 100).forEach(i -> clients(client).insertOne(new Document("_id", i)));
            clients(client).updateOne(new Document("_id", 0), new Document("$set", new Document("name", "Ada")));
            clients(client).deleteOne(new Document("_id", 1));
            first.jvm().crash();
        }
        assertThat(first.jvm().isAlive()).isFalse();

        EmbeddedMongo second = start();
        try (MongoClient client = MongoClients.create(second.uri("intake"))) {
            assertThat(clients(client).countDocuments()).isEqualTo(99);
            assertThat(clients(client).find(new Document("_id", 0)).first()).containsEntry("name", "Ada");
            assertThat(clients(client).find(new Document("_id", 99)).first()).isNotNull();
        } finally {
            second.stop();
        }
    }

    @Test
    void eachServiceSeesOnlyItsOwnDatabase() throws LaunchException {
        EmbeddedMongo mongo = start();
        try (MongoClient intake = MongoClients.create(mongo.uri("intake"));
             MongoClient planning = MongoClients.create(mongo.uri("planning"))) {
            clients(intake).insertOne(new Document("_id", "client-1"));

            assertThat(planning.getDatabase("planning").getCollection("clients").countDocuments()).isZero();
            assertThat(clients(intake).countDocuments()).isEqualTo(1);
        } finally {
            mongo.stop();
        }
    }

    @Test
    void aSecondStoreOnTheSameFileFailsSayingWhy() throws LaunchException {
        EmbeddedMongo first = start();
        try {
            int otherPort = LaunchOptions.builder(Path.of("")).freePorts().build().mongoPort();
            EmbeddedMongo second = EmbeddedMongo.start(dir.resolve("mongo"), dir.resolve("logs-2"), otherPort,
                    exited -> { });
            assertThatThrownBy(() -> second.awaitReady(READY_TIMEOUT))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageContaining("mongodb exited with code 1 before it was ready")
                    .hasMessageContaining("is another launcher using this data directory?");
        } finally {
            first.stop();
        }
    }

    private EmbeddedMongo start() throws LaunchException {
        EmbeddedMongo mongo = EmbeddedMongo.start(dir.resolve("mongo"), dir.resolve("logs"), port, exited -> { });
        mongo.awaitReady(READY_TIMEOUT);
        return mongo;
    }

    private static MongoCollection<Document> clients(MongoClient client) {
        return client.getDatabase("intake").getCollection("clients");
    }
}
