package org.casemgmt.console.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casemgmt.console.api.ApiProblem;
import org.casemgmt.console.api.PlatformApi;
import org.casemgmt.console.home.CaseStage;
import org.casemgmt.console.home.Deadline;
import org.casemgmt.console.signin.SignedInUser;
import org.casemgmt.console.web.Forms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import static org.casemgmt.console.api.Values.decimal;
import static org.casemgmt.console.api.Values.flag;
import static org.casemgmt.console.api.Values.instant;
import static org.casemgmt.console.api.Values.object;
import static org.casemgmt.console.api.Values.objects;
import static org.casemgmt.console.api.Values.text;

/**
 * Everything the case page shows, from every stage's API at once: the case and its client (intake), the plan
 * (planning), referrals and care team (referral), reviews, contacts and scores (monitoring), readiness and closure
 * (closure). A stage that does not know the case yet (its events are on their way) shows as not yet there.
 */
@Component
public class CasePage {

    static final String VIEW = "casefile/case";

    private final Clock clock;

    CasePage(Clock clock) {
        this.clock = clock;
    }

    /** A goal of the plan with its objectives' charts. */
    public record GoalRow(Map<String, Object> goal, List<ObjectiveRow> objectives) {
    }

    /** An objective with its latest measurement and its chart. */
    public record ObjectiveRow(Map<String, Object> objective, Sparkline chart, int measurements) {
    }

    /** Puts the case page's model in {@code model}; the case itself must be readable, the rest may be missing. */
    public void load(PlatformApi api, SignedInUser user, String caseId, Model model) {
        Map<String, Object> intake = api.get("/api/intake/intakes/{id}", caseId);
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Map<String, Object>> client = optional(calls, () ->
                    api.get("/api/intake/clients/{id}", text(intake, "clientId")));
            Future<Map<String, Object>> plan = optional(calls, () -> api.get("/api/planning/cases/{id}/plan", caseId));
            Future<List<Map<String, Object>>> referrals = optionalList(calls, () ->
                    api.page("/api/referral/referrals?caseId={id}&size=50", caseId));
            Future<Map<String, Object>> careTeam = optional(calls, () ->
                    api.get("/api/referral/cases/{id}/care-team", caseId));
            Future<Map<String, Object>> reviews = optional(calls, () ->
                    api.get("/api/monitoring/cases/{id}/reviews", caseId));
            Future<List<Map<String, Object>>> contacts = optionalList(calls, () ->
                    api.page("/api/monitoring/cases/{id}/contacts?size=5&sort=occurredAt,desc", caseId));
            Future<List<Map<String, Object>>> assessments = optionalList(calls, () ->
                    api.page("/api/monitoring/cases/{id}/assessments?size=5&sort=administeredAt,desc", caseId));
            Future<List<Map<String, Object>>> instruments = optionalList(calls, () ->
                    api.list("/api/monitoring/instruments"));
            Future<Map<String, Object>> closure = optional(calls, () -> api.get("/api/closure/cases/{id}", caseId));
            Future<Map<String, Object>> readiness = optional(calls, () ->
                    api.get("/api/closure/cases/{id}/readiness", caseId));
            Future<List<String>> closureReasons = calls.submit(() -> api.codes("/api/closure/closure-reasons"));
            Future<List<Map<String, Object>>> timeline = optionalList(calls, () ->
                    api.page("/api/monitoring/cases/{id}/timeline?size=200", caseId));
            Future<List<Map<String, Object>>> destinations = optionalList(calls, () ->
                    api.list("/api/closure/exit-destinations"));

            Instant now = clock.instant();
            Map<String, Object> planNow = plan.get();
            Map<String, Object> closing = closure.get();
            Map<String, Object> pending = objects(closing, "requests").stream()
                    .filter(request -> "PENDING".equals(text(request, "decision"))).findFirst().orElse(null);
            Map<String, Object> reviewsNow = reviews.get();
            Map<String, Object> next = object(reviewsNow, "next");
            model.addAttribute("caseId", caseId);
            model.addAttribute("intake", intake);
            model.addAttribute("client", client.get());
            model.addAttribute("consent", ConsentBanner.of(objects(intake, "consents"), now));
            model.addAttribute("stage", CaseStage.of(text(intake, "status"), text(planNow, "status"),
                    text(closing, "status"), pending != null));
            model.addAttribute("plan", planNow);
            model.addAttribute("goals", goals(planNow));
            model.addAttribute("referrals", referrals.get());
            model.addAttribute("careTeam", careTeam.get());
            model.addAttribute("reviews", reviewsNow);
            model.addAttribute("nextReview", instant(next, "dueAt") == null ? null
                    : new Deadline(instant(next, "dueAt"), now));
            model.addAttribute("contacts", contacts.get());
            model.addAttribute("assessments", assessments.get());
            model.addAttribute("instruments", instruments.get());
            model.addAttribute("closure", closing);
            model.addAttribute("pendingClosure", pending);
            model.addAttribute("readiness", readiness.get());
            model.addAttribute("destinations", destinations.get());
            model.addAttribute("timeline", timeline.get().reversed());
            model.addAttribute("closureReasons", closureReasons.get());
            model.addAttribute("canApprove", user.isSupervisor());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The case page again after the platform refused what a form of {@code section} asked: the problem shows in that
     * section, with the form as the user filled it in.
     */
    public String showAgain(PlatformApi api, SignedInUser user, String caseId, ApiProblem problem, Map<String, ?> form,
            String section, Model model) {
        load(api, user, caseId, model);
        Forms.refused(model, problem, form);
        model.addAttribute("problemSection", section);
        return VIEW;
    }

    static List<GoalRow> goals(Map<String, Object> plan) {
        return objects(plan, "goals").stream().map(goal -> new GoalRow(goal, objects(goal, "objectives").stream()
                .map(objective -> {
                    List<Double> values = objects(objective, "history").stream()
                            .map(measurement -> decimal(measurement, "value")).toList();
                    Double baseline = decimal(objective, "baseline");
                    Double target = decimal(objective, "target");
                    return new ObjectiveRow(objective, Sparkline.of(baseline == null ? 0 : baseline, values,
                            target == null ? 0 : target), values.size());
                }).toList())).toList();
    }

    private static Future<Map<String, Object>> optional(ExecutorService calls, Callable<Map<String, Object>> call) {
        return calls.submit(() -> {
            try {
                return call.call();
            } catch (ApiProblem notYet) {
                if (notYet.status() == 404 || notYet.status() == 403) {
                    return null;
                }
                throw notYet;
            }
        });
    }

    private static Future<List<Map<String, Object>>> optionalList(ExecutorService calls,
            Callable<List<Map<String, Object>>> call) {
        return calls.submit(() -> {
            try {
                return call.call();
            } catch (ApiProblem notYet) {
                if (notYet.status() == 404 || notYet.status() == 403) {
                    return List.of();
                }
                throw notYet;
            }
        });
    }

    static boolean erased(Map<String, Object> document) {
        return flag(document, "clientErased");
    }
}
