package org.casemgmt.console.casefile;

import java.util.Map;

import org.casemgmt.console.api.PlatformApi;
import org.casemgmt.console.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
}
