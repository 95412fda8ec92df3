package org.casemgmt.planning.goal;

/** Who carries a goal forward; a PROVIDER is named by its role (e.g. housing-navigator) until referral finds one. */
public enum ResponsibleParty {
    CLIENT,
    CASE_WORKER,
    PROVIDER
}
