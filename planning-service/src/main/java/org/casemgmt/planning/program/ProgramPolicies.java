package org.casemgmt.planning.program;

import java.time.Clock;

import org.casemgmt.platform.persistence.ExpectedVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Whether a program lets the case worker who submitted a plan approve it. A program without settings of its own
 * follows {@code planning.self-approval-by-default} (false: a supervisor signs off), so a new program is safe.
 */
@Service
public class ProgramPolicies {

    private final ProgramSettingsRepository settings;
    private final boolean selfApprovalByDefault;
    private final Clock clock;

    ProgramPolicies(ProgramSettingsRepository settings,
                    @Value("${planning.self-approval-by-default:false}") boolean selfApprovalByDefault, Clock clock) {
        this.settings = settings;
        this.selfApprovalByDefault = selfApprovalByDefault;
        this.clock = clock;
    }

    public boolean allowsSelfApproval(String programId) {
        return settings.findById(programId).map(ProgramSettings::isSelfApprovalAllowed).orElse(selfApprovalByDefault);
    }

    SettingsView view(String programId) {
        return settings.findById(programId).map(SettingsView::of)
                .orElseGet(() -> new SettingsView(programId, null, selfApprovalByDefault, true, null, null));
    }

    /** Creates the program's settings (no version yet) or changes them (with the version read). */
    SettingsView change(String programId, Long expectedVersion, boolean allowSelfApproval, String actor) {
        ProgramSettings current = settings.findById(programId).orElseGet(() -> new ProgramSettings(programId));
        ExpectedVersion.checkCreateOrChange("settings of program", programId, current.getVersion(), expectedVersion);
        current.change(allowSelfApproval, actor, clock.instant());
        return SettingsView.of(settings.save(current));
    }
}
