package org.casemgmt.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server inside the launcher's JVM, kept in one H2 MVStore file so that the data survives a
 * restart. Each service uses its own database on it.
 *
 * <p>The MVStore writes its changes to the file in the background about every second; {@link #stop()} closes it,
 * which writes what is left.
 */
final class EmbeddedMongo implements Component {

    static final String STORE_FILE = "casemgmt.mv.db";
    private static final String HOST = "127.0.0.1";

    private final MongoServer server;
    private final int port;

    private EmbeddedMongo(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static EmbeddedMongo start(Path storeDir, int port) throws LaunchException {
        Path storeFile = storeDir.resolve(STORE_FILE);
        H2Backend backend;
        try {
            Files.createDirectories(storeDir);
            backend = new H2Backend(storeFile.toString());
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("could not open the MongoDB store " + storeFile + " (is another launcher using "
                    + "this data directory?): " + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(HOST, port);
        } catch (RuntimeException e) {
            server.shutdownNow(); // releases the store file's lock
            throw new LaunchException("could not listen on " + HOST + ":" + port + " for MongoDB (another MongoDB or "
                    + "platform running? choose another port with --mongo-port): " + e.getMessage(), e);
        }
        return new EmbeddedMongo(server, port);
    }

    /** The connection string for one service's own database. */
    String uri(String database) {
        return "mongodb://" + HOST + ":" + port + "/" + database;
    }

    @Override
    public String name() {
        return "mongodb";
    }

    /** Closes client connections, then the backend, which flushes the store file. */
    @Override
    public void stop() {
        server.shutdownNow();
    }
}
