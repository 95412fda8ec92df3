package org.casemgmt.console.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.casemgmt.console.api.ApiProblem;
import org.casemgmt.console.api.PlatformApi;
import org.casemgmt.console.signin.ConsoleProperties;
import org.casemgmt.console.signin.SignedInUser;
import org.springframework.stereotype.Component;

import static org.casemgmt.console.api.Values.flag;
import static org.casemgmt.console.api.Values.instant;
import static org.casemgmt.console.api.Values.number;
import static org.casemgmt.console.api.Values.object;
import static org.casemgmt.console.api.Values.objects;
import static org.casemgmt.console.api.Values.text;

/**
 * A case worker's caseload and queue, put together from what each stage's API says about their cases: intake (the
 * case, its client), planning (the plan), monitoring (reviews, last contact, scores, the work queue), referral (open
 * referrals) and closure (closing or closed). The calls for each case go out at once.
 */
@Component
class Caseloads {

    private static final Set<String> OPEN_REFERRAL_STATUSES = Set.of("requested", "received", "accepted",
            "in-progress", "on-hold");
    private static final int MOST_CASES = 200;
    static final int MOST_ROWS = 30;

    private final Clock clock;
    private final Duration staleAfter;

    Caseloads(Clock clock, ConsoleProperties properties) {
        this.clock = clock;
        this.staleAfter = properties.staleAfter();
    }

    /**
     * The open cases the user manages, the whole agency's for {@code wholeAgency}, longest open first, at most
     * {@value #MOST_ROWS}: each costs three calls (its reviews, its latest score, its closure); the clients, plans and
     * referrals come in one list each.
     */
    Caseload caseload(PlatformApi api, SignedInUser user, boolean wholeAgency) {
        List<Map<String, Object>> cases = api.page("/api/intake/intakes?status=OPENED&size={size}&sort=decidedAt,asc",
                MOST_CASES).stream()
                .filter(intake -> wholeAgency || user.username().equals(text(intake, "caseManager")))
                .toList();
        List<Map<String, Object>> shown = cases.subList(0, Math.min(MOST_ROWS, cases.size()));
        Map<String, Map<String, Object>> plans = byField(api.page("/api/planning/plans?size={size}", MOST_CASES),
                "caseId");
        Map<String, List<Map<String, Object>>> referrals = new HashMap<>();
        api.page("/api/referral/referrals?size={size}&sort=requestedAt,desc", MOST_CASES)
                .forEach(referral -> referrals.computeIfAbsent(text(referral, "caseId"), id -> new ArrayList<>())
                        .add(referral));
        Map<String, Map<String, Object>> clients = clients(api, shown);
        Instant now = clock.instant();
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<CaseloadRow>> rows = shown.stream()
                    .map(intake -> calls.submit(() -> row(api, intake, clients.get(text(intake, "clientId")),
                            plans.get(text(intake, "id")), referrals.getOrDefault(text(intake, "id"), List.of()),
                            now)))
                    .toList();
            List<CaseloadRow> caseload = new ArrayList<>();
            for (Future<CaseloadRow> row : rows) {
                caseload.add(row.get());
            }
            return new Caseload(caseload, cases.size());
        } catch (Exception e) {
            throw unwrapped(e);
        }
    }

    /** The cases' clients: the agency's latest registrations in one call, any other one by one. */
    private static Map<String, Map<String, Object>> clients(PlatformApi api, List<Map<String, Object>> cases) {
        Map<String, Map<String, Object>> clients = byField(
                api.page("/api/intake/clients?size={size}&sort=registeredAt,desc", MOST_CASES), "id");
        for (Map<String, Object> intake : cases) {
            String clientId = text(intake, "clientId");
            if (clientId != null && !clients.containsKey(clientId)) {
                Map<String, Object> client = orNull(() -> api.get("/api/intake/clients/{id}", clientId));
                if (client != null) {
                    clients.put(clientId, client);
                }
            }
        }
        return clients;
    }

    /** Each open case's client's name, for the queue: two calls, whatever the caseload's size. */
    Map<String, String> caseLabels(PlatformApi api) {
        List<Map<String, Object>> cases = api.page("/api/intake/intakes?status=OPENED&size={size}", MOST_CASES);
        Map<String, Map<String, Object>> clients = byField(
                api.page("/api/intake/clients?size={size}&sort=registeredAt,desc", MOST_CASES), "id");
        Map<String, String> labels = new HashMap<>();
        for (Map<String, Object> intake : cases) {
            String name = name(clients.get(text(intake, "clientId")));
            if (name != null) {
                labels.put(text(intake, "id"), name);
            }
        }
        return labels;
    }

    private static Map<String, Map<String, Object>> byField(List<Map<String, Object>> documents, String field) {
        Map<String, Map<String, Object>> byField = new HashMap<>();
        documents.forEach(document -> byField.put(text(document, field), document));
        return byField;
    }

    private CaseloadRow row(PlatformApi api, Map<String, Object> intake, Map<String, Object> client,
            Map<String, Object> plan, List<Map<String, Object>> referrals, Instant now) throws Exception {
        String caseId = text(intake, "id");
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Map<String, Object>> reviews = calls.submit(() -> orNull(() ->
                    api.get("/api/monitoring/cases/{id}/reviews", caseId)));
            Future<List<Map<String, Object>>> assessments = calls.submit(() -> orEmpty(() -> api.page(
                    "/api/monitoring/cases/{id}/assessments?size=1&sort=administeredAt,desc", caseId)));
            Future<Map<String, Object>> closure = calls.submit(() -> orNull(() ->
                    api.get("/api/closure/cases/{id}", caseId)));

            Instant openedAt = instant(intake, "decidedAt");
            Map<String, Object> review = reviews.get();
            Instant lastContact = instant(review, "lastContactAt");
            Map<String, Object> next = object(review, "next");
            Instant nextDue = instant(next, "dueAt");
            Map<String, Object> latest = assessments.get().stream().findFirst().orElse(null);
            Map<String, Object> closing = closure.get();
            boolean closureRequested = objects(closing, "requests").stream()
                    .anyMatch(request -> "PENDING".equals(text(request, "decision")));
            Long change = number(latest, "change");
            Instant staleSince = lastContact != null ? lastContact : openedAt;
            return new CaseloadRow(caseId, name(client), text(intake, "programId"),
                    text(intake, "caseManager"), text(intake, "riskLevel"), text(intake, "priority"),
                    CaseStage.of(text(intake, "status"), text(plan, "status"), text(closing, "status"),
                            closureRequested),
                    openedAt == null ? 0 : Duration.between(openedAt, now).toDays(),
                    lastContact, staleSince != null && Duration.between(staleSince, now).compareTo(staleAfter) > 0,
                    nextDue == null ? null : new Deadline(nextDue, now), nextDue != null && !nextDue.isAfter(now),
                    referrals.stream()
                            .filter(referral -> OPEN_REFERRAL_STATUSES.contains(text(referral, "status")))
                            .map(referral -> openReferral(referral, now))
                            .toList(),
                    text(latest, "instrumentId"), text(latest, "band"),
                    latest == null ? null : number(latest, "totalScore").intValue(),
                    latest == null ? null
                            : ScoreTrend.of(text(latest, "instrumentId"), change == null ? null : change.intValue()));
        }
    }

    private static CaseloadRow.OpenReferral openReferral(Map<String, Object> referral, Instant now) {
        Instant respondBy = instant(referral, "respondBy");
        boolean waiting = "requested".equals(text(referral, "status")) || "received".equals(text(referral, "status"));
        return new CaseloadRow.OpenReferral(text(referral, "id"), text(referral, "organizationName"),
                text(referral, "status"), waiting && respondBy != null ? new Deadline(respondBy, now) : null);
    }

    /** What waits for the user, soonest deadline first. */
    List<QueueItem> queue(PlatformApi api, SignedInUser user, Map<String, String> caseLabels) {
        Instant now = clock.instant();
        List<QueueItem> items = new ArrayList<>();
        List<Map<String, Object>> tasks = new ArrayList<>(api.list("/api/monitoring/work-queue"));
        if (user.isSupervisor()) {
            tasks.addAll(api.list("/api/monitoring/work-queue/team"));
            for (Map<String, Object> plan : api.page("/api/planning/plans?status=SUBMITTED&size={size}", MOST_CASES)) {
                String caseId = text(plan, "caseId");
                items.add(new QueueItem("plan-" + text(plan, "id"), "PLAN_AWAITING_APPROVAL", caseId,
                        caseLabels.getOrDefault(caseId, caseId), "HIGH", null, "/cases/" + caseId + "#plan"));
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (Map<String, Object> task : tasks) {
            if (!seen.add(text(task, "id")) || "DONE".equals(text(task, "status"))) {
                continue;
            }
            String caseId = text(task, "caseId");
            Instant due = instant(task, "dueAt");
            items.add(new QueueItem(text(task, "id"), text(task, "kind"), caseId,
                    caseLabels.getOrDefault(caseId, caseId), text(task, "urgency"),
                    due == null ? null : new Deadline(due, now), link(text(task, "kind"), caseId,
                            text(task, "subjectId"))));
        }
        items.sort(QueueItem.BY_DEADLINE);
        return items;
    }

    /** Where in the console a task of the work queue is done. */
    static String link(String kind, String caseId, String subjectId) {
        String anchor = switch (kind == null ? "" : kind) {
            case "REFERRAL_AWAITING_ANSWER" -> null;
            case "THRESHOLD_CROSSED" -> "#assessments";
            case "REVIEW_DUE", "REVIEW_OVERDUE", "REVIEW_ESCALATED" -> "#review";
            case "CASE_STALE" -> "#contacts";
            case "REFERRAL_EXPIRED", "REFERRAL_DECLINED", "REFERRAL_ESCALATED" -> "#referrals";
            case "CLOSURE_AWAITING_APPROVAL", "FOLLOW_UP_DUE", "FOLLOW_UP_MISSED" -> "#closure";
            default -> "";
        };
        return anchor == null ? "/referrals#referral-" + subjectId : "/cases/" + caseId + anchor;
    }

    static String name(Map<String, Object> client) {
        if (client == null) {
            return null;
        }
        if (flag(client, "erased") || "ERASED".equals(text(client, "status"))) {
            return null;
        }
        return text(client, "givenName") + " " + text(client, "familyName");
    }

    private static <T> T orNull(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiProblem notThere) {
            // Not there, not shown to this user, or its stage unavailable a moment: the row shows what the rest says.
            if (Set.of(403, 404, 410, 503, 504).contains(notThere.status())) {
                return null;
            }
            throw notThere;
        }
    }

    private static List<Map<String, Object>> orEmpty(Supplier<List<Map<String, Object>>> call) {
        List<Map<String, Object>> answer = orNull(call);
        return answer == null ? List.of() : answer;
    }

    static RuntimeException unwrapped(Exception e) {
        Throwable cause = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
