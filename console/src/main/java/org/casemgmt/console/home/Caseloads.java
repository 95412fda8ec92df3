package org.casemgmt.console.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
    private static final int MOST_CASES = 100;

    private final Clock clock;
    private final Duration staleAfter;

    Caseloads(Clock clock, ConsoleProperties properties) {
        this.clock = clock;
        this.staleAfter = properties.staleAfter();
    }

    /** The open cases the user manages; the whole agency's for {@code wholeAgency}. */
    List<CaseloadRow> caseload(PlatformApi api, SignedInUser user, boolean wholeAgency) {
        List<Map<String, Object>> cases = api.page("/api/intake/intakes?status=OPENED&size={size}", MOST_CASES)
                .stream()
                .filter(intake -> wholeAgency || user.username().equals(text(intake, "caseManager")))
                .toList();
        Map<String, Map<String, Object>> plans = new HashMap<>();
        for (Map<String, Object> plan : api.page("/api/planning/plans?size={size}", MOST_CASES)) {
            plans.put(text(plan, "caseId"), plan);
        }
        Instant now = clock.instant();
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<CaseloadRow>> rows = cases.stream()
                    .map(intake -> calls.submit(() -> row(api, intake, plans.get(text(intake, "id")), now)))
                    .toList();
            List<CaseloadRow> caseload = new ArrayList<>();
            for (Future<CaseloadRow> row : rows) {
                caseload.add(row.get());
            }
            caseload.sort(Comparator.comparing(CaseloadRow::daysOpen).reversed());
            return caseload;
        } catch (Exception e) {
            throw unwrapped(e);
        }
    }

    private CaseloadRow row(PlatformApi api, Map<String, Object> intake, Map<String, Object> plan, Instant now)
            throws Exception {
        String caseId = text(intake, "id");
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Map<String, Object>> client = calls.submit(() -> orNull(() ->
                    api.get("/api/intake/clients/{id}", text(intake, "clientId"))));
            Future<Map<String, Object>> reviews = calls.submit(() -> orNull(() ->
                    api.get("/api/monitoring/cases/{id}/reviews", caseId)));
            Future<List<Map<String, Object>>> assessments = calls.submit(() -> orEmpty(() -> api.page(
                    "/api/monitoring/cases/{id}/assessments?size=1&sort=administeredAt,desc", caseId)));
            Future<List<Map<String, Object>>> referrals = calls.submit(() -> orEmpty(() ->
                    api.page("/api/referral/referrals?caseId={id}&size=50", caseId)));
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
            return new CaseloadRow(caseId, name(client.get()), text(intake, "programId"),
                    text(intake, "caseManager"), text(intake, "riskLevel"), text(intake, "priority"),
                    CaseStage.of(text(intake, "status"), text(plan, "status"), text(closing, "status"),
                            closureRequested),
                    openedAt == null ? 0 : Duration.between(openedAt, now).toDays(),
                    lastContact, staleSince != null && Duration.between(staleSince, now).compareTo(staleAfter) > 0,
                    nextDue == null ? null : new Deadline(nextDue, now), nextDue != null && !nextDue.isAfter(now),
                    referrals.get().stream()
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
                Instant submittedAt = instant(plan, "submittedAt");
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
            if (notThere.status() == 404 || notThere.status() == 403 || notThere.status() == 410) {
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
