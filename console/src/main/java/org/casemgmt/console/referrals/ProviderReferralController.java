package org.casemgmt.console.referrals;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casemgmt.console.api.ApiProblem;
import org.casemgmt.console.api.PlatformApi;
import org.casemgmt.console.home.Deadline;
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

import static org.casemgmt.console.api.Values.instant;
import static org.casemgmt.console.web.Forms.numberOrText;
import static org.casemgmt.console.web.Forms.orNull;

/**
 * A provider's view: the referrals addressed to their organisation (the platform lists no other), each with the time
 * left to answer, and the loop closed from here: accepted or declined with a reason, started, completed with its
 * outcome; and what each of the organisation's services has free now, reported from here too.
 */
@Controller
class ProviderReferralController {

    private final MessageSource messages;
    private final Clock clock;

    ProviderReferralController(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** A referral with its answer's deadline while one is awaited. */
    public record Row(Map<String, Object> referral, Deadline respondBy) {
    }

    @GetMapping("/referrals")
    String referrals(PlatformApi api, SignedInUser user, Model model) {
        show(api, user, model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "referrals/incoming";
    }

    private void show(PlatformApi api, SignedInUser user, Model model) {
        List<Row> rows = api.page("/api/referral/referrals?size=100&sort=requestedAt,desc").stream()
                .map(referral -> {
                    boolean waiting = "requested".equals(referral.get("status"))
                            || "received".equals(referral.get("status"));
                    return new Row(referral, waiting && instant(referral, "respondBy") != null
                            ? new Deadline(instant(referral, "respondBy"), clock.instant()) : null);
                })
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("services", servicesOf(api, user));
    }

    /**
     * The services of the organisations of the user's agency, with their capacity. None where the directory lists no
     * organisation of it: the referrals above are what such a user came for.
     */
    private static List<Map<String, Object>> servicesOf(PlatformApi api, SignedInUser user) {
        try {
            return api.page("/api/referral/directory/organizations?agency_id={agency}&size=20", user.agency()).stream()
                    .flatMap(organization -> api.page("/api/referral/directory/services?organization_id={id}&size=50",
                            organization.get("id")).stream())
                    .toList();
        } catch (ApiProblem problem) {
            if (problem.status() == 403 || problem.status() == 404) {
                return List.of();
            }
            throw problem;
        }
    }

    @PostMapping("/referrals/services/{serviceId}/capacity")
    String capacity(PlatformApi api, SignedInUser user, @PathVariable String serviceId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> capacity = new LinkedHashMap<>();
        capacity.put("unit", orNull(form.get("unit")));
        capacity.put("available", numberOrText(form.get("available")));
        capacity.put("maximum", numberOrText(form.get("maximum")));
        capacity.put("status", orNull(form.get("status")));
        capacity.put("notes", orNull(form.get("notes")));
        try {
            api.put("/api/referral/services/{id}/capacity", capacity, serviceId);
            Forms.notice(redirect, messages.getMessage("capacity.reported", null, locale));
            return "redirect:/referrals#service-" + serviceId;
        } catch (ApiProblem problem) {
            show(api, user, model);
            Forms.refused(model, problem, form);
            model.addAttribute("problemService", serviceId);
            return "referrals/incoming";
        }
    }

    @PostMapping("/referrals/{id}/{step}")
    String answer(PlatformApi api, SignedInUser user, @PathVariable String id, @PathVariable String step,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        if (!ReferralController.PROVIDER_STEPS.contains(step)) {
            throw new ApiProblem(404, "urn:casemgmt:problem:not-found", null, null, Map.of(), Map.of());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", numberOrText(form.get("version")));
        if ("decline".equals(step)) {
            body.put("reason", orNull(form.get("reason")));
            body.put("note", orNull(form.get("note")));
        }
        if ("complete".equals(step)) {
            body.put("outcome", orNull(form.get("outcome")));
            body.put("note", orNull(form.get("note")));
        }
        try {
            api.post("/api/referral/referrals/{id}/" + step, body, id);
            Forms.notice(redirect, messages.getMessage("referral." + step + ".done", null, locale));
            return "redirect:/referrals#referral-" + id;
        } catch (ApiProblem problem) {
            show(api, user, model);
            Forms.refused(model, problem, form);
            model.addAttribute("problemReferral", id);
            return "referrals/incoming";
        }
    }
}
