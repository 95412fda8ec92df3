package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;

/** What a SIGKILL would find: EmbeddedMongoIT kills one. */
class DurableH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void whenAWriteIsAcknowledgedNothingIsLeftUnwrittenAndAReadWritesNothing() {
        DurableH2Backend backend = new DurableH2Backend(dir.resolve("store.mv.db").toString());
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> clients = client.getDatabase("intake").getCollection("clients");

            clients.insertOne(new Document("_id", "client-1"));
            assertThat(backend.getMvStore().hasUnsavedChanges()).as("after an insert").isFalse();
            clients.findOneAndUpdate(new Document("_id", "client-1"), new Document("$set", new Document("n", 1)));
            assertThat(backend.getMvStore().hasUnsavedChanges()).as("after a findAndModify").isFalse();
            clients.deleteOne(new Document("_id", "client-1"));
            assertThat(backend.getMvStore().hasUnsavedChanges()).as("after a delete").isFalse();

            long version = backend.getMvStore().getCurrentVersion();
            clients.find().first();
            assertThat(backend.getMvStore().getCurrentVersion()).as("a read stores nothing").isEqualTo(version);
        } finally {
            server.shutdownNow();
        }
    }
}
