package org.casemgmt.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real ClamAV daemon for the integration tests of a stage that keeps documents: Debian's {@code clamd} (bin/test
 * installs {@code clamav-daemon}), started once per test JVM on a free loopback port with the EICAR test signature
 * alone, so every test scans the same way on every machine whether or not it has freshclam's database. (The
 * launcher's {@code Clamd} runs the platform's own, supervised, with freshclam's database where there is one.) As an
 * initializer it points {@code casemgmt.documents.scanner.port} at it, for contexts that keep documents only.
 */
public final class EmbeddedClamd implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The EICAR anti-virus test file: harmless, and found by every scanner as if it were a virus. */
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    private static final List<Path> PROGRAMS = List.of(Path.of("/usr/sbin/clamd"), Path.of("/usr/local/sbin/clamd"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private static int port;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().containsProperty("casemgmt.documents.base-path")) {
            TestPropertyValues.of("casemgmt.documents.scanner.host=127.0.0.1",
                    "casemgmt.documents.scanner.port=" + port()).applyTo(context);
        }
    }

    /** Its port, starting it on first use. */
    public static synchronized int port() {
        if (port == 0) {
            port = start();
        }
        return port;
    }

    private static int start() {
        Path program = PROGRAMS.stream().filter(Files::isExecutable).findFirst().orElseThrow(() ->
                new IllegalStateException("ClamAV's clamd is not installed, and the document tests scan with it: "
                        + "apt-get install clamav-daemon (bin/test does)"));
        try {
            Path directory = Files.createTempDirectory("clamd-test");
            Path database = Files.createDirectories(directory.resolve("db"));
            Files.writeString(database.resolve("eicar-test.ndb"), "Eicar-Test-Signature:0:0:"
                    + HexFormat.of().formatHex(EICAR.getBytes(StandardCharsets.US_ASCII)) + "\n");
            int free = freePort();
            Path config = directory.resolve("clamd.conf");
            Files.writeString(config, String.join("\n", "Foreground yes", "TCPAddr 127.0.0.1", "TCPSocket " + free,
                    "DatabaseDirectory " + database, "TemporaryDirectory " + directory, "StreamMaxLength 25M",
                    "SelfCheck 0", ""));
            Process clamd = new ProcessBuilder(program.toString(), "--config-file=" + config)
                    .redirectErrorStream(true).redirectOutput(directory.resolve("clamd.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(clamd::destroy));
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (!answersPing(free)) {
                if (!clamd.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("clamd did not start: " + Files.readString(
                            directory.resolve("clamd.log")));
                }
                Thread.sleep(100);
            }
            return free;
        } catch (IOException e) {
            throw new IllegalStateException("could not start clamd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while clamd started", e);
        }
    }

    private static boolean answersPing(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
