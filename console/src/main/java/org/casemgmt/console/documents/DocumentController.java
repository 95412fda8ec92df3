package org.casemgmt.console.documents;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.casemgmt.console.api.ApiProblem;
import org.casemgmt.console.api.PlatformApi;
import org.casemgmt.console.casefile.CasePage;
import org.casemgmt.console.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.casemgmt.console.web.Forms.orNull;

/**
 * A case's documents: a file attached on the case page goes, as the browser sent it, to the stage that keeps the case's
 * documents while it is served (monitoring; the platform scans it, checks its type and size, and encrypts it); each
 * stage's documents are listed on the case page and downloaded through the console, streamed.
 */
@Controller
class DocumentController {

    private final CasePage casePage;

    DocumentController(CasePage casePage) {
        this.casePage = casePage;
    }

    @PostMapping("/cases/{caseId}/documents")
    String attach(PlatformApi api, SignedInUser user, @PathVariable String caseId,
            @RequestParam(required = false) MultipartFile file, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect, Locale locale) {
        MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        if (file != null && !file.isEmpty()) {
            // The upload's own resource: it knows its length and name, and is read once, as it is sent on.
            upload.add("file", file.getResource());
        }
        upload.add("type", form.getOrDefault("type", "OTHER"));
        upload.add("title", form.getOrDefault("title", ""));
        if (orNull(form.get("receivedOn")) != null) {
            upload.add("receivedOn", form.get("receivedOn"));
        }
        return casePage.act(() -> api.postForm("/api/monitoring/cases/{id}/documents", upload, caseId),
                "documents.attached", "documents", api, user, caseId, form, model, redirect, locale);
    }

    /** One stage's document, from that stage's API: {@code stage} is one of the stages that keep documents. */
    @GetMapping("/cases/{caseId}/documents/{stage}/{documentId}")
    void download(PlatformApi api, @PathVariable String caseId, @PathVariable String stage,
            @PathVariable String documentId, HttpServletResponse response) {
        String path = switch (stage) {
            case "intake" -> "/api/intake/intakes/{case}/documents/{document}/content";
            case "referral", "monitoring", "closure" -> "/api/" + stage + "/cases/{case}/documents/{document}/content";
            default -> throw new ApiProblem(404, "urn:casemgmt:problem:not-found", null, null, Map.of(), Map.of());
        };
        api.download(path, response, caseId, documentId);
    }
}
