package org.casemgmt.console.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casemgmt.console.api.ApiProblem;
import org.casemgmt.console.api.PlatformApi;
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
import static org.casemgmt.console.web.Forms.orNull;

/**
 * An agency administrator's webhooks: the agency's partner feed delivered to its systems' HTTPS endpoints. Registered
 * (the signing secret shown once, on the page that follows), disabled, enabled again or deleted; a webhook's latest
 * deliveries, and a dead-lettered one sent again.
 */
@Controller
class WebhookController {

    private final MessageSource messages;

    WebhookController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/webhooks")
    String webhooks(PlatformApi api, @RequestParam(required = false) String deliveriesOf, Model model) {
        show(api, deliveriesOf, model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("eventTypes", "*"));
        }
        return "webhooks/webhooks";
    }

    private static void show(PlatformApi api, String deliveriesOf, Model model) {
        model.addAttribute("webhooks", api.list("/api/partners/webhooks"));
        model.addAttribute("deliveriesOf", deliveriesOf);
        model.addAttribute("deliveries", deliveriesOf == null ? List.of()
                : api.list("/api/partners/webhooks/{id}/deliveries", deliveriesOf));
    }

    @PostMapping("/webhooks")
    String register(PlatformApi api, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
            Locale locale) {
        Map<String, Object> registration = new java.util.LinkedHashMap<>();
        registration.put("url", orNull(form.get("url")));
        registration.put("eventTypes", eventTypes(form.get("eventTypes")));
        try {
            Map<String, Object> registered = api.post("/api/partners/webhooks", registration);
            Forms.notice(redirect, messages.getMessage("webhooks.registered", null, locale));
            // Shown once, on the next page only: the platform never gives it again.
            redirect.addFlashAttribute("secret", text(registered, "secret"));
            return "redirect:/webhooks";
        } catch (ApiProblem problem) {
            show(api, null, model);
            Forms.refused(model, problem, form);
            return "webhooks/webhooks";
        }
    }

    /** The event types as typed, one per comma or line: CloudEvents types, topics, or {@code *}. */
    static List<String> eventTypes(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\n]")).map(String::strip)
                .filter(type -> !type.isEmpty()).distinct().toList();
    }

    @PostMapping("/webhooks/{id}/{step}")
    String step(PlatformApi api, @PathVariable String id, @PathVariable String step, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (!List.of("disabling", "enabling", "deletion").contains(step)) {
            throw new ApiProblem(404, "urn:casemgmt:problem:not-found", null, null, Map.of(), Map.of());
        }
        try {
            if (step.equals("deletion")) {
                api.delete("/api/partners/webhooks/{id}", id);
            } else {
                api.post("/api/partners/webhooks/{id}/" + step, Map.of(), id);
            }
            Forms.notice(redirect, messages.getMessage("webhooks." + step, null, locale));
            return "redirect:/webhooks";
        } catch (ApiProblem problem) {
            show(api, null, model);
            Forms.refused(model, problem, Map.of("eventTypes", "*"));
            return "webhooks/webhooks";
        }
    }

    @PostMapping("/webhooks/{id}/deliveries/{deliveryId}/redelivery")
    String redeliver(PlatformApi api, @PathVariable String id, @PathVariable String deliveryId, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            api.post("/api/partners/webhooks/{id}/deliveries/{delivery}/redelivery", Map.of(), id, deliveryId);
            Forms.notice(redirect, messages.getMessage("webhooks.redelivered", null, locale));
            redirect.addAttribute("deliveriesOf", id);
            return "redirect:/webhooks#deliveries";
        } catch (ApiProblem problem) {
            show(api, id, model);
            Forms.refused(model, problem, Map.of("eventTypes", "*"));
            return "webhooks/webhooks";
        }
    }
}
