package org.casemgmt.platform.testing;

import java.net.InetSocketAddress;

import org.springframework.test.context.DynamicPropertyRegistry;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One in-memory MongoDB wire-protocol server per test JVM (mongo-java-server), started on first use on a free
 * loopback port. It has no transactions, change streams or {@code $text}, like the embedded default it stands for.
 * It is never stopped: it ends with the JVM, after Spring's own shutdown hook has stopped the relays and consumers
 * that still talk to it (stopping it first left them waiting 30 s for a server that was gone).
 */
public final class EmbeddedMongo {

    private static MongoServer server;
    private static String address;

    private EmbeddedMongo() {
    }

    /** The connection string for {@code database}, e.g. {@code mongodb://127.0.0.1:41234/intake}. */
    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            InetSocketAddress bound = server.getLocalAddress();
            address = bound.getHostString() + ":" + bound.getPort();
        }
        return "mongodb://" + address + "/" + database;
    }

    /** For a {@code @DynamicPropertySource} method: points {@code spring.mongodb.uri} at {@code database}. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> uri(database));
    }
}
