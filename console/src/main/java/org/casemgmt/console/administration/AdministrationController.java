package org.casemgmt.console.administration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.casemgmt.console.api.Values.text;
import static org.casemgmt.console.web.Forms.numberOrText;

/**
 * What an agency administrator sets up: each program's planning settings (whether a case worker may approve their own
 * plan), and the agency's part of the provider directory, imported from an Open Referral HSDS document.
 */
@Controller
class AdministrationController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    AdministrationController(MessageSource messages) {
        this.messages = messages;
    }

    /** A program with its planning settings. */
    public record ProgramRow(Map<String, Object> program, Map<String, Object> settings) {
    }

    @GetMapping("/administration")
    String administration(PlatformApi api, Model model) {
        show(api, model);
        return "administration/administration";
    }

    private static void show(PlatformApi api, Model model) {
        List<ProgramRow> programs = api.list("/api/intake/programs").stream()
                .map(program -> new ProgramRow(program,
                        api.get("/api/planning/programs/{id}/settings", text(program, "id"))))
                .toList();
        model.addAttribute("programs", programs);
    }

    @PostMapping("/administration/programs/{programId}/settings")
    String settings(PlatformApi api, @PathVariable String programId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> settings = new java.util.HashMap<>();
        settings.put("version", numberOrText(form.get("version")));
        settings.put("selfApprovalAllowed", "true".equals(form.get("selfApprovalAllowed")));
        try {
            api.put("/api/planning/programs/{id}/settings", settings, programId);
            Forms.notice(redirect, messages.getMessage("administration.settingsSaved", null, locale));
            return "redirect:/administration#program-" + programId;
        } catch (ApiProblem problem) {
            return again(api, problem, model);
        }
    }

    @PostMapping("/administration/directory")
    String importDirectory(PlatformApi api, @RequestParam("document") MultipartFile document, Model model,
            Locale locale) {
        try {
            Object hsds = read(document, locale);
            model.addAttribute("importReport", api.post("/api/referral/directory/import", hsds));
            show(api, model);
            return "administration/administration";
        } catch (ApiProblem problem) {
            return again(api, problem, model);
        }
    }

    /** The uploaded document as JSON, or the problem a user is shown when it is none. */
    private Object read(MultipartFile document, Locale locale) {
        try {
            return JSON.readValue(new String(document.getBytes(), StandardCharsets.UTF_8), Object.class);
        } catch (IOException | JacksonException unreadable) {
            throw new ApiProblem(400, "urn:casemgmt:console:not-json",
                    messages.getMessage("administration.notJson", null, locale), null, Map.of(), Map.of());
        }
    }

    private static String again(PlatformApi api, ApiProblem problem, Model model) {
        show(api, model);
        Forms.refused(model, problem, Map.of());
        return "administration/administration";
    }
}
