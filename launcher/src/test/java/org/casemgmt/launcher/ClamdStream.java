package org.casemgmt.launcher;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * clamd's {@code INSTREAM} as the services speak it, for the tests: {@code zINSTREAM\0}, the file in chunks each
 * preceded by its length (4 bytes, big-endian), a chunk of length zero, then one null-terminated answer,
 * {@code stream: OK} or {@code stream: <signature> FOUND}.
 */
final class ClamdStream {

    private static final int CHUNK = 8192;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ClamdStream() {
    }

    static String scan(int port, byte[] file) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Clamd.HOST, port), (int) TIMEOUT.toMillis());
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < file.length; offset += CHUNK) {
                int length = Math.min(CHUNK, file.length - offset);
                out.writeInt(length);
                out.write(file, offset, length);
            }
            out.writeInt(0);
            out.flush();
            return answer(socket.getInputStream());
        }
    }

    private static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) > 0) {
            answer.write(next);
        }
        return answer.toString(StandardCharsets.US_ASCII);
    }
}
