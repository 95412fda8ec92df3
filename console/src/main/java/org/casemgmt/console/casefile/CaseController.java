package org.casemgmt.console.casefile;

import java.util.Locale;
import java.util.Map;

import org.casemgmt.console.api.PlatformApi;
import org.casemgmt.console.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.casemgmt.console.web.Forms.orNull;

/** The case page: what every stage knows of the case, and the forms to act on it. */
@Controller
class CaseController {

    private final CasePage page;

    CaseController(CasePage page) {
        this.page = page;
    }

    @GetMapping("/cases/{id}")
    String show(PlatformApi api, SignedInUser user, @PathVariable String id, Model model) {
        page.load(api, user, id, model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return CasePage.VIEW;
    }

    /** The client takes back the consent in force: referrals it covered are cancelled by the platform. */
    @PostMapping("/cases/{id}/consents/{consentId}/withdrawal")
    String withdrawConsent(PlatformApi api, SignedInUser user, @PathVariable String id, @PathVariable String consentId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> withdrawal = new java.util.HashMap<>();
        withdrawal.put("reason", orNull(form.get("reason")));
        return page.act(() -> api.post("/api/intake/intakes/{id}/consents/{consent}/withdrawal", withdrawal, id,
                consentId), "consent.withdrawn", "consent-banner", api, user, id, form, model, redirect, locale);
    }
}
