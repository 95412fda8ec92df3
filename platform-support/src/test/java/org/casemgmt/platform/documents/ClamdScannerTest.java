package org.casemgmt.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** The INSTREAM exchange, against a stand-in for clamd; the real daemon is the integration tests'. */
class ClamdScannerTest {

    @Test
    void readsTheVerdictsClamdGives() {
        assertThat(ClamdScanner.verdict("stream: OK").infected()).isFalse();
        assertThat(ClamdScanner.verdict("stream: Eicar-Test-Signature FOUND").signature())
                .isEqualTo("Eicar-Test-Signature");
        assertThatThrownBy(() -> ClamdScanner.verdict("INSTREAM size limit exceeded. ERROR"))
                .isInstanceOf(VirusScanner.ScannerUnavailableException.class).hasMessageContaining("size limit");
        assertThatThrownBy(() -> ClamdScanner.verdict("stream:  FOUND"))
                .isInstanceOf(VirusScanner.ScannerUnavailableException.class);
        assertThatThrownBy(() -> ClamdScanner.verdict(""))
                .isInstanceOf(VirusScanner.ScannerUnavailableException.class);
    }

    @Test
    void sendsTheFileInLengthPrefixedChunksEndedByAnEmptyOne() throws Exception {
        byte[] file = new byte[150_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) i;
        }
        try (ServerSocket clamd = new ServerSocket(0)) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> answer(clamd, "stream: OK\0"));

            VirusScanner.ScanVerdict verdict = scanner(clamd.getLocalPort()).scan(file);

            assertThat(verdict.infected()).isFalse();
            assertThat(received.get()).isEqualTo(file);
        }
    }

    @Test
    void noDaemonIsNoVerdict() throws IOException {
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0)) {
            closedPort = unused.getLocalPort();
        }
        assertThatThrownBy(() -> scanner(closedPort).scan(new byte[] {1}))
                .isInstanceOf(VirusScanner.ScannerUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    @Test
    void aDaemonThatHangsUpGivesNoVerdict() throws Exception {
        try (ServerSocket clamd = new ServerSocket(0)) {
            CompletableFuture.runAsync(() -> answer(clamd, ""));
            assertThatThrownBy(() -> scanner(clamd.getLocalPort()).scan(new byte[] {1}))
                    .isInstanceOf(VirusScanner.ScannerUnavailableException.class);
        }
    }

    @Test
    void aDaemonThatTakesTheFileAndNeverAnswersGivesNoVerdictOnceTheTimeOutPasses() throws Exception {
        try (ServerSocket clamd = new ServerSocket(0)) {
            CompletableFuture.runAsync(() -> {
                try (Socket connection = clamd.accept()) {
                    connection.getInputStream().readAllBytes();
                } catch (IOException ignored) {
                    // the scanner gave up and closed the connection
                }
            });
            ClamdScanner impatient = new ClamdScanner(new DocumentProperties.Scanner("127.0.0.1", clamd.getLocalPort(),
                    Duration.ofMillis(300)));

            assertThatThrownBy(() -> impatient.scan(new byte[] {1})).isInstanceOf(
                    VirusScanner.ScannerUnavailableException.class).hasMessageContaining("did not answer");
        }
    }

    private static ClamdScanner scanner(int port) {
        return new ClamdScanner(new DocumentProperties.Scanner("127.0.0.1", port, Duration.ofSeconds(5)));
    }

    /** Reads one INSTREAM request as clamd does, answers {@code answer}, and hands back the file it got. */
    private static byte[] answer(ServerSocket clamd, String answer) {
        try (Socket connection = clamd.accept()) {
            DataInputStream in = new DataInputStream(connection.getInputStream());
            byte[] command = new byte["zINSTREAM\0".length()];
            in.readFully(command);
            assertThat(new String(command, StandardCharsets.US_ASCII)).isEqualTo("zINSTREAM\0");
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            for (int length = in.readInt(); length > 0; length = in.readInt()) {
                assertThat(length).isLessThanOrEqualTo(64 * 1024);
                file.write(in.readNBytes(length));
            }
            connection.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
            return file.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
