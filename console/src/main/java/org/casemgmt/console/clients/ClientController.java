package org.casemgmt.console.clients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

import static org.casemgmt.console.api.Values.text;
import static org.casemgmt.console.web.Forms.orNull;

/**
 * Registering a client, with intake's duplicate warning: a registration that may be someone already known comes
 * back with the candidates, to open one of them or to confirm it is someone else. Then the client's page, where an
 * intake into a program starts, and where an agency administrator erases a client at their request.
 */
@Controller
class ClientController {

    private final MessageSource messages;

    ClientController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/clients")
    String search(PlatformApi api, @RequestParam(defaultValue = "") String name, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("clients", name.isBlank()
                ? api.page("/api/intake/clients?size=50&sort=registeredAt,desc")
                : api.list("/api/intake/clients/search?name={name}", name));
        return "clients/list";
    }

    @GetMapping("/clients/new")
    String registration(Model model) {
        model.addAttribute("form", Map.of());
        return "clients/new";
    }

    @PostMapping("/clients")
    String register(PlatformApi api, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect, java.util.Locale locale) {
        try {
            Map<String, Object> client = api.post("/api/intake/clients", registration(form));
            Forms.notice(redirect, messages.getMessage("client.registered", null, locale));
            return "redirect:/clients/" + text(client, "id");
        } catch (ApiProblem problem) {
            Forms.refused(model, problem, form);
            model.addAttribute("candidates", problem.property("candidates"));
            return "clients/new";
        }
    }

    static Map<String, Object> registration(Map<String, String> form) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("version", 0);
        client.put("confirmedNotDuplicate", "true".equals(form.get("confirmedNotDuplicate")));
        client.put("givenName", orNull(form.get("givenName")));
        client.put("familyName", orNull(form.get("familyName")));
        client.put("birthDate", orNull(form.get("birthDate")));
        List<Map<String, String>> identifiers = new ArrayList<>();
        if (orNull(form.get("identifierValue")) != null) {
            identifiers.add(Map.of("type", form.getOrDefault("identifierType", "NATIONAL_ID"),
                    "value", form.get("identifierValue").trim()));
        }
        client.put("identifiers", identifiers);
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("phone", orNull(form.get("phone")));
        contact.put("email", orNull(form.get("email")));
        client.put("contact", contact);
        client.put("preferredLanguage", orNull(form.get("preferredLanguage")));
        client.put("residencyArea", orNull(form.get("residencyArea")));
        return client;
    }

    @GetMapping("/clients/{id}")
    String client(PlatformApi api, SignedInUser user, @PathVariable String id, Model model) {
        show(api, id, model);
        model.addAttribute("form", Map.of("caseManager", user.username()));
        return "clients/client";
    }

    private static void show(PlatformApi api, String id, Model model) {
        model.addAttribute("client", api.get("/api/intake/clients/{id}", id));
        model.addAttribute("intakes", api.page("/api/intake/intakes?clientId={id}&size=50", id));
        model.addAttribute("programs", api.list("/api/intake/programs"));
    }

    /**
     * The client's right to erasure: intake destroys the key of their personal data and tells every stage. Asked to
     * be confirmed here first, since nothing brings the person back.
     */
    @PostMapping("/clients/{id}/erasure")
    String erase(PlatformApi api, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            if (!"true".equals(form.get("confirmed"))) {
                throw new ApiProblem(400, "urn:casemgmt:console:erasure-not-confirmed",
                        messages.getMessage("erasure.notConfirmed", null, locale), null,
                        Map.of("confirmed", messages.getMessage("erasure.confirmFirst", null, locale)), Map.of());
            }
            Map<String, Object> erasure = new LinkedHashMap<>();
            erasure.put("reference", orNull(form.get("reference")));
            api.post("/api/intake/clients/{id}/erasure", erasure, id);
            Forms.notice(redirect, messages.getMessage("erasure.done", null, locale));
            return "redirect:/clients/" + id;
        } catch (ApiProblem problem) {
            show(api, id, model);
            Forms.refused(model, problem, form);
            model.addAttribute("problemSection", "erasure");
            return "clients/client";
        }
    }

    @PostMapping("/clients/{id}/intakes")
    String startIntake(PlatformApi api, SignedInUser user, @PathVariable String id,
            @RequestParam Map<String, String> form, Model model) {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("clientId", id);
        start.put("programId", orNull(form.get("programId")));
        start.put("caseManager", form.getOrDefault("caseManager", user.username()));
        try {
            Map<String, Object> intake = api.post("/api/intake/intakes", start);
            return "redirect:/intakes/" + text(intake, "id");
        } catch (ApiProblem problem) {
            show(api, id, model);
            Forms.refused(model, problem, form);
            return "clients/client";
        }
    }
}
