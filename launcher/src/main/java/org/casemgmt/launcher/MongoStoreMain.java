package org.casemgmt.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The embedded store's JVM, which {@link EmbeddedMongo} starts: a MongoDB wire-protocol server on one H2 MVStore file,
 * every write on the file before it is answered ({@link DurableH2Backend}). SIGTERM closes it; SIGKILL loses nothing
 * it answered.
 *
 * <p>Arguments: the store file, the address and the port to listen on. Exits with 1, saying why, when the file or
 * the port is taken.
 */
final class MongoStoreMain {

    private static final Logger log = LoggerFactory.getLogger(MongoStoreMain.class);

    private MongoStoreMain() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: MongoStoreMain <store file> <address> <port>");
            System.exit(2);
        }
        try {
            MongoServer server = start(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
            // Closes the client connections, then the backend, which writes the file's header: a quicker next open.
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-store-shutdown"));
            log.info("MongoDB store listening on {}:{}, kept in {}", args[1], args[2], args[0]);
        } catch (LaunchException | NumberFormatException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** The server, bound; its event loop's threads keep the JVM running. */
    static MongoServer start(Path storeFile, String host, int port) throws LaunchException {
        DurableH2Backend backend;
        try {
            Files.createDirectories(storeFile.toAbsolutePath().getParent());
            backend = new DurableH2Backend(storeFile.toString());
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("could not open the MongoDB store " + storeFile + " (is another launcher using "
                    + "this data directory?): " + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            server.shutdownNow(); // releases the store file's lock
            throw new LaunchException("could not listen on " + host + ":" + port + " for MongoDB (another MongoDB or "
                    + "platform running? choose another port with --mongo-port): " + e.getMessage(), e);
        }
        return server;
    }
}
