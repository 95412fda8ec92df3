package org.casemgmt.console.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.casemgmt.console.api.ApiProblem;
import org.casemgmt.console.api.PlatformApi;
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

import static org.casemgmt.console.api.Values.text;
import static org.casemgmt.console.web.Forms.numberOrText;
import static org.casemgmt.console.web.Forms.orNull;

/**
 * The intake, one step after the other on one page: the initial assessment, the client's informed consent, the
 * eligibility check and the decision that opens the case (or declines it, with every reason).
 */
@Controller
class IntakeController {

    /** Intake's need domains, in the order the assessment form asks about them. */
    static final List<String> DOMAINS = List.of("HOUSING", "INCOME", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "SAFETY",
            "LEGAL", "EDUCATION_EMPLOYMENT", "FAMILY_SOCIAL");
    static final List<String> SEVERITIES = List.of("NONE", "LOW", "MODERATE", "HIGH", "CRISIS");

    private final MessageSource messages;

    IntakeController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/intakes/{id}")
    String intake(PlatformApi api, SignedInUser user, @PathVariable String id, Model model) {
        Map<String, Object> intake = api.get("/api/intake/intakes/{id}", id);
        if ("OPENED".equals(text(intake, "status"))) {
            return "redirect:/cases/" + id;
        }
        show(api, user, intake, model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "intake/intake";
    }

    private void show(PlatformApi api, SignedInUser user, Map<String, Object> intake, Model model) {
        model.addAttribute("intake", intake);
        model.addAttribute("client", api.get("/api/intake/clients/{id}", text(intake, "clientId")));
        model.addAttribute("domains", DOMAINS);
        model.addAttribute("severities", SEVERITIES);
        model.addAttribute("agencies", agencies(api, user));
    }

    /** The agencies consent may name: the user's own and every provider agency of the directory. */
    private static List<String> agencies(PlatformApi api, SignedInUser user) {
        TreeSet<String> agencies = new TreeSet<>();
        agencies.add(user.agency());
        api.page("/api/referral/directory/organizations?size=200").stream()
                .map(organization -> text(organization, "agency_id"))
                .filter(java.util.Objects::nonNull)
                .forEach(agencies::add);
        return List.copyOf(agencies);
    }

    @PostMapping("/intakes/{id}/assessment")
    String assess(PlatformApi api, SignedInUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            api.put("/api/intake/intakes/{id}/assessment", assessment(form), id);
            Forms.notice(redirect, messages.getMessage("intake.assessed", null, locale));
            return "redirect:/intakes/" + id + "#consent";
        } catch (ApiProblem problem) {
            return again(api, user, id, problem, form, model);
        }
    }

    static Map<String, Object> assessment(Map<String, String> form) {
        List<Map<String, Object>> needs = new ArrayList<>();
        for (String domain : DOMAINS) {
            String severity = form.get("severity-" + domain);
            if (severity != null && !severity.isBlank() && !"NONE".equals(severity)) {
                Map<String, Object> need = new LinkedHashMap<>();
                need.put("domain", domain);
                need.put("severity", severity);
                need.put("summary", orNull(form.get("summary-" + domain)));
                needs.add(need);
            }
        }
        List<String> strengths = form.getOrDefault("strengths", "").lines().map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
        List<Map<String, Object>> risks = new ArrayList<>();
        if (orNull(form.get("riskType")) != null) {
            Map<String, Object> risk = new LinkedHashMap<>();
            risk.put("type", form.get("riskType").trim());
            risk.put("level", form.getOrDefault("riskLevel", "LOW"));
            risk.put("note", orNull(form.get("riskNote")));
            risks.add(risk);
        }
        Map<String, Object> circumstances = new LinkedHashMap<>();
        circumstances.put("householdSize", numberOrText(form.get("householdSize")));
        circumstances.put("monthlyIncome", numberOrText(form.get("monthlyIncome")));
        circumstances.put("residencyArea", orNull(form.get("residencyArea")));
        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("version", numberOrText(form.get("version")));
        assessment.put("needs", needs);
        assessment.put("strengths", strengths);
        assessment.put("risks", risks);
        assessment.put("circumstances", circumstances);
        return assessment;
    }

    @PostMapping("/intakes/{id}/consents")
    String consent(PlatformApi api, SignedInUser user, @PathVariable String id,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "sharedWithAgencyIds", required = false) List<String> sharedWith, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("purpose", orNull(form.get("purpose")));
        consent.put("sharedWithAgencyIds", sharedWith == null ? List.of() : sharedWith);
        consent.put("givenBy", form.getOrDefault("givenBy", "CLIENT"));
        consent.put("expiresAt", Forms.startOfDay(form.get("expiresAt")));
        try {
            api.post("/api/intake/intakes/{id}/consents", consent, id);
            Forms.notice(redirect, messages.getMessage("intake.consented", null, locale));
            return "redirect:/intakes/" + id + "#eligibility";
        } catch (ApiProblem problem) {
            return again(api, user, id, problem, form, model);
        }
    }

    @PostMapping("/intakes/{id}/eligibility")
    String eligibility(PlatformApi api, SignedInUser user, @PathVariable String id, Model model,
            RedirectAttributes redirect) {
        try {
            api.post("/api/intake/intakes/{id}/eligibility", Map.of(), id);
            return "redirect:/intakes/" + id + "#eligibility";
        } catch (ApiProblem problem) {
            return again(api, user, id, problem, Map.of(), model);
        }
    }

    @PostMapping("/intakes/{id}/decision")
    String decide(PlatformApi api, SignedInUser user, @PathVariable String id, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            Map<String, Object> decided = api.post("/api/intake/intakes/{id}/decision", Map.of(), id);
            if ("OPENED".equals(text(decided, "status"))) {
                Forms.notice(redirect, messages.getMessage("intake.opened", null, locale));
                return "redirect:/cases/" + id;
            }
            return "redirect:/intakes/" + id;
        } catch (ApiProblem problem) {
            return again(api, user, id, problem, Map.of(), model);
        }
    }

    private String again(PlatformApi api, SignedInUser user, String id, ApiProblem problem, Map<String, String> form,
            Model model) {
        show(api, user, api.get("/api/intake/intakes/{id}", id), model);
        Forms.refused(model, problem, form);
        return "intake/intake";
    }
}
