package org.casemgmt.console.closure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.casemgmt.console.api.PlatformApi;
import org.casemgmt.console.casefile.CasePage;
import org.casemgmt.console.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.casemgmt.console.web.Forms.numberOrText;
import static org.casemgmt.console.web.Forms.orNull;

/**
 * Closing the case well: the transition plan (where the client goes, whether they agree to be contacted after), the
 * closure asked for by the case worker and decided by a supervisor, a follow-up's result, and re-opening.
 */
@Controller
class ClosureController {

    private final CasePage casePage;

    ClosureController(CasePage casePage) {
        this.casePage = casePage;
    }

    @PostMapping("/cases/{caseId}/transition-plan")
    String transitionPlan(PlatformApi api, SignedInUser user, @PathVariable String caseId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("destinationCode", numberOrText(form.get("destinationCode")));
        plan.put("followUpContactAgreed", "true".equals(form.get("followUpContactAgreed")));
        plan.put("supportContacts", orNull(form.get("supportContacts")));
        plan.put("continuingSupport", orNull(form.get("continuingSupport")));
        return casePage.act(() -> api.put("/api/closure/cases/{id}/transition-plan",
                        atCurrentVersion(plan, api, caseId), caseId),
                "closure.planned", "closure", api, user, caseId, form, model, redirect, locale);
    }

    @PostMapping("/cases/{caseId}/closure-requests")
    String requestClosure(PlatformApi api, SignedInUser user, @PathVariable String caseId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("reason", orNull(form.get("reason")));
        request.put("outcome", orNull(form.get("outcome")));
        request.put("overrideReason", orNull(form.get("overrideReason")));
        return casePage.act(() -> api.post("/api/closure/cases/{id}/closure-requests",
                        atCurrentVersion(request, api, caseId), caseId),
                "closure.requested", "closure", api, user, caseId, form, model, redirect, locale);
    }

    @PostMapping("/cases/{caseId}/closure-requests/{closureId}/approval")
    String approve(PlatformApi api, SignedInUser user, @PathVariable String caseId, @PathVariable String closureId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        return casePage.act(() -> api.post("/api/closure/cases/{id}/closure-requests/{closure}/approval",
                        Map.of("version", numberOrText(form.get("version"))), caseId, closureId),
                "closure.approved", "closure", api, user, caseId, form, model, redirect, locale);
    }

    @PostMapping("/cases/{caseId}/closure-requests/{closureId}/rejection")
    String reject(PlatformApi api, SignedInUser user, @PathVariable String caseId, @PathVariable String closureId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> rejection = new LinkedHashMap<>();
        rejection.put("version", numberOrText(form.get("version")));
        rejection.put("comment", orNull(form.get("comment")));
        return casePage.act(() -> api.post("/api/closure/cases/{id}/closure-requests/{closure}/rejection", rejection, caseId,
                closureId), "closure.rejected", "closure", api, user, caseId, form, model, redirect, locale);
    }

    @PostMapping("/cases/{caseId}/reopening")
    String reopen(PlatformApi api, SignedInUser user, @PathVariable String caseId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> reopening = new LinkedHashMap<>();
        reopening.put("reason", orNull(form.get("reason")));
        reopening.put("notes", orNull(form.get("notes")));
        return casePage.act(() -> api.post("/api/closure/cases/{id}/reopening",
                        atCurrentVersion(reopening, api, caseId), caseId),
                "closure.reopened", "closure", api, user, caseId, form, model, redirect, locale);
    }

    /**
     * The body with the case's closure version as closure has it now, for the forms beside the case page (the
     * transition plan, the closure request, the re-opening). Those are never refreshed by live updates, so as to keep
     * what the user is typing, and closure's version also counts every event of the other stages it applies to the
     * case: the version the page was rendered with was stale seconds later on a busy case, and the form refused. What
     * these decisions depend on, closure checks itself (a closure already asked for, a case closed or open).
     */
    private static Map<String, Object> atCurrentVersion(Map<String, Object> body, PlatformApi api, String caseId) {
        body.put("version", api.get("/api/closure/cases/{id}", caseId).get("version"));
        return body;
    }

    @PostMapping("/cases/{caseId}/follow-ups/{followUpId}/result")
    String followUp(PlatformApi api, SignedInUser user, @PathVariable String caseId, @PathVariable String followUpId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("result", orNull(form.get("result")));
        result.put("method", orNull(form.get("method")));
        result.put("reached", "true".equals(form.get("reached")));
        result.put("stillStable", "true".equals(form.get("stillStable")));
        result.put("destinationCategory", orNull(form.get("destinationCategory")));
        result.put("notes", orNull(form.get("notes")));
        return casePage.act(() -> api.post("/api/closure/cases/{id}/follow-ups/{followUp}/result", result, caseId,
                followUpId), "closure.followUpRecorded", "closure", api, user, caseId, form, model, redirect, locale);
    }
}
