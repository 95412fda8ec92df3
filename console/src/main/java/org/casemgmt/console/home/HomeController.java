package org.casemgmt.console.home;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<CaseloadRow> visible = caseloads.caseload(api, user, wholeAgency || user.isSupervisor());
        model.addAttribute("caseload", mineUnless(wholeAgency, visible, user));
        model.addAttribute("wholeAgency", wholeAgency);
        model.addAttribute("queue", caseloads.queue(api, user, labels(visible)));
        return "home/home";
    }

    @GetMapping("/home/caseload")
    String caseload(PlatformApi api, SignedInUser user, @RequestParam(defaultValue = "false") boolean wholeAgency,
            Model model) {
        model.addAttribute("caseload", mineUnless(wholeAgency, caseloads.caseload(api, user, wholeAgency), user));
        model.addAttribute("wholeAgency", wholeAgency);
        return "home/home :: caseload";
    }

    @GetMapping("/home/queue")
    String queue(PlatformApi api, SignedInUser user, Model model) {
        model.addAttribute("queue", caseloads.queue(api, user,
                labels(caseloads.caseload(api, user, user.isSupervisor()))));
        return "home/home :: queue";
    }

    /**
     * A supervisor's queue names the cases of their whole team, so their caseload is read for the agency; the table
     * still shows their own unless they ask for everyone's.
     */
    private static List<CaseloadRow> mineUnless(boolean wholeAgency, List<CaseloadRow> rows, SignedInUser user) {
        return wholeAgency ? rows : rows.stream().filter(row -> user.username().equals(row.caseManager())).toList();
    }

    private static Map<String, String> labels(List<CaseloadRow> caseload) {
        Map<String, String> labels = new LinkedHashMap<>();
        caseload.forEach(row -> labels.put(row.caseId(), row.clientName() == null ? row.caseId() : row.clientName()));
        return labels;
    }
}
