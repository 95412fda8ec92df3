package org.casemgmt.console.referrals;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

import static org.casemgmt.console.api.Values.text;
import static org.casemgmt.console.web.Forms.numberOrText;
import static org.casemgmt.console.web.Forms.orNull;

/**
 * Referrals from the case worker's side: the providers that match the plan's open goals (with their capacity now,
 * and whether the client's consent lets a referral go to them), a referral sent with a note, or cancelled.
 */
@Controller
class ReferralController {

    private final CasePage casePage;
    private final MessageSource messages;

    ReferralController(CasePage casePage, MessageSource messages) {
        this.casePage = casePage;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/providers")
    String providers(PlatformApi api, @PathVariable String caseId, Model model) {
        Map<String, Object> intake = api.get("/api/intake/intakes/{id}", caseId);
        Map<String, Object> client = api.get("/api/intake/clients/{id}", text(intake, "clientId"));
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", client);
        model.addAttribute("goals", api.list(matchesPath(client), matchVariables(caseId, client)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "referrals/providers";
    }

    /** The client's age, language and area, where intake has them: matching checks services' eligibility on them. */
    private static String matchesPath(Map<String, Object> client) {
        StringBuilder path = new StringBuilder("/api/referral/cases/{caseId}/matches?");
        if (text(client, "birthDate") != null) {
            path.append("age={age}&");
        }
        if (text(client, "preferredLanguage") != null) {
            path.append("language={language}&");
        }
        if (text(client, "residencyArea") != null) {
            path.append("area={area}");
        }
        return path.toString();
    }

    private static Object[] matchVariables(String caseId, Map<String, Object> client) {
        java.util.List<Object> variables = new java.util.ArrayList<>();
        variables.add(caseId);
        if (text(client, "birthDate") != null) {
            variables.add(Period.between(LocalDate.parse(text(client, "birthDate")), LocalDate.now()).getYears());
        }
        if (text(client, "preferredLanguage") != null) {
            variables.add(text(client, "preferredLanguage"));
        }
        if (text(client, "residencyArea") != null) {
            variables.add(text(client, "residencyArea"));
        }
        return variables.toArray();
    }

    @PostMapping("/cases/{caseId}/referrals")
    String refer(PlatformApi api, @PathVariable String caseId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("caseId", caseId);
        referral.put("goalId", form.get("goalId"));
        referral.put("serviceId", form.get("serviceId"));
        referral.put("note", orNull(form.get("note")));
        try {
            api.post("/api/referral/referrals", referral);
            Forms.notice(redirect, messages.getMessage("referral.sent", null, locale));
            return "redirect:/cases/" + caseId + "#referrals";
        } catch (ApiProblem problem) {
            Forms.refused(model, problem, form);
            model.addAttribute("problemService", form.get("serviceId"));
            return providers(api, caseId, model);
        }
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/cancel")
    String cancel(PlatformApi api, SignedInUser user, @PathVariable String caseId, @PathVariable String referralId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        return casePage.act(() -> api.post("/api/referral/referrals/{id}/cancel",
                        Map.of("version", numberOrText(form.get("version"))), referralId),
                "referral.cancelled", "referrals", api, user, caseId, form, model, redirect, locale);
    }

    /** A declined or unanswered referral sent on to the best-ranked provider not yet tried for its goal. */
    @PostMapping("/cases/{caseId}/referrals/{referralId}/reroute")
    String reroute(PlatformApi api, SignedInUser user, @PathVariable String caseId, @PathVariable String referralId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        return casePage.act(() -> api.post("/api/referral/referrals/{id}/reroute",
                        Map.of("version", numberOrText(form.get("version"))), referralId),
                "referral.rerouted", "referrals", api, user, caseId, form, model, redirect, locale);
    }

    static final Set<String> PROVIDER_STEPS = Set.of("accept", "decline", "start", "complete");
}
