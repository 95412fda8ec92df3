package org.casemgmt.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.casemgmt.bench.BenchHttp;

/**
 * The gateway's breaker for one stage, against the real service: every instance of the stage is switched to fail
 * (the services' fault switch, on only in test runs), calls go through the gateway one after another until the gateway
 * says it stopped calling the stage (its breaker opened), then more are timed, each answered by the gateway alone;
 * the switch is turned back and calls go on until the stage answers again (the breaker closed after its wait).
 */
final class BreakerCheck {

    /** What the check saw. */
    /**
     * @param callsUntilOpen the call the breaker first refused (-1: it never opened)
     * @param closedAfter    from the switch turned back until the stage answered again; null: it did not
     */
    record Result(String stage, int callsUntilOpen, Duration slowestWhileOpen, int answeredByTheBreaker,
                  int callsWhileOpen, Duration closedAfter) {
    }

    private static final String SWITCH = "/fault-injection";
    private static final int CALLS_WHILE_OPEN = 20;
    private static final int MOST_CALLS_BEFORE_OPEN = 100;
    private static final Duration CLOSES_WITHIN = Duration.ofMinutes(2);
    private static final int ANSWERED_WHEN_CLOSED = 5;

    private final Collection<URI> stageInstances;
    private final GatewayCaller caller;
    private final String stagePath;
    private final HttpClient http = BenchHttp.client();

    /** @param stagePath a read through the gateway that the stage answers, e.g. a directory entry */
    BreakerCheck(Collection<URI> stageInstances, GatewayCaller caller, String stagePath) {
        this.stageInstances = List.copyOf(stageInstances);
        this.caller = caller;
        this.stagePath = stagePath;
    }

    Result run(String stage) {
        setFault("{\"mode\":\"FAIL\"}");
        try {
            // Open once the gateway answers for the stage without calling it: its problem says it stopped calling.
            int callsUntilOpen = 0;
            boolean open = false;
            while (!open && callsUntilOpen < MOST_CALLS_BEFORE_OPEN) {
                callsUntilOpen++;
                open = answeredByTheOpenBreaker(call());
            }
            Duration slowest = Duration.ZERO;
            int answeredByTheBreaker = 0;
            for (int i = 0; i < CALLS_WHILE_OPEN; i++) {
                long start = System.nanoTime();
                GatewayCaller.Answer answer = call();
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                slowest = took.compareTo(slowest) > 0 ? took : slowest;
                if (answeredByTheOpenBreaker(answer)) {
                    answeredByTheBreaker++;
                }
            }
            setFault("{\"mode\":\"NONE\"}");
            long recovering = System.nanoTime();
            long deadline = recovering + CLOSES_WITHIN.toNanos();
            int answeredInARow = 0;
            while (answeredInARow < ANSWERED_WHEN_CLOSED && System.nanoTime() < deadline) {
                answeredInARow = call().status() == 200 ? answeredInARow + 1 : 0;
                if (answeredInARow == 0) {
                    GatewayCaller.sleep(Duration.ofMillis(500));
                }
            }
            Duration closedAfter = answeredInARow >= ANSWERED_WHEN_CLOSED
                    ? Duration.ofNanos(System.nanoTime() - recovering) : null;
            return new Result(stage, open ? callsUntilOpen : -1, slowest, answeredByTheBreaker, CALLS_WHILE_OPEN,
                    closedAfter);
        } finally {
            setFault("{\"mode\":\"NONE\"}");
        }
    }

    /** The gateway's 503 for a stage whose breaker refused the call (not one the stage's own failure earned). */
    private static boolean answeredByTheOpenBreaker(GatewayCaller.Answer answer) {
        return answer.status() == 503 && answer.problemType().endsWith("stage-unavailable")
                && answer.text("detail").contains("stopped calling it");
    }

    private GatewayCaller.Answer call() {
        return caller.once(HttpRequest.newBuilder(caller.resolve(stagePath)).GET());
    }

    private void setFault(String state) {
        for (URI instance : stageInstances) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(instance.resolve(SWITCH))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(state)));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the fault switch of " + instance + " answered "
                        + response.statusCode() + " " + response.body() + " (is CASEMGMT_FAULTINJECTION_ENABLED"
                        + " set for the platform?)");
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the fault switch could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static List<URI> instancesOf(Map<String, URI> instanceUrls, String module) {
        List<URI> instances = new ArrayList<>();
        instanceUrls.forEach((name, url) -> {
            if (name.equals(module) || name.startsWith(module + "-")) {
                instances.add(url);
            }
        });
        return instances;
    }
}
