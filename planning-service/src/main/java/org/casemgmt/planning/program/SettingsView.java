package org.casemgmt.planning.program;

import java.time.Instant;

/**
 * @param version     null while the program follows the default (PUT without a version creates its settings)
 * @param defaultUsed true when the program has no settings of its own
 */
record SettingsView(String programId, Long version, boolean selfApprovalAllowed, boolean defaultUsed,
                    Instant updatedAt, String updatedBy) {

    static SettingsView of(ProgramSettings settings) {
        return new SettingsView(settings.getProgramId(), settings.getVersion(), settings.isSelfApprovalAllowed(), false,
                settings.getUpdatedAt(), settings.getUpdatedBy());
    }
}
