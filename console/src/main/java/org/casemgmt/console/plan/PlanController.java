package org.casemgmt.console.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casemgmt.console.api.ApiProblem;
import org.casemgmt.console.api.PlatformApi;
import org.casemgmt.console.casefile.CasePage;
import org.casemgmt.console.signin.SignedInUser;
import org.casemgmt.console.web.Forms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.casemgmt.console.api.Values.objects;
import static org.casemgmt.console.api.Values.text;
import static org.casemgmt.console.web.Forms.numberOrText;
import static org.casemgmt.console.web.Forms.orNull;

/**
 * The service plan: a goal added or edited with the client (their words, measurable objectives, their agreement), the
 * plan submitted, then approved or returned by a supervisor; a goal abandoned with the reason, and an approved plan
 * opened again for revision.
 */
@Controller
class PlanController {

    private final CasePage casePage;
    private final MessageSource messages;

    PlanController(CasePage casePage, MessageSource messages) {
        this.casePage = casePage;
        this.messages = messages;
    }

    /** A goal not yet written: one objective to fill in; the plan's life domain and who acts chosen on the form. */
    static final Map<String, Object> NEW_GOAL = Map.of("objectives", List.of(new java.util.HashMap<String, Object>(
            Map.of("direction", "HIGHER_IS_BETTER"))));

    @GetMapping("/cases/{caseId}/plan/goals/new")
    String newGoal(PlatformApi api, @PathVariable String caseId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("plan", api.get("/api/planning/cases/{id}/plan", caseId));
        model.addAttribute("goal", NEW_GOAL);
        model.addAttribute("form", Map.of());
        return "plan/goal";
    }

    @PostMapping("/cases/{caseId}/plan/goals")
    String addGoal(PlatformApi api, @PathVariable String caseId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, Object> plan = api.get("/api/planning/cases/{id}/plan", caseId);
        Map<String, Object> goal = goalForm(form, NEW_GOAL);
        goal.put("needDomain", orNull(form.get("needDomain")));
        goal.put("responsibleParty", orNull(form.get("responsibleParty")));
        try {
            api.post("/api/planning/plans/{plan}/goals", goal, text(plan, "id"));
            Forms.notice(redirect, messages.getMessage("plan.goalAdded", null, locale));
            return "redirect:/cases/" + caseId + "#plan";
        } catch (ApiProblem problem) {
            model.addAttribute("caseId", caseId);
            model.addAttribute("plan", plan);
            model.addAttribute("goal", NEW_GOAL);
            Forms.refused(model, problem, form);
            return "plan/goal";
        }
    }

    @PostMapping("/cases/{caseId}/plan/goals/{goalId}/abandonment")
    String abandonGoal(PlatformApi api, SignedInUser user, @PathVariable String caseId, @PathVariable String goalId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> abandonment = new LinkedHashMap<>();
        abandonment.put("version", numberOrText(form.get("version")));
        abandonment.put("reason", orNull(form.get("reason")));
        return casePage.act(() -> api.post("/api/planning/plans/{plan}/goals/{goal}/abandonment", abandonment,
                form.get("planId"), goalId), "plan.goalAbandoned", "plan", api, user, caseId, form, model, redirect,
                locale);
    }

    @GetMapping("/cases/{caseId}/plan/goals/{goalId}")
    String goal(PlatformApi api, @PathVariable String caseId, @PathVariable String goalId, Model model) {
        Map<String, Object> plan = api.get("/api/planning/cases/{id}/plan", caseId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("plan", plan);
        model.addAttribute("goal", api.get("/api/planning/plans/{plan}/goals/{goal}", text(plan, "id"), goalId));
        model.addAttribute("form", Map.of());
        return "plan/goal";
    }

    @PostMapping("/cases/{caseId}/plan/goals/{goalId}")
    String saveGoal(PlatformApi api, @PathVariable String caseId, @PathVariable String goalId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> plan = api.get("/api/planning/cases/{id}/plan", caseId);
        Map<String, Object> goal = api.get("/api/planning/plans/{plan}/goals/{goal}", text(plan, "id"), goalId);
        try {
            api.put("/api/planning/plans/{plan}/goals/{goal}", goalForm(form, goal), text(plan, "id"), goalId);
            Forms.notice(redirect, messages.getMessage("plan.goalSaved", null, locale));
            return "redirect:/cases/" + caseId + "#plan";
        } catch (ApiProblem problem) {
            model.addAttribute("caseId", caseId);
            model.addAttribute("plan", plan);
            model.addAttribute("goal", goal);
            Forms.refused(model, problem, form);
            return "plan/goal";
        }
    }

    /**
     * The goal as edited: the form's statement, priority and objectives (indexed fields {@code objectives[i].*}), the
     * rest as it was; the client's agreement, now, when they agreed.
     */
    static Map<String, Object> goalForm(Map<String, String> form, Map<String, Object> goal) {
        Map<String, Object> edited = new LinkedHashMap<>();
        edited.put("version", numberOrText(form.get("version")));
        edited.put("needDomain", text(goal, "needDomain"));
        edited.put("statement", orNull(form.get("statement")));
        edited.put("priority", form.getOrDefault("priority", text(goal, "priority")));
        edited.put("responsibleParty", text(goal, "responsibleParty"));
        edited.put("providerRole", text(goal, "providerRole"));
        List<Map<String, Object>> objectives = new ArrayList<>();
        List<Map<String, Object>> current = objects(goal, "objectives");
        for (int index = 0; index < current.size(); index++) {
            String prefix = "objectives[" + index + "].";
            Map<String, Object> objective = new LinkedHashMap<>();
            objective.put("id", text(current.get(index), "id"));
            objective.put("indicator", orNull(form.get(prefix + "indicator")));
            objective.put("baseline", numberOrText(form.get(prefix + "baseline")));
            objective.put("target", numberOrText(form.get(prefix + "target")));
            objective.put("unit", orNull(form.get(prefix + "unit")));
            objective.put("direction", form.getOrDefault(prefix + "direction", text(current.get(index), "direction")));
            objective.put("dueDate", orNull(form.get(prefix + "dueDate")));
            objectives.add(objective);
        }
        edited.put("objectives", objectives);
        edited.put("interventions", goal.get("interventions"));
        if ("true".equals(form.get("agreedByClient"))) {
            edited.put("agreement", Map.of("agreedBy", "client", "agreedAt", Instant.now().toString()));
        } else {
            edited.put("agreement", goal.get("agreement"));
        }
        return edited;
    }

    @PostMapping("/cases/{caseId}/plan/{step}")
    String step(PlatformApi api, SignedInUser user, @PathVariable String caseId, @PathVariable String step,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        String path = switch (step) {
            case "submission", "approval", "return", "revisions" -> step;
            default -> throw new ApiProblem(404, "urn:casemgmt:problem:not-found", null, null, Map.of(), Map.of());
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", numberOrText(form.get("version")));
        if ("return".equals(step) || "revisions".equals(step)) {
            body.put("reason", orNull(form.get("reason")));
        }
        return casePage.act(() -> api.post("/api/planning/plans/{plan}/" + path, body, form.get("planId")),
                "plan." + step + ".done", "plan", api, user, caseId, form, model, redirect, locale);
    }
}
