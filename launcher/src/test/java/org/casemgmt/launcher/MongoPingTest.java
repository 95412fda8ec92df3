package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

class MongoPingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void aMongoDbServerAnswersIt() {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try {
            assertThat(MongoPing.answers("127.0.0.1", address.getPort(), TIMEOUT)).isTrue();
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void nothingListeningOrSomethingElseDoesNot() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThat(MongoPing.answers("127.0.0.1", port, TIMEOUT)).as("nothing listening").isFalse();

        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (var connection = silent.accept()) {
                    connection.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                } catch (IOException e) {
                    // the probe has gone
                }
            });
            assertThat(MongoPing.answers("127.0.0.1", silent.getLocalPort(), TIMEOUT)).as("not MongoDB").isFalse();
        }
    }
}
