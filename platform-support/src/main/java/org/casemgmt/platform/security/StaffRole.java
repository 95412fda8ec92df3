package org.casemgmt.platform.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles a token's {@code roles} claim may hold, and the groups the services' rules are written in. */
public enum StaffRole {

    /** Works the agency's cases: registers clients, assesses, plans. */
    CASE_WORKER,
    /** A case worker who may also approve plans. */
    SUPERVISOR,
    /** Looks after the agency's configuration and carries out erasure requests; does no case work. */
    AGENCY_ADMIN,
    /** Staff of a partner agency: sees only what a client's consent and a referral share with that agency. */
    PROVIDER,
    /** The data-protection office: reads the audit trail, not the records. */
    AUDITOR;

    /** Who changes case records. */
    public static final Set<StaffRole> CASE_WORK = EnumSet.of(CASE_WORKER, SUPERVISOR);
    /** Who reads the agency's client and case records. */
    public static final Set<StaffRole> CASE_READING = EnumSet.of(CASE_WORKER, SUPERVISOR, AGENCY_ADMIN);
    /** Who changes the agency's configuration: programs, plan settings, goal templates. */
    public static final Set<StaffRole> ADMINISTRATION = EnumSet.of(AGENCY_ADMIN);
}
