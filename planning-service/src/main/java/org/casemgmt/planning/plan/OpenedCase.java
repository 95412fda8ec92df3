package org.casemgmt.planning.plan;

/**
 * The case a plan is drafted for, as intake opened it: translated from {@code case.opened} where it is consumed,
 * so that the plan's rules do not change with intake's contract.
 */
record OpenedCase(String caseId, String clientId, String agencyId, String programId, String caseManager) {
}
