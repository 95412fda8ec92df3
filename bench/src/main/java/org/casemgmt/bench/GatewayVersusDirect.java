package org.casemgmt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the gateway costs: the same GET through the gateway and directly on intake-service (its own URL, as only
 * this machine may call it), each a closed loop over several connections. At each concurrency the gateway's window
 * and the direct one follow each other, so whatever drifts during the run (the JIT, the store's size, a neighbour's
 * load) falls on both alike.
 */
final class GatewayVersusDirect {

    static final Figure READ_CLIENT = new Figure("read-client",
            "read one client, audited, decrypted  GET /api/intake/clients/{id}");
    static final Figure LIST_PROGRAMS = new Figure("list-programs",
            "list programs, not audited           GET /api/intake/programs");
    /**
     * The gateway's per-user rate, from its environment (which is the bench's: bin/bench raises it, with the burst):
     * the bench's connections are all one user.
     */
    static final String RATE_VARIABLE = "CASEMGMT_GATEWAY_RATELIMIT_GLOBAL_RATE";
    /** gateway/src/main/resources/application.yml, when the variables are not set. */
    private static final double DEFAULT_RATE = 50;
    private static final String LIMIT_HEADER = "X-RateLimit-Limit";

    /** One request at one concurrency, both ways. */
    record Comparison(Figure request, int connections, LoadResult gateway, LoadResult direct,
                      CpuPerRequest gatewayCpu, CpuPerRequest directCpu) {

        /** Gateway requests per second over direct ones: 1.0 would be a free gateway. */
        double throughputRatio() {
            return gateway.perSecond() / direct.perSecond();
        }

        /**
         * The ratio the cores allow when they are the limit, as they are once the connections keep them busy: the
         * bench, the service and the gateway share them, so a request through the gateway costs its CPU on top.
         */
        double cpuBoundRatio() {
            return directCpu.totalMillis() / gatewayCpu.totalMillis();
        }

        double p50DifferenceMillis() {
            return gateway.latency().p50Millis() - direct.latency().p50Millis();
        }
    }

    /** CPU milliseconds per answered request of the measured window, by process (0 for the gateway when bypassed). */
    record CpuPerRequest(double gatewayMillis, double serviceMillis, double benchMillis) {

        static CpuPerRequest of(double[] millis, LoadResult load) {
            double requests = Math.max(1, load.latency().count());
            return new CpuPerRequest(millis[0] / requests, millis[1] / requests, millis[2] / requests);
        }

        double totalMillis() {
            return gatewayMillis + serviceMillis + benchMillis;
        }

        CpuPerRequest withoutGateway() {
            return new CpuPerRequest(0, serviceMillis, benchMillis);
        }
    }

    /**
     * @param ratePerSecond the per-user rate the gateway was started with (its environment, which is the bench's)
     * @param burst         the burst the gateway itself announces in {@code X-RateLimit-Limit}
     */
    record RateLimit(double ratePerSecond, int burst) {
    }

    record Result(RateLimit rateLimit, Duration warmup, Duration window, List<Comparison> comparisons) {
    }

    private final URI gateway;
    private final URI intake;
    private final BearerToken token;
    private final ProcessCpu cpu;

    /** @param processIds the gateway's, intake-service's and this JVM's, in that order */
    GatewayVersusDirect(URI gateway, URI intake, BearerToken token, List<Long> processIds) {
        this.gateway = gateway;
        this.intake = intake;
        this.token = token;
        this.cpu = new ProcessCpu(processIds);
    }

    Result measure(List<Integer> concurrencies, Duration warmup, Duration window) throws Exception {
        String clientId;
        try (TimedGateway setUp = new TimedGateway(gateway, token, new Samples())) {
            clientId = new CaseWorkload(setUp).registerClient();
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (Figure request : List.of(READ_CLIENT, LIST_PROGRAMS)) {
            String path = request == READ_CLIENT ? "/api/intake/clients/" + clientId : "/api/intake/programs";
            for (int connections : concurrencies) {
                CompletableFuture<double[]> gatewayCpu = cpu.during(warmup, window);
                LoadResult throughGateway = ClosedLoop.run(connections, warmup, window,
                        () -> new RepeatedGet(gateway.resolve(path), token));
                CompletableFuture<double[]> directCpu = cpu.during(warmup, window);
                LoadResult direct = ClosedLoop.run(connections, warmup, window,
                        () -> new RepeatedGet(intake.resolve(path), token));
                comparisons.add(new Comparison(request, connections, throughGateway, direct,
                        CpuPerRequest.of(gatewayCpu.join(), throughGateway),
                        CpuPerRequest.of(directCpu.join(), direct).withoutGateway()));
            }
        }
        return new Result(rateLimit(), warmup, window, comparisons);
    }

    private RateLimit rateLimit() throws Exception {
        String rate = System.getenv(RATE_VARIABLE);
        try (HttpClient http = BenchHttp.client()) {
            HttpResponse<Void> answer = http.send(RepeatedGet.request(gateway.resolve("/api/intake/programs"), token),
                    HttpResponse.BodyHandlers.discarding());
            int burst = answer.headers().firstValue(LIMIT_HEADER).map(Integer::parseInt).orElseThrow(
                    () -> new IllegalStateException("the gateway answered without " + LIMIT_HEADER));
            return new RateLimit(rate == null ? DEFAULT_RATE : Double.parseDouble(rate), burst);
        }
    }
}
