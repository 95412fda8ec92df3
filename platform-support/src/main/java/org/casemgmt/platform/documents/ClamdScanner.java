package org.casemgmt.platform.documents;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * ClamAV's daemon over TCP, with its {@code INSTREAM} command: the file is sent in length-prefixed chunks and clamd
 * answers {@code stream: OK} or {@code stream: <signature> FOUND}. Anything else (no connection, a time-out, an
 * error such as a file over clamd's {@code StreamMaxLength}) is no verdict: {@link ScannerUnavailableException}.
 */
public class ClamdScanner implements VirusScanner {

    private static final int CHUNK = 64 * 1024;
    private static final String CLEAN = "stream: OK";
    private static final String FOUND_PREFIX = "stream: ";
    private static final String FOUND_SUFFIX = " FOUND";

    private final DocumentProperties.Scanner scanner;

    public ClamdScanner(DocumentProperties.Scanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public ScanVerdict scan(byte[] content) {
        String answer;
        try (Socket socket = new Socket()) {
            int timeout = Math.toIntExact(scanner.timeout().toMillis());
            socket.connect(new InetSocketAddress(scanner.host(), scanner.port()), timeout);
            socket.setSoTimeout(timeout);
            // Buffered: each chunk's length and bytes leave in one write, not one system call per byte.
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), CHUNK + 4));
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.writeInt(length);
                out.write(content, offset, length);
            }
            out.writeInt(0);
            out.flush();
            answer = readAnswer(socket.getInputStream());
        } catch (IOException e) {
            throw new ScannerUnavailableException("The virus scanner at " + scanner.host() + ":" + scanner.port()
                    + " did not answer: " + e.getMessage(), e);
        }
        return verdict(answer);
    }

    static ScanVerdict verdict(String answer) {
        if (CLEAN.equals(answer)) {
            return ScanVerdict.CLEAN;
        }
        if (answer.startsWith(FOUND_PREFIX) && answer.endsWith(FOUND_SUFFIX)
                && answer.length() > FOUND_PREFIX.length() + FOUND_SUFFIX.length()) {
            return new ScanVerdict(answer.substring(FOUND_PREFIX.length(), answer.length() - FOUND_SUFFIX.length()));
        }
        throw new ScannerUnavailableException("The virus scanner gave no verdict: " + answer, null);
    }

    /** clamd ends its answer with NUL after a {@code z}-command. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        for (int c = in.read(); c > 0; c = in.read()) {
            answer.append((char) c);
        }
        return answer.toString().strip();
    }
}
