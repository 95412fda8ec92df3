package org.casemgmt.console.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casemgmt.console.api.ApiProblem;
import org.casemgmt.console.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import static org.casemgmt.console.api.Values.number;
import static org.casemgmt.console.api.Values.object;
import static org.casemgmt.console.web.Forms.blank;

/**
 * An auditor's view of a stage's hash-chained audit trail: who read or changed which of the agency's records, filtered
 * as the platform allows (resource, actor, days), the latest page first; and whether every chain is intact.
 */
@Controller
class AuditTrailController {

    /** The stages whose trails an auditor reads, by the segment of their API's path. */
    static final List<String> STAGES = List.of("intake", "planning", "referral", "monitoring", "closure", "partners");
    static final List<String> FILTERS = List.of("resourceType", "resourceId", "actor", "from", "to");
    private static final int PAGE_SIZE = 50;

    @GetMapping("/audit")
    String trail(PlatformApi api, @RequestParam(defaultValue = "intake") String stage,
            @RequestParam Map<String, String> form, @RequestParam(required = false) Integer page, Model model) {
        if (!STAGES.contains(stage)) {
            throw new ApiProblem(404, "urn:casemgmt:problem:not-found", null, null, Map.of(), Map.of());
        }
        Map<String, String> filters = new LinkedHashMap<>();
        FILTERS.forEach(filter -> {
            if (!blank(form.get(filter))) {
                filters.put(filter, form.get(filter).trim());
            }
        });
        Map<String, Object> entries = entries(api, stage, filters, page == null ? 0 : page);
        long totalPages = totalPages(entries);
        if (page == null && totalPages > 1) {
            page = (int) totalPages - 1; // the latest entries: the platform lists them oldest first
            entries = entries(api, stage, filters, page);
        }
        model.addAttribute("stage", stage);
        model.addAttribute("stages", STAGES);
        model.addAttribute("filters", filters);
        model.addAttribute("entries", entries.getOrDefault("content", List.of()));
        int shown = page == null ? 0 : page;
        model.addAttribute("page", shown);
        model.addAttribute("totalPages", totalPages);
        model.addAttribute("olderPage", shown > 0 ? pageLink(stage, filters, shown - 1) : null);
        model.addAttribute("newerPage", shown + 1 < totalPages ? pageLink(stage, filters, shown + 1) : null);
        model.addAttribute("verification", api.get("/api/{stage}/audit/verification", stage));
        return "audit/trail";
    }

    /** One page of entries, with only the filters given: an empty one would match nothing. */
    private static Map<String, Object> entries(PlatformApi api, String stage, Map<String, String> filters, int page) {
        StringBuilder path = new StringBuilder("/api/{stage}/audit/entries?size={size}&page={page}");
        List<Object> values = new ArrayList<>(List.of(stage, PAGE_SIZE, page));
        filters.forEach((filter, value) -> {
            path.append('&').append(filter).append("={").append(filter).append('}');
            values.add(value);
        });
        return api.get(path.toString(), values.toArray());
    }

    /** This page's address for another page of the same entries: the filters given, and no empty one. */
    private static String pageLink(String stage, Map<String, String> filters, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/audit").queryParam("stage", stage);
        filters.forEach(link::queryParam);
        return link.queryParam("page", page).encode().build().toUriString();
    }

    private static long totalPages(Map<String, Object> entries) {
        Long total = number(object(entries, "page"), "totalPages");
        return total == null ? 1 : total;
    }
}
