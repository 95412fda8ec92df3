package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

class EmbeddedMongoIT {

    @TempDir
    Path storeDir;

    private final int port = LaunchOptions.builder(Path.of("")).freePorts().build().mongoPort();

    @Test
    void aDocumentWrittenBeforeAStopIsReadAfterARestartOnTheSameDirectory() throws LaunchException {
        EmbeddedMongo first = EmbeddedMongo.start(storeDir, port);
        try (MongoClient client = MongoClients.create(first.uri("intake"))) {
            clients(client).insertOne(new Document("_id", "client-1").append("name", "Ada Lovelace"));
        } finally {
            first.stop();
        }

        EmbeddedMongo second = EmbeddedMongo.start(storeDir, port);
        try (MongoClient client = MongoClients.create(second.uri("intake"))) {
            assertThat(clients(client).find(new Document("_id", "client-1")).first())
                    .isNotNull()
                    .containsEntry("name", "Ada Lovelace");
        } finally {
            second.stop();
        }
    }

    @Test
    void eachServiceSeesOnlyItsOwnDatabase() throws LaunchException {
        EmbeddedMongo mongo = EmbeddedMongo.start(storeDir, port);
        try (MongoClient intake = MongoClients.create(mongo.uri("intake"));
             MongoClient planning = MongoClients.create(mongo.uri("planning"))) {
            clients(intake).insertOne(new Document("_id", "client-1"));

            assertThat(planning.getDatabase("planning").getCollection("clients").countDocuments()).isZero();
            assertThat(clients(intake).countDocuments()).isEqualTo(1);
        } finally {
            mongo.stop();
        }
    }

    private static MongoCollection<Document> clients(MongoClient client) {
        return client.getDatabase("intake").getCollection("clients");
    }
}
