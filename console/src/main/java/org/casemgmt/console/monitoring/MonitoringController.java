package org.casemgmt.console.monitoring;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
 * Following the case: a contact with the client, a progress note, a milestone reached, a measurement against one of the plan's objectives, a standardized
 * instrument administered (its items as the instrument defines them), and the case review completed.
 */
@Controller
class MonitoringController {

    private final CasePage casePage;
    private final MessageSource messages;

    MonitoringController(CasePage casePage, MessageSource messages) {
        this.casePage = casePage;
        this.messages = messages;
    }

    @PostMapping("/cases/{caseId}/contacts")
    String contact(PlatformApi api, SignedInUser user, @PathVariable String caseId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("occurredAt", moment(form.get("occurredAt")));
        contact.put("medium", orNull(form.get("medium")));
        contact.put("contactMade", "true".equals(form.get("contactMade")));
        contact.put("durationMinutes", numberOrText(form.get("durationMinutes")));
        contact.put("summary", orNull(form.get("summary")));
        contact.put("followUpNeeded", "true".equals(form.get("followUpNeeded")));
        return casePage.act(() -> api.post("/api/monitoring/cases/{id}/contacts", contact, caseId), "contact.recorded",
                "contacts", api, user, caseId, form, model, redirect, locale);
    }

    @PostMapping("/cases/{caseId}/notes")
    String note(PlatformApi api, SignedInUser user, @PathVariable String caseId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("text", orNull(form.get("text")));
        note.put("confidential", "true".equals(form.get("confidential")));
        return casePage.act(() -> api.post("/api/monitoring/cases/{id}/notes", note, caseId), "notes.recorded",
                "notes", api, user, caseId, form, model, redirect, locale);
    }

    @PostMapping("/cases/{caseId}/milestones")
    String milestone(PlatformApi api, SignedInUser user, @PathVariable String caseId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> milestone = new LinkedHashMap<>();
        milestone.put("goalId", orNull(form.get("goalId")));
        milestone.put("kind", orNull(form.get("kind")));
        milestone.put("description", orNull(form.get("description")));
        milestone.put("reachedAt", moment(form.get("reachedAt")));
        return casePage.act(() -> api.post("/api/monitoring/cases/{id}/milestones", milestone, caseId),
                "milestones.recorded", "milestones", api, user, caseId, form, model, redirect, locale);
    }

    @PostMapping("/cases/{caseId}/progress")
    String measure(PlatformApi api, SignedInUser user, @PathVariable String caseId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Locale locale) {
        String[] goalAndObjective = form.getOrDefault("objective", "/").split("/", 2);
        Map<String, Object> measurement = new LinkedHashMap<>();
        measurement.put("goalId", orNull(goalAndObjective[0]));
        measurement.put("objectiveId", goalAndObjective.length > 1 ? orNull(goalAndObjective[1]) : null);
        measurement.put("value", numberOrText(form.get("value")));
        measurement.put("note", orNull(form.get("note")));
        return casePage.act(() -> api.post("/api/monitoring/cases/{id}/progress", measurement, caseId), "progress.recorded",
                "progress", api, user, caseId, form, model, redirect, locale);
    }

    @GetMapping("/cases/{caseId}/assessments/new")
    String instrument(PlatformApi api, @PathVariable String caseId, @RequestParam String instrumentId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("instrument", api.get("/api/monitoring/instruments/{id}", instrumentId));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "monitoring/instrument";
    }

    @PostMapping("/cases/{caseId}/assessments")
    String administer(PlatformApi api, @PathVariable String caseId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> instrument = api.get("/api/monitoring/instruments/{id}", form.get("instrumentId"));
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> item : objects(instrument, "items")) {
            String score = form.get("item-" + text(item, "id"));
            if (score != null) {
                answers.add(Map.of("itemId", text(item, "id"), "score", numberOrText(score)));
            }
        }
        try {
            Map<String, Object> scored = api.post("/api/monitoring/cases/{id}/assessments",
                    Map.of("instrumentId", form.get("instrumentId"), "answers", answers), caseId);
            Forms.notice(redirect, messages.getMessage("assessment.scored",
                    new Object[] {text(scored, "instrumentId"), text(scored, "totalScore"), text(scored, "band")},
                    locale));
            return "redirect:/cases/" + caseId + "#assessments";
        } catch (ApiProblem problem) {
            Forms.refused(model, problem, form);
            return instrument(api, caseId, form.get("instrumentId"), model);
        }
    }

    @PostMapping("/cases/{caseId}/reviews/{reviewId}/completion")
    String completeReview(PlatformApi api, SignedInUser user, @PathVariable String caseId,
            @PathVariable String reviewId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, Object> completion = new LinkedHashMap<>();
        completion.put("version", numberOrText(form.get("version")));
        completion.put("outcome", orNull(form.get("outcome")));
        completion.put("notes", orNull(form.get("notes")));
        completion.put("adjustments", List.of());
        return casePage.act(() -> api.post("/api/monitoring/cases/{id}/reviews/{review}/completion", completion, caseId,
                reviewId), "review.completed", "review", api, user, caseId, form, model, redirect, locale);
    }

    /** A date and time field ({@code datetime-local}, the user's zone) as the instant the API takes. */
    static String moment(String local) {
        if (Forms.blank(local)) {
            return Instant.now().toString();
        }
        try {
            return LocalDateTime.parse(local).atZone(ZoneId.systemDefault()).toInstant().toString();
        } catch (java.time.format.DateTimeParseException unreadable) {
            return local;
        }
    }
}
