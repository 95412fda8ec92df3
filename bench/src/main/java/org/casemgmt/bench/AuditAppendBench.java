package org.casemgmt.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.AuditEntry;
import org.casemgmt.platform.audit.AuditRecord;
import org.casemgmt.platform.audit.AuditTrail;
import org.casemgmt.platform.audit.ChainVerification;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/bench-audit}: appends per second to one service's audit trail through the services' own
 * {@link AuditTrail}, each entry with its {@code audit.recorded} event, against the embedded MongoDB store, with
 * 1, 4 and 16 writers and one or two instances sharing the trail (each instance an {@code AuditTrail} with its own
 * connection, as two service instances have). The writers go round the instances one append at a time, as a load
 * balancer sends requests. Each point starts on an empty trail, which it verifies afterwards. Measures; asserts
 * nothing.
 *
 * <p>A service also marks each entry for its outbox relay (two small writes beside the insert) and the relay sends
 * the event; neither happens here, so these figures are the trail's own ceiling.
 */
public final class AuditAppendBench {

    static final String SERVICE = "bench-service";
    private static final int JIT_WARMUP_WRITERS = 4;
    private static final CurrentActor WORKER = new CurrentActor() {
        @Override
        public String id() {
            return "bench-worker";
        }

        @Override
        public String agencyId() {
            return "agency-bench";
        }
    };

    private AuditAppendBench() {
    }

    public static void main(String[] args) throws Exception {
        // Before any logger exists: the store's line per connection and the driver's settings are not figures.
        System.setProperty("org.slf4j.simpleLogger.log.de.bwaldvogel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.mongodb.driver", "warn");
        try {
            AuditBenchArguments arguments = AuditBenchArguments.parse(args);
            if (arguments.help()) {
                System.out.print(AuditBenchArguments.USAGE);
            } else {
                bench(arguments, System.out);
            }
        } catch (AuditBenchArguments.UsageError e) {
            System.err.print("bin/bench-audit: " + e.getMessage() + "\n" + AuditBenchArguments.USAGE);
            System.exit(2);
        }
    }

    /** Every point the arguments name, each printed on {@code out} as it is measured. */
    static List<Point> bench(AuditBenchArguments arguments, PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("casemgmt-bench-audit-");
        MongoServer server = new MongoServer(backend(arguments.store(), dir));
        try {
            server.bind("127.0.0.1", 0);
            InetSocketAddress address = server.getLocalAddress();
            String store = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/";
            // The first point would otherwise pay for the JIT's work: a throwaway trail first, as long as a point.
            Duration jitWarmup = arguments.warmup().plus(arguments.window());
            measure(store, "audit-jit-warmup", 1, JIT_WARMUP_WRITERS, Duration.ZERO, jitWarmup);
            out.printf("%nAudit trail appends: AuditTrail.record, each entry with its audit.recorded event, on the "
                    + "embedded MongoDB store%n(%s), %d cores; first %s unmeasured on a throwaway trail, then each "
                    + "point %s warm-up,%nthen %s measured, on an empty trail; the writers go round the instances "
                    + "one append at a time.%nTimes in ms.%n", arguments.store().label(),
                    Runtime.getRuntime().availableProcessors(), seconds(jitWarmup), seconds(arguments.warmup()),
                    seconds(arguments.window()));
            out.printf("  %9s %7s %10s %8s %8s %7s  %s%n", "instances", "writers", "appends/s", "p50", "p99",
                    "failed", "verification afterwards");
            List<Point> points = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int instances : arguments.instances()) {
                for (int writers : arguments.writers()) {
                    String database = "audit-" + instances + "-instances-" + writers + "-writers";
                    Point point = measure(store, database, instances, writers, arguments.warmup(), arguments.window());
                    points.add(point);
                    out.printf("  %9d %7d %10.1f %8.2f %8.2f %7d  %s%n", instances, writers, point.perSecond(),
                            point.latency().p50Millis(), point.latency().p99Millis(), point.failed(),
                            point.verificationSummary());
                    point.firstFailure().ifPresent(failure -> failures.add(instances + " instances, " + writers
                            + " writers: " + failure));
                }
            }
            failures.forEach(failure -> out.printf("  failed: %s%n", failure));
            return points;
        } finally {
            server.shutdownNow();
            deleteRecursively(dir);
        }
    }

    private static MongoBackend backend(AuditBenchArguments.Store store, Path dir) {
        return switch (store) {
            case H2 -> new H2Backend(dir.resolve("casemgmt.mv.db").toString());
            case MEMORY -> new MemoryBackend();
        };
    }

    private static Point measure(String store, String database, int instanceCount, int writerCount, Duration warmup,
                                 Duration window) throws Exception {
        List<MongoClient> clients = new ArrayList<>();
        List<AuditTrail> instances = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writerCount);
        try {
            for (int i = 0; i < instanceCount; i++) {
                MongoClient client = MongoClients.create(store + database);
                clients.add(client);
                instances.add(new AuditTrail(new MongoTemplate(client, database), recorder(), WORKER,
                        Clock.systemUTC(), SERVICE, new SimpleMeterRegistry()));
            }
            long measuredFrom = System.nanoTime() + warmup.toNanos();
            long until = measuredFrom + window.toNanos();
            List<Callable<Writer>> writers = new ArrayList<>();
            for (int w = 0; w < writerCount; w++) {
                int writer = w;
                writers.add(() -> new Writer(writer).appendUntil(instances, measuredFrom, until));
            }
            List<Long> latencies = new ArrayList<>();
            long appended = 0;
            long failed = 0;
            String firstFailure = null;
            for (Future<Writer> done : pool.invokeAll(writers)) {
                Writer writer = done.get();
                latencies.addAll(writer.measured);
                appended += writer.appended;
                failed += writer.failed;
                firstFailure = firstFailure != null ? firstFailure : writer.firstFailure;
            }
            long verifyStart = System.nanoTime();
            ChainVerification verification = instances.getFirst().verify();
            Duration verifying = Duration.ofNanos(System.nanoTime() - verifyStart);
            long stored = clients.getFirst().getDatabase(database).getCollection(AuditEntry.COLLECTION)
                    .countDocuments();
            clients.getFirst().getDatabase(database).drop();
            return new Point(instanceCount, writerCount, latencies.size() / (window.toNanos() / 1e9),
                    Samples.Distribution.of(latencies), failed, appended, stored, verification, verifying,
                    Optional.ofNullable(firstFailure));
        } finally {
            pool.shutdownNow();
            clients.forEach(MongoClient::close);
        }
    }

    /** As a service's: the event's body checked against its schema, no request's trace ids. */
    private static EventRecorder recorder() {
        return new EventRecorder(JsonMapper.builder().build(), "/casemgmt/" + SERVICE, Clock.systemUTC(),
                EventRecorder.TraceContext.NONE);
    }

    /** One thread appending, each time through the next instance. */
    private static final class Writer {

        private final int number;
        private final List<Long> measured = new ArrayList<>();
        private long appended;
        private long failed;
        private String firstFailure;

        Writer(int number) {
            this.number = number;
        }

        Writer appendUntil(List<AuditTrail> instances, long measuredFrom, long until) {
            int next = number % instances.size();
            for (long began = System.nanoTime(); began < until; began = System.nanoTime()) {
                String clientId = "client-" + number + "-" + (appended + failed);
                try {
                    instances.get(next).record(new AuditRecord("client", clientId, null, AuditAction.READ, null,
                            "GET", "/api/bench/clients/" + clientId, null, 200, null));
                    appended++;
                    long ended = System.nanoTime();
                    if (began >= measuredFrom && ended <= until) {
                        measured.add(ended - began);
                    }
                } catch (RuntimeException e) {
                    failed++;
                    if (firstFailure == null) {
                        firstFailure = e + (e.getCause() == null ? "" : ", caused by " + e.getCause());
                    }
                }
                next = (next + 1) % instances.size();
            }
            return this;
        }
    }

    /**
     * @param perSecond    appends completed within the measured window, per second
     * @param latency      of those appends
     * @param failed       appends that failed, warm-up included
     * @param appended     appends that succeeded, warm-up included
     * @param stored       entries on the trail afterwards
     * @param verification the trail checked afterwards
     * @param verifying    how long that took
     */
    record Point(int instances, int writers, double perSecond, Samples.Distribution latency, long failed,
                 long appended, long stored, ChainVerification verification, Duration verifying,
                 Optional<String> firstFailure) {

        String verificationSummary() {
            String lost = stored == appended ? "" : String.format(", %,d stored of %,d appended", stored, appended);
            if (verification.intact()) {
                return String.format("intact, %,d entries in %.0f ms%s", verification.entriesChecked(),
                        verifying.toNanos() / 1e6, lost);
            }
            return "BROKEN after " + verification.entriesChecked() + " entries: " + verification.firstBrokenLink()
                    + lost;
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
