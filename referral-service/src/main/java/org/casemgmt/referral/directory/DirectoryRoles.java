package org.casemgmt.referral.directory;

import java.util.EnumSet;
import java.util.Set;

import org.casemgmt.platform.security.StaffRole;

/** Who may do what with the directory; which agency's entries they may change is the services' to check. */
final class DirectoryRoles {

    /** Everyone who refers or is referred to; an auditor reads the audit trail, not the records. */
    static final Set<StaffRole> READING = EnumSet.of(StaffRole.CASE_WORKER, StaffRole.SUPERVISOR,
            StaffRole.AGENCY_ADMIN, StaffRole.PROVIDER);
    /** A service's capacity is reported by its provider's staff, or by their agency's administrators. */
    static final Set<StaffRole> CAPACITY_REPORTING = EnumSet.of(StaffRole.PROVIDER, StaffRole.AGENCY_ADMIN);

    private DirectoryRoles() {
    }
}
