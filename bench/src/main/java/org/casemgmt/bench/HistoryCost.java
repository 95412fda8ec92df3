package org.casemgmt.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * Whether the platform's cost grows with its history: intake's audit trail is filled to each size asked for, then
 * the platform is left idle (CPU it burns with no request in flight, all its processes together) and one client is
 * read directly on intake-service over several connections (reads per second). With no scan of history in any
 * background loop, both stay flat from 1,000 to 100,000 entries.
 *
 * <p>The entries are synthetic: written straight into the store below the live chain (negative sequence numbers),
 * with empty outboxes, as published entries of an earlier era look; they change what the store holds, not what the
 * services do.
 */
final class HistoryCost {

    static final Duration IDLE_WINDOW = Duration.ofSeconds(10);
    static final Duration READ_WINDOW = Duration.ofSeconds(5);
    static final int READERS = 4;
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);
    private static final int BATCH = 1_000;
    /** USER_HZ on Linux: the unit of the times in /proc/<pid>/stat. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private final String mongoUri;
    private final List<Long> processIds;
    private final URI intake;
    private final String bearerToken;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private long seeded;

    /**
     * @param intakeMongoUri the connection string of intake's database
     * @param processIds     every process of the platform, this one (the store's) included
     * @param intake         intake-service itself, not the gateway: what the history costs the service
     * @param bearerToken    a case worker's
     */
    HistoryCost(String intakeMongoUri, List<Long> processIds, URI intake, String bearerToken) {
        this.mongoUri = intakeMongoUri;
        this.processIds = processIds;
        this.intake = intake;
        this.bearerToken = bearerToken;
    }

    void measure(PrintStream out, List<Integer> sizes) throws Exception {
        out.printf("%n%-64s %10s %10s%n", "Cost of history: intake's audit trail holding", "idle CPU", "reads/s");
        URI client = intake.resolve("/api/intake/clients/" + registerClient());
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoCollection<Document> trail = mongo.getDatabase(databaseOf(mongoUri)).getCollection("audit_trail");
            readsPerSecond(client); // once unmeasured, so that the first size does not pay for the JIT's work
            for (int size : sizes) {
                fillTo(trail, size);
                long entries = trail.countDocuments();
                untilNothingIsPending(mongo.getDatabase(databaseOf(mongoUri)).getCollection("outbox_pending"));
                double idleCores = idleCores();
                double readsPerSecond = readsPerSecond(client);
                out.printf("  %-62s %9.1f%% %10.0f%n", String.format("%,d entries (%,d synthetic)", entries, seeded),
                        idleCores * 100, readsPerSecond);
            }
        }
        out.printf("  %s%n", "idle CPU: all the platform's processes over " + IDLE_WINDOW.toSeconds()
                + " s with no request, in % of one core; reads/s: GET one client on intake-service with "
                + READERS + " connections for " + READ_WINDOW.toSeconds() + " s; measured once the relay has published"
                + " everything, with the store's JVM at " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB of heap");
    }

    private void fillTo(MongoCollection<Document> trail, int size) {
        long missing = size - trail.countDocuments();
        List<Document> batch = new ArrayList<>(BATCH);
        for (long i = 0; i < missing; i++) {
            seeded++;
            batch.add(new Document("_id", -seeded).append("service", "intake-service").append("actorId", "bench")
                    .append("agencyId", "agency-north").append("resourceType", "client")
                    .append("resourceId", "history-" + seeded).append("action", "READ").append("method", "GET")
                    .append("path", "/api/intake/clients/history-" + seeded).append("status", 200)
                    .append("outcome", "SUCCESS").append("occurredAt", new Date()).append("previousHash", "bench")
                    .append("hash", "bench").append("outbox", List.of()));
            if (batch.size() == BATCH) {
                trail.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            trail.insertMany(batch);
        }
    }

    /**
     * Idle means idle: the reads before (every one is on the audit trail, with its event) must have been published and
     * their marks forgotten, or the relay's work on them would be counted as the cost of the history.
     */
    private static void untilNothingIsPending(MongoCollection<Document> marks) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (marks.countDocuments() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(SETTLE.toMillis());
    }

    /** CPU seconds all the platform's processes spent in the window, per second of the window. */
    private double idleCores() throws Exception {
        long before = cpuTicks();
        Thread.sleep(IDLE_WINDOW.toMillis());
        return (cpuTicks() - before) / (double) CLOCK_TICKS_PER_SECOND / IDLE_WINDOW.toSeconds();
    }

    private long cpuTicks() {
        long ticks = 0;
        for (long pid : processIds) {
            ticks += cpuTicks(Path.of("/proc", String.valueOf(pid), "stat"));
        }
        return ticks;
    }

    /** utime + stime of /proc/<pid>/stat, fields 14 and 15, counted after the command name's closing bracket. */
    static long cpuTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String registerClient() throws Exception {
        String body = """
                {"givenName": "History", "familyName": "Bench-%s", "birthDate": "1970-01-01"}"""
                .formatted(UUID.randomUUID());
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(intake.resolve("/api/intake/clients"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearerToken).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("registering the bench's client answered " + created.statusCode() + " "
                    + created.body());
        }
        return TimedGateway.JSON.readTree(created.body()).path("id").asString();
    }

    private double readsPerSecond(URI client) throws Exception {
        HttpRequest read = HttpRequest.newBuilder(client).GET().header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken).timeout(Duration.ofSeconds(10)).build();
        AtomicLong reads = new AtomicLong();
        long end = System.nanoTime() + READ_WINDOW.toNanos();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                running.add(readers.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpResponse<Void> response = http.send(read, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("read of " + client + " answered " + response.statusCode());
                        }
                        reads.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> reader : running) {
                reader.get();
            }
        } finally {
            readers.shutdownNow();
        }
        return reads.get() / (double) READ_WINDOW.toSeconds();
    }

    private static String databaseOf(String uri) {
        String path = URI.create(uri).getPath();
        return path.substring(1);
    }
}
