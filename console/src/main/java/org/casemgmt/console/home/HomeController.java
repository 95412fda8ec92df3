package org.casemgmt.console.home;

import org.casemgmt.console.api.PlatformApi;
import org.casemgmt.console.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home screen: what needs the signed-in user now. A case worker's caseload and queue; a provider's referrals.
 * The two tables come again as fragments, which the page fetches anew when the live stream says a case changed.
 */
@Controller
class HomeController {

    private final Caseloads caseloads;

    HomeController(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    @GetMapping("/")
    String home(PlatformApi api, SignedInUser user, @RequestParam(defaultValue = "false") boolean wholeAgency,
            Model model) {
        if (user.isProvider()) {
            return "redirect:/referrals";
        }
        if (user.isAuditor() && !user.isCaseWorker()) {
            return "redirect:/audit";
        }
        model.addAttribute("caseload", caseloads.caseload(api, user, wholeAgency));
        model.addAttribute("wholeAgency", wholeAgency);
        model.addAttribute("queue", caseloads.queue(api, user, caseloads.caseLabels(api)));
        return "home/home";
    }

    @GetMapping("/home/caseload")
    String caseload(PlatformApi api, SignedInUser user, @RequestParam(defaultValue = "false") boolean wholeAgency,
            Model model) {
        model.addAttribute("caseload", caseloads.caseload(api, user, wholeAgency));
        model.addAttribute("wholeAgency", wholeAgency);
        return "home/home :: caseload";
    }

    @GetMapping("/home/queue")
    String queue(PlatformApi api, SignedInUser user, Model model) {
        model.addAttribute("queue", caseloads.queue(api, user, caseloads.caseLabels(api)));
        return "home/home :: queue";
    }
}
