package org.casemgmt.console.home;

/**
 * Where a case stands in its lifecycle, from what the stages say about it: intake's status, the plan's status and
 * closure's. One word on the caseload, so that a case worker sees which cases need planning, which are being served
 * and which are closing.
 */
public enum CaseStage {
    INTAKE, PLANNING, SERVICE, CLOSING, CLOSED;

    /**
     * @param intakeStatus intake's status of the case (IN_PROGRESS, OPENED, DECLINED, CLOSED)
     * @param planStatus the current plan version's status, null while none is drafted
     * @param closureStatus closure's status of the case, null while closure does not know it
     * @param closureRequested whether a closure request waits for a supervisor
     */
    public static CaseStage of(String intakeStatus, String planStatus, String closureStatus,
            boolean closureRequested) {
        if ("IN_PROGRESS".equals(intakeStatus)) {
            return INTAKE;
        }
        if ("CLOSED".equals(closureStatus) || "CLOSED".equals(intakeStatus) || "DECLINED".equals(intakeStatus)) {
            return CLOSED;
        }
        if (closureRequested) {
            return CLOSING;
        }
        if ("APPROVED".equals(planStatus) || "ACTIVE".equals(planStatus)) {
            return SERVICE;
        }
        return PLANNING;
    }
}
