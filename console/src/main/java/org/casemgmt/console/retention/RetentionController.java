package org.casemgmt.console.retention;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

import static org.casemgmt.console.web.Forms.orNull;

/**
 * How long the agency keeps a closed case: the policies per program, set by an agency administrator with their legal
 * basis; what expires soon and what expired; and a legal hold placed on a case, or lifted, so that nothing of its
 * client is erased meanwhile. Auditors read it too.
 */
@Controller
class RetentionController {

    /** How far ahead the report looks, as the platform takes it (an ISO-8601 period). */
    static final List<String> HORIZONS = List.of("P30D", "P90D", "P1Y", "P10Y");

    private final MessageSource messages;

    RetentionController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/retention")
    String retention(PlatformApi api, SignedInUser user, @RequestParam(defaultValue = "P30D") String within,
            Model model) {
        show(api, user, within, model);
        model.addAttribute("form", Map.of());
        return "retention/retention";
    }

    private static void show(PlatformApi api, SignedInUser user, String within, Model model) {
        String horizon = HORIZONS.contains(within) ? within : HORIZONS.getFirst();
        model.addAttribute("within", horizon);
        model.addAttribute("horizons", HORIZONS);
        model.addAttribute("policies", api.get("/api/closure/retention-policies"));
        model.addAttribute("report", api.get("/api/closure/retention/expiring?within={within}", horizon));
        model.addAttribute("programs", user.isAgencyAdmin() ? api.list("/api/intake/programs") : List.of());
    }

    @PostMapping("/retention/policies")
    String setPolicy(PlatformApi api, SignedInUser user, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, Object> policy = new java.util.LinkedHashMap<>();
        policy.put("retentionPeriod", orNull(form.get("retentionPeriod")));
        policy.put("legalBasis", orNull(form.get("legalBasis")));
        return act(() -> api.put("/api/closure/retention-policies/{program}", policy, form.get("programId")),
                "retention.policySet", "policies", api, user, form, model, redirect, locale);
    }

    @PostMapping("/retention/cases/{caseId}/legal-hold")
    String hold(PlatformApi api, SignedInUser user, @PathVariable String caseId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> hold = new java.util.HashMap<>();
        hold.put("reason", orNull(form.get("reason")));
        return act(() -> api.put("/api/closure/cases/{id}/legal-hold", hold, caseId), "retention.held", "report", api,
                user, form, model, redirect, locale);
    }

    @PostMapping("/retention/cases/{caseId}/legal-hold/lifting")
    String lift(PlatformApi api, SignedInUser user, @PathVariable String caseId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect, Locale locale) {
        return act(() -> api.delete("/api/closure/cases/{id}/legal-hold", caseId), "retention.lifted", "report", api,
                user, form, model, redirect, locale);
    }

    private String act(Runnable call, String notice, String section, PlatformApi api, SignedInUser user,
            Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        String within = form.getOrDefault("within", HORIZONS.getFirst());
        try {
            call.run();
            Forms.notice(redirect, messages.getMessage(notice, null, locale));
            redirect.addAttribute("within", within);
            return "redirect:/retention#" + section;
        } catch (ApiProblem problem) {
            show(api, user, within, model);
            Forms.refused(model, problem, form);
            model.addAttribute("problemSection", section);
            return "retention/retention";
        }
    }
}
