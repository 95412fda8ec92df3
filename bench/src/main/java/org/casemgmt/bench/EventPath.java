package org.casemgmt.bench;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.launcher.Platform;

/**
 * One case at a time through the gateway, as a case worker takes it: register and read the client, the intake up to
 * the decision that opens the case, then the case as Kafka and planning see it; then the raw Kafka baseline on the
 * same broker. One case at a time, so the figures are latencies without queueing, not throughput.
 */
final class EventPath {

    static final Figure FULL_INTAKE = new Figure("full-intake", "full intake to an opened case (6 requests)");
    static final Figure CASE_OPENED = new Figure("case-opened",
            "decision answered -> case.opened polled by a plain consumer");
    static final Figure PLAN_DRAFTED = new Figure("plan-drafted",
            "case.opened polled -> draft plan readable through the gateway");

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
    // The plan figure can be no finer than this: short, so it measures planning rather than the polling.
    private static final Duration PLAN_POLL_INTERVAL = Duration.ofMillis(10);

    /**
     * @param figures          each request of the workload and the whole intake, then case.opened and the plan
     * @param eventRecordBytes a case.opened record's size as the consumer polled it
     */
    record Result(int warmup, Map<Figure, Samples.Distribution> figures, int eventRecordBytes,
                  RawKafkaBaseline.Result raw) {

        /** How much later than Kafka alone the platform delivers its event, at the median. */
        double eventMinusRawP50Millis() {
            return figures.get(CASE_OPENED).p50Millis() - raw.sendToPolled().p50Millis();
        }
    }

    private final Platform platform;
    private final URI gateway;
    private final BearerToken token;

    EventPath(Platform platform, BearerToken token) {
        this.platform = platform;
        this.gateway = platform.gatewayUrl().orElseThrow();
        this.token = token;
    }

    Result measure(int warmup, int cases, int rawRecords) throws Exception {
        Samples samples = new Samples();
        ConsumerRecord<String, String> caseOpenedRecord;
        try (TopicArrivals caseOpened = TopicArrivals.asPartner(platform, EventCatalog.CASE_OPENED.topic());
             TimedGateway timed = new TimedGateway(gateway, token, samples)) {
            caseOpened.awaitAssigned(EVENT_TIMEOUT);
            CaseWorkload workload = new CaseWorkload(timed);
            for (int i = 0; i < warmup; i++) {
                runOneCase(workload, timed, caseOpened, samples);
            }
            samples.clear();
            for (int i = 0; i < cases; i++) {
                runOneCase(workload, timed, caseOpened, samples);
            }
            caseOpenedRecord = caseOpened.lastRecord().orElseThrow();
        }
        Map<Figure, Samples.Distribution> figures = new LinkedHashMap<>();
        Map<Figure, Samples.Distribution> measured = samples.distributions();
        CaseWorkload.REQUESTS.forEach(request -> figures.put(request, measured.get(request)));
        figures.put(FULL_INTAKE, measured.get(FULL_INTAKE));
        figures.put(CASE_OPENED, measured.get(CASE_OPENED));
        figures.put(PLAN_DRAFTED, measured.get(PLAN_DRAFTED));
        return new Result(warmup, figures, TopicArrivals.serializedBytes(caseOpenedRecord),
                new RawKafkaBaseline(platform).measure(caseOpenedRecord, rawRecords));
    }

    private static void runOneCase(CaseWorkload workload, TimedGateway timed, TopicArrivals caseOpened,
                                   Samples samples) throws Exception {
        long intakeStart = System.nanoTime();
        String clientId = workload.registerClient();
        long readStart = System.nanoTime();
        workload.readClient(clientId);
        long readNanos = System.nanoTime() - readStart;

        String caseId = workload.openCase(clientId);
        long decisionAnswered = System.nanoTime();
        // The read is not part of the intake: a worker need not look the client up again to go on.
        samples.add(FULL_INTAKE, decisionAnswered - intakeStart - readNanos);

        long seen = caseOpened.awaitFirstSeen(caseId, EVENT_TIMEOUT);
        samples.add(CASE_OPENED, seen - decisionAnswered);
        samples.add(PLAN_DRAFTED, awaitPlanReadable(timed, caseId) - seen);
    }

    /** Polls the case's plan until planning has drafted it; answers when the first 200 came back. */
    private static long awaitPlanReadable(TimedGateway timed, String caseId) throws InterruptedException {
        long deadline = System.nanoTime() + EVENT_TIMEOUT.toNanos();
        while (timed.status("/api/planning/cases/" + caseId + "/plan") != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no plan for case " + caseId + " within " + EVENT_TIMEOUT.toSeconds()
                        + " s of case.opened");
            }
            Thread.sleep(PLAN_POLL_INTERVAL);
        }
        return System.nanoTime();
    }
}
