package org.casemgmt.planning.plan;

/**
 * Who may approve a submitted plan. A supervisor approves a plan someone else submitted; the submitter approves
 * their own plan only in a program that allows self-approval. Anyone else may not, whatever the plan's state.
 */
final class ApprovalRule {

    static final String SUPERVISOR = "SUPERVISOR";

    private ApprovalRule() {
    }

    /** The verdict; {@code refusal} says who may approve instead when not {@code permitted}. */
    record Verdict(boolean permitted, boolean selfApproved, String refusal) {
    }

    /** @param approver who approves; null when the request does not say who it is */
    static Verdict decide(String approver, boolean approverIsSupervisor, String submitter,
                          boolean programAllowsSelfApproval) {
        if (approver == null) {
            return new Verdict(false, false, "An approval must say who approves: send the approver's identity.");
        }
        boolean ownPlan = approver.equals(submitter);
        if (ownPlan && programAllowsSelfApproval) {
            return new Verdict(true, true, null);
        }
        if (ownPlan) {
            return new Verdict(false, false, "You submitted this plan, and its program requires someone else's "
                    + "approval: a supervisor other than " + submitter + " must approve it.");
        }
        if (approverIsSupervisor) {
            return new Verdict(true, false, null);
        }
        return new Verdict(false, false, "Only a supervisor may approve a plan submitted by " + submitter
                + (programAllowsSelfApproval ? " (or " + submitter + " themselves, as the program allows)." : "."));
    }
}
