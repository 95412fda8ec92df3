package org.casemgmt.chaos;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.casemgmt.chaos.CaseJourney.DrivenCase;
import org.casemgmt.launcher.Platform;

/**
 * One run of the fault suite on a started platform: clients drive whole cases while {@link Faults} kills components
 * and {@link BadInput} is injected; then the breaker is checked and the {@link Verdicts} read from the data.
 */
final class ChaosRun {

    /** The run's knobs; {@code cases} 0 with a duration: as many cases as the time allows. */
    record Settings(int cases, Duration duration, int clients, long seed, Duration shortestPause,
                    Duration longestPause, boolean oneInstanceOfEachService) {

        boolean untilTimeIsUp() {
            return cases == 0;
        }
    }

    /** Topics whose old events the run sends again: a case's opening, its goals achieved, its closure. */
    private static final List<String> REPLAYED_TOPICS = List.of("case.opened", "goal.achieved", "referral.completed",
            "case.closed");
    private static final int CASES_REPLAYED = 5;

    private final Platform platform;
    private final Settings settings;
    private final Counters counters = new Counters();
    private final Ledger ledger = new Ledger();
    private final List<DrivenCase> closed = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failedJourneys = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicBoolean driving = new AtomicBoolean(true);

    ChaosRun(Platform platform, Settings settings) {
        this.platform = platform;
        this.settings = settings;
    }

    ChaosReport run() throws Exception {
        URI gateway = platform.gatewayUrl().orElseThrow();
        GatewayCaller worker = new GatewayCaller(gateway, platform.issuerUri(), CaseJourney.WORKER, counters);
        // The other tests' and earlier runs' referrals hold beds: the shelter reports room for every case of the run.
        worker.as(CaseJourney.PROVIDER).put("/api/referral/services/" + CaseJourney.SHELTER_BEDS + "/capacity",
                Map.of("unit", "Bed", "available", 100_000, "maximum", 100_000, "status", "capacity"))
                .expect(200, "shelter capacity");

        BadInput badInput = new BadInput(platform);
        AtomicBoolean injectedAtOnce = new AtomicBoolean();
        AtomicBoolean replayed = new AtomicBoolean();
        Runnable injections = () -> {
            if (injectedAtOnce.compareAndSet(false, true)) {
                badInput.publishBadRecords();
                badInput.burstOverTheRateLimit(worker);
                badInput.raceOnOneRecord(new CaseJourney(worker, ledger, counters), worker);
            }
            if (!replayed.get() && closed.size() >= CASES_REPLAYED && replayed.compareAndSet(false, true)) {
                Set<String> caseIds = closed.stream().limit(CASES_REPLAYED).map(DrivenCase::caseId)
                        .collect(Collectors.toSet());
                badInput.replay(REPLAYED_TOPICS, caseIds);
            }
        };
        List<String> components = settings.oneInstanceOfEachService()
                ? KillPlan.oneInstanceOfEachService(platform.crashableComponents(), settings.seed())
                : platform.crashableComponents();
        System.err.printf("chaos: seed %d; killing %s%n", settings.seed(), components);
        Faults faults = new Faults(platform, new KillPlan(components, settings.seed(), settings.shortestPause(),
                settings.longestPause()), worker, () -> settings.untilTimeIsUp() && driving.get(), injections);

        Instant start = Instant.now();
        long deadline = settings.untilTimeIsUp() ? System.nanoTime() + settings.duration().toNanos() : Long.MAX_VALUE;
        try (ExecutorService clients = Executors.newFixedThreadPool(settings.clients() + 1)) {
            Future<?> faultRun = clients.submit(faults);
            List<Future<?>> drivers = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                GatewayCaller client = new GatewayCaller(gateway, platform.issuerUri(), CaseJourney.WORKER, counters);
                drivers.add(clients.submit(() -> drive(client, deadline, faults)));
            }
            for (Future<?> driver : drivers) {
                driver.get();
            }
            driving.set(false);
            // A short run ends once every component died once and is back; a long one when its time is up.
            if (settings.untilTimeIsUp()) {
                faults.stop();
            }
            faultRun.get();
            if (!replayed.get() || !injectedAtOnce.get()) {
                injections.run(); // a run too short for them between kills still makes them
            }
        }
        Duration drivenFor = Duration.between(start, Instant.now());

        BreakerCheck.Result breaker = new BreakerCheck(BreakerCheck.instancesOf(platform.instanceUrls(),
                "referral-service"), worker, "/api/referral/directory/services/" + CaseJourney.SHELTER_BEDS).run("referral");
        Verdicts verdicts = new Verdicts(worker);
        return new ChaosReport(settings, drivenFor, started.get(), List.copyOf(closed), List.copyOf(failedJourneys),
                ledger.writes(), faults.recoveries(), verdicts.lost(ledger), verdicts.caseEffects(closed),
                verdicts.notClosed(closed), Verdicts.unexpectedDeadLetters(badInput.deadLetters(),
                        badInput.injected().badRecordKeys()), badInput.injected(), verdicts.auditChains(),
                breaker, counters.answersByStatus(), counters.retriesByReason(), counters.serverErrorsByKind());
    }

    private void drive(GatewayCaller client, long deadline, Faults faults) {
        CaseJourney journey = new CaseJourney(client, ledger, counters);
        while (moreCases(deadline, faults)) {
            try {
                closed.add(journey.drive("chaos-" + settings.seed()));
            } catch (GatewayCaller.UnexpectedAnswer | GatewayCaller.GaveUp e) {
                failedJourneys.add(e.getMessage());
                System.err.println("chaos: a journey failed: " + e.getMessage());
            }
        }
    }

    /**
     * A long run drives cases until its time is up; a short one its number of cases, and on until every component
     * has died once and is back, so that none dies with no case under way.
     */
    private boolean moreCases(long deadline, Faults faults) {
        boolean wanted = settings.untilTimeIsUp() ? System.nanoTime() < deadline
                : started.get() < settings.cases() || !faults.everyComponentKilledAndBack();
        if (wanted) {
            started.incrementAndGet();
        }
        return wanted;
    }
}
