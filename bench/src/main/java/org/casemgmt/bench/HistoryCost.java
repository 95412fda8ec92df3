package org.casemgmt.bench;

import java.io.IOException;
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

    static final int READERS = 4;
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);
    private static final int BATCH = 1_000;
    /** USER_HZ on Linux: the unit of the times in /proc/<pid>/stat. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    /** One size of the trail: what it held, and what the platform cost with it. */
    record Point(long entries, long synthetic, double idleCpuPercent, double readsPerSecond) {
    }

    record Result(Duration idleWindow, Duration readWindow, List<Point> points) {
    }

    private final String mongoUri;
    private final List<Long> processIds;
    private final URI intake;
    private final BearerToken token;
    private long seeded;

    /**
     * @param intakeMongoUri the connection string of intake's database
     * @param processIds     every process of the platform (the store's included) and this one
     * @param intake         intake-service itself, not the gateway: what the history costs the service
     * @param token          a case worker's
     */
    HistoryCost(String intakeMongoUri, List<Long> processIds, URI intake, BearerToken token) {
        this.mongoUri = intakeMongoUri;
        this.processIds = processIds;
        this.intake = intake;
        this.token = token;
    }

    Result measure(List<Integer> sizes, Duration idleWindow, Duration readWindow) throws Exception {
        URI client = intake.resolve("/api/intake/clients/" + registerClient());
        List<Point> points = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoCollection<Document> trail = mongo.getDatabase(databaseOf(mongoUri)).getCollection("audit_trail");
            // once unmeasured, so that the first size does not pay for the JIT's work
            readsPerSecond(client, readWindow);
            for (int size : sizes) {
                fillTo(trail, size);
                long entries = trail.countDocuments();
                untilNothingIsPending(mongo.getDatabase(databaseOf(mongoUri)).getCollection("outbox_pending"));
                double idleCores = idleCores(idleWindow);
                points.add(new Point(entries, seeded, idleCores * 100, readsPerSecond(client, readWindow)));
            }
        }
        return new Result(idleWindow, readWindow, points);
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
    private double idleCores(Duration window) throws Exception {
        long before = cpuTicks();
        Thread.sleep(window.toMillis());
        return (cpuTicks() - before) / (double) CLOCK_TICKS_PER_SECOND / (window.toMillis() / 1000.0);
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
        try (HttpClient http = BenchHttp.client()) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(intake.resolve("/api/intake/clients"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token.current()).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("registering the bench's client answered " + created.statusCode() + " "
                        + created.body());
            }
            return TimedGateway.JSON.readTree(created.body()).path("id").asString();
        }
    }

    private double readsPerSecond(URI client, Duration window) throws InterruptedException {
        LoadResult reads = ClosedLoop.run(READERS, Duration.ZERO, window, () -> new RepeatedGet(client, token));
        if (reads.errorCount() > 0) {
            throw new IllegalStateException("reads of " + client + " failed: " + reads.errors());
        }
        return reads.perSecond();
    }

    private static String databaseOf(String uri) {
        String path = URI.create(uri).getPath();
        return path.substring(1);
    }
}
