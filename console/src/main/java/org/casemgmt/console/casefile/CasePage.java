package org.casemgmt.console.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casemgmt.console.api.ApiProblem;
import org.casemgmt.console.api.PlatformApi;
import org.casemgmt.console.home.CaseStage;
import org.casemgmt.console.home.Deadline;
import org.casemgmt.console.signin.SignedInUser;
import org.casemgmt.console.web.Forms;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.casemgmt.console.api.Values.decimal;
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
    private final MessageSource messages;

    CasePage(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /** A document of the case, with the stage that keeps it: the download goes there. */
    public record CaseDocument(String stage, Map<String, Object> document) {
    }

    /** The stages that keep a case's documents, and where: intake's under its intake, the others' under the case. */
    private static final Map<String, String> DOCUMENTS = Map.of(
            "intake", "/api/intake/intakes/{id}/documents",
            "referral", "/api/referral/cases/{id}/documents",
            "monitoring", "/api/monitoring/cases/{id}/documents",
            "closure", "/api/closure/cases/{id}/documents");

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
            Set<String> unavailable = ConcurrentHashMap.newKeySet();
            Future<Map<String, Object>> client = optional(calls, () ->
                    api.get("/api/intake/clients/{id}", text(intake, "clientId")), null, "intake", unavailable);
            Future<Map<String, Object>> plan = optional(calls, () -> api.get("/api/planning/cases/{id}/plan", caseId), null, "planning", unavailable);
            Future<List<Map<String, Object>>> referrals = optional(calls, () ->
                    api.page("/api/referral/referrals?caseId={id}&size=50", caseId), List.of(), "referral", unavailable);
            Future<Map<String, Object>> careTeam = optional(calls, () ->
                    api.get("/api/referral/cases/{id}/care-team", caseId), null, "referral", unavailable);
            Future<Map<String, Object>> reviews = optional(calls, () ->
                    api.get("/api/monitoring/cases/{id}/reviews", caseId), null, "monitoring", unavailable);
            Future<List<Map<String, Object>>> contacts = optional(calls, () ->
                    api.page("/api/monitoring/cases/{id}/contacts?size=5&sort=occurredAt,desc", caseId), List.of(), "monitoring", unavailable);
            Future<List<Map<String, Object>>> notes = optional(calls, () ->
                    api.page("/api/monitoring/cases/{id}/notes?size=5&sort=recordedAt,desc", caseId), List.of(), "monitoring", unavailable);
            Future<List<Map<String, Object>>> milestones = optional(calls, () ->
                    api.page("/api/monitoring/cases/{id}/milestones?size=5&sort=reachedAt,desc", caseId), List.of(), "monitoring", unavailable);
            Future<List<Map<String, Object>>> assessments = optional(calls, () ->
                    api.page("/api/monitoring/cases/{id}/assessments?size=5&sort=administeredAt,desc", caseId), List.of(), "monitoring", unavailable);
            Future<List<Map<String, Object>>> instruments = optional(calls, () ->
                    api.list("/api/monitoring/instruments"), List.of(), "monitoring", unavailable);
            Future<Map<String, Object>> closure = optional(calls, () -> api.get("/api/closure/cases/{id}", caseId), null, "closure", unavailable);
            Future<Map<String, Object>> readiness = optional(calls, () ->
                    api.get("/api/closure/cases/{id}/readiness", caseId), null, "closure", unavailable);
            Map<String, Future<List<Map<String, Object>>>> documents = new java.util.TreeMap<>();
            DOCUMENTS.forEach((stage, path) -> documents.put(stage, optional(calls, () -> api.list(path, caseId),
                    List.of(), stage, unavailable)));
            Future<List<String>> closureReasons = optional(calls, () -> api.codes("/api/closure/closure-reasons"),
                    List.of(), "closure", unavailable);
            Future<List<Map<String, Object>>> timeline = optional(calls, () ->
                    api.page("/api/monitoring/cases/{id}/timeline?size=200", caseId), List.of(), "monitoring", unavailable);
            Future<List<Map<String, Object>>> destinations = optional(calls, () ->
                    api.list("/api/closure/exit-destinations"), List.of(), "closure", unavailable);

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
            model.addAttribute("notes", notes.get());
            model.addAttribute("milestones", milestones.get());
            model.addAttribute("assessments", assessments.get());
            model.addAttribute("instruments", instruments.get());
            model.addAttribute("closure", closing);
            model.addAttribute("pendingClosure", pending);
            model.addAttribute("nextFollowUp", nextFollowUp(objects(closing, "followUps")));
            model.addAttribute("readiness", readiness.get());
            model.addAttribute("destinations", destinations.get());
            model.addAttribute("timeline", timeline.get().reversed());
            model.addAttribute("closureReasons", closureReasons.get());
            List<CaseDocument> caseDocuments = new java.util.ArrayList<>();
            for (Map.Entry<String, Future<List<Map<String, Object>>>> stage : documents.entrySet()) {
                stage.getValue().get().forEach(document -> caseDocuments.add(new CaseDocument(stage.getKey(), document)));
            }
            model.addAttribute("documents", caseDocuments);
            model.addAttribute("unavailable", new java.util.TreeSet<>(unavailable));
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

    /**
     * What every form of the case page does: the call, then back to the case at {@code section} with the notice; or, if
     * the platform refused it, the case page again with its problem in that section.
     */
    public String act(Runnable call, String notice, String section, PlatformApi api, SignedInUser user, String caseId,
            Map<String, ?> form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            call.run();
            Forms.notice(redirect, messages.getMessage(notice, null, locale));
            return "redirect:/cases/" + caseId + "#" + section;
        } catch (ApiProblem problem) {
            return showAgain(api, user, caseId, problem, form, section, model);
        }
    }

    /** The follow-up whose result is wanted first: the earliest due of those still awaiting one (missed ones too). */
    static Map<String, Object> nextFollowUp(List<Map<String, Object>> followUps) {
        return followUps.stream().filter(followUp -> AWAITING_RESULT.contains(text(followUp, "status")))
                .min(java.util.Comparator.comparing(followUp -> instant(followUp, "dueAt"))).orElse(null);
    }

    private static final Set<String> AWAITING_RESULT = Set.of("SCHEDULED", "DUE", "MISSED");

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

    /**
     * A call whose answer the page can do without: not found or not permitted (the stage does not know the case yet, or
     * does not show it to this user) is nothing; a stage unavailable for a moment (its breaker open, a time limit) is
     * nothing too, and named on the page, so that one stage down does not take the whole case page with it.
     */
    private static <T> Future<T> optional(ExecutorService calls, Callable<T> call, T nothing, String stage,
            Set<String> unavailable) {
        return calls.submit(() -> {
            try {
                return call.call();
            } catch (ApiProblem problem) {
                if (problem.status() == 503 || problem.status() == 504) {
                    unavailable.add(stage);
                    return nothing;
                }
                if (problem.status() == 404 || problem.status() == 403) {
                    return nothing;
                }
                throw problem;
            } catch (ResourceAccessException unreachable) {
                unavailable.add(stage);
                return nothing;
            }
        });
    }
}
