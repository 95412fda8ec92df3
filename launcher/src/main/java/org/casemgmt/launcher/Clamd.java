package org.casemgmt.launcher;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * ClamAV's daemon, {@code clamd}, the platform's virus scanner: every service sends each uploaded file to it over TCP
 * ({@code INSTREAM}) before keeping it, and refuses uploads (503) while it cannot be reached. It is the machine's
 * own, from Debian's package {@code clamav-daemon} (bin/run and bin/test install it), run as a child process with a
 * configuration of the launcher's under its directory: loopback only, no local socket, in the foreground, its log in
 * {@code clamd.log}.
 *
 * <p>Its signatures are freshclam's database when this machine has one ({@value #FRESHCLAM_DATABASE}). Otherwise,
 * as on machines that reach no ClamAV update server, it loads a local signature file that holds the EICAR test
 * signature alone ({@link #TEST_SIGNATURE_FILE}): enough to show that every upload is scanned and an infected one
 * refused, not to protect anyone. In production freshclam keeps the database current (docker compose's and
 * Kubernetes' {@code clamav/clamav} image runs it).
 *
 * <p>For tests elsewhere, {@link #start(Path)} runs one on a free port: {@code try (Clamd clamd = Clamd.start(dir))}.
 */
public final class Clamd implements Component, AutoCloseable {

    public static final String NAME = "clamd";
    /** Where freshclam, as Debian installs it, keeps the database. */
    public static final String FRESHCLAM_DATABASE = "/var/lib/clamav";
    /** The signature file written where freshclam's database is missing. */
    public static final String TEST_SIGNATURE_FILE = "casemgmt-eicar-test.ndb";
    /** The EICAR anti-virus test file: harmless, and detected by every scanner as if it were a virus. */
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    /** How Debian's package is installed, for the messages that say it is missing. */
    public static final String INSTALL_COMMAND = "apt-get install clamav-daemon";

    static final String HOST = "127.0.0.1";
    /**
     * Above the largest upload the services take (casemgmt.documents.max-size, 10 MB by default), so none is cut
     * short; what an archive unpacks to may be larger, up to the scan size.
     */
    static final String STREAM_MAX_LENGTH = "25M";
    static final String MAX_SCAN_SIZE = "100M";
    /** clamd looks at its database this often for freshclam's updates; the test signature never changes. */
    private static final Duration FRESHCLAM_CHECK = Duration.ofHours(1);
    private static final Set<String> FRESHCLAM_FILES = Set.of("main.cvd", "main.cld", "daily.cvd", "daily.cld");
    /** A full database takes clamd tens of seconds to load. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(2);
    private static final List<Path> SYSTEM_PROGRAM_DIRECTORIES = List.of(Path.of("/usr/local/sbin"),
            Path.of("/usr/sbin"), Path.of("/sbin"));

    private final ChildJvm process;
    private final int port;
    private final Signatures signatures;

    private Clamd(ChildJvm process, int port, Signatures signatures) {
        this.process = process;
        this.port = port;
        this.signatures = signatures;
    }

    /**
     * The signatures clamd loads: freshclam's database, or the test signature alone.
     *
     * @param directory the database directory clamd is given
     * @param testOnly  whether it holds the EICAR test signature and nothing else
     */
    record Signatures(Path directory, boolean testOnly) {

        /** freshclam's database in {@code freshclamDatabase} if it has one; else the test signature in {@code own}. */
        static Signatures prepare(Path freshclamDatabase, Path own) throws LaunchException {
            if (hasDatabase(freshclamDatabase)) {
                return new Signatures(freshclamDatabase, false);
            }
            try {
                Files.createDirectories(own);
                // A body signature (.ndb): the EICAR string at the file's start, whatever follows, as the test file's
                // definition says. Loaded from a file of its own, clamd reports it as Eicar-Test-Signature.UNOFFICIAL.
                Files.writeString(own.resolve(TEST_SIGNATURE_FILE), "Eicar-Test-Signature:0:0:"
                        + HexFormat.of().formatHex(EICAR.getBytes(StandardCharsets.US_ASCII)) + "\n");
            } catch (IOException e) {
                throw new LaunchException("could not write ClamAV's test signature to " + own + ": " + e.getMessage(),
                        e);
            }
            return new Signatures(own, true);
        }

        private static boolean hasDatabase(Path directory) {
            return FRESHCLAM_FILES.stream().anyMatch(file -> Files.isRegularFile(directory.resolve(file)));
        }
    }

    /** Whether {@code clamd} is installed here: without it the platform starts, and its services refuse uploads. */
    public static boolean isInstalled() {
        return program().isPresent();
    }

    /**
     * Starts clamd with its configuration and database under {@code directory}, on a free loopback port, its log in
     * {@code <directory>/logs/clamd.log}, and waits until it answers; {@link #close()} stops it. For tests that scan
     * with the platform's own scanner.
     *
     * @throws LaunchException when clamd is not installed ({@link #isInstalled()}), or did not start
     */
    public static Clamd start(Path directory) throws LaunchException {
        Clamd clamd = start(directory, directory.resolve("logs"), LaunchOptions.freePort(new HashSet<>()),
                ended -> { });
        try {
            clamd.awaitReady(READY_TIMEOUT);
        } catch (LaunchException e) {
            clamd.stop();
            throw e;
        }
        return clamd;
    }

    /**
     * Writes {@code <clamavDir>/clamd.conf} and the signatures, and starts clamd without waiting: the caller keeps it
     * (to stop it on Ctrl-C) before {@link #awaitReady(Duration)}.
     */
    static Clamd start(Path clamavDir, Path logsDir, int port, Consumer<ChildJvm> onUnexpectedExit)
            throws LaunchException {
        Path program = program().orElseThrow(() -> new LaunchException("ClamAV's clamd is not installed: "
                + INSTALL_COMMAND));
        Signatures signatures = Signatures.prepare(Path.of(FRESHCLAM_DATABASE), clamavDir.resolve("db"));
        Path config = clamavDir.resolve("clamd.conf");
        try {
            Files.createDirectories(clamavDir.resolve("tmp"));
            Files.writeString(config, config(port, signatures, clamavDir.resolve("tmp")));
        } catch (IOException e) {
            throw new LaunchException("could not write " + config + ": " + e.getMessage(), e);
        }
        // The configuration file, under the data directory, on the command line: a later start recognises a clamd
        // left running by it.
        ChildJvm process = ChildJvm.startProgram(NAME, program, List.of("--config-file=" + config), clamavDir,
                logsDir, onUnexpectedExit);
        return new Clamd(process, port, signatures);
    }

    /** clamd.conf: what is not here is clamd's default (no local socket, no on-access scanning). */
    static String config(int port, Signatures signatures, Path temporaryDirectory) {
        return String.join("\n",
                "# Written by the launcher (Clamd.java) at every start: a change here is lost at the next.",
                "Foreground yes",
                "TCPAddr " + HOST,
                "TCPSocket " + port,
                "DatabaseDirectory " + signatures.directory(),
                "TemporaryDirectory " + temporaryDirectory,
                "StreamMaxLength " + STREAM_MAX_LENGTH,
                "MaxFileSize " + STREAM_MAX_LENGTH,
                "MaxScanSize " + MAX_SCAN_SIZE,
                // Its log on its standard output, which is clamd.log, as every component's.
                "LogTime yes",
                "SelfCheck " + (signatures.testOnly() ? 0 : FRESHCLAM_CHECK.toSeconds()),
                "");
    }

    /** Waits until it answers {@code PING}. */
    void awaitReady(Duration readyTimeout) throws LaunchException {
        Readiness.await(process, readyTimeout, this::isReady);
    }

    /** Running, and answering {@code PING} with {@code PONG}. */
    boolean isReady() {
        return process.isAlive() && answersPing(HOST, port, PING_TIMEOUT);
    }

    /** clamd's {@code zPING}: a null-terminated command, answered {@code PONG} and a null. */
    static boolean answersPing(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return "PONG".equals(readAnswer(socket.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) > 0) {
            answer.write(next);
        }
        return answer.toString(StandardCharsets.US_ASCII);
    }

    /** The program on the PATH, or in the system directories a user's PATH may lack (Debian's is /usr/sbin). */
    private static Optional<Path> program() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).map(Path::of),
                        SYSTEM_PROGRAM_DIRECTORIES.stream())
                .map(directory -> directory.resolve(NAME))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** True when no freshclam database was found, so it detects the EICAR test file and nothing else. */
    public boolean hasTestSignatureOnly() {
        return signatures.testOnly();
    }

    /** The directory of the signatures it loaded. */
    public Path databaseDirectory() {
        return signatures.directory();
    }

    ChildJvm process() {
        return process;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Long> processIds() {
        return process.processIds();
    }

    /** SIGTERM: clamd closes its socket and exits. */
    @Override
    public void stop() {
        process.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
