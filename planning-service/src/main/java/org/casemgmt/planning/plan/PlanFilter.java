package org.casemgmt.planning.plan;

/** Query parameters of the plan list; each is optional. The list holds only the caller's agency's plans. */
record PlanFilter(String caseId, String caseManager, PlanStatus status) {
}
