package org.casemgmt.planning.plan;

/** Query parameters of the plan list; each is optional. */
record PlanFilter(String caseId, String agencyId, String caseManager, PlanStatus status) {
}
