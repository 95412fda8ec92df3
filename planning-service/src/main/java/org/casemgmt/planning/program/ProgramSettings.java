package org.casemgmt.planning.program;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** How planning works in one program, held as data; intake owns the program itself. */
@Document("program_settings")
class ProgramSettings {

    @Id
    private String programId;
    @Version
    private Long version;
    private boolean selfApprovalAllowed;
    private Instant updatedAt;
    private String updatedBy;

    ProgramSettings() {
    }

    ProgramSettings(String programId) {
        this.programId = programId;
    }

    void change(boolean allowSelfApproval, String actor, Instant at) {
        selfApprovalAllowed = allowSelfApproval;
        updatedBy = actor;
        updatedAt = at;
    }

    String getProgramId() {
        return programId;
    }

    Long getVersion() {
        return version;
    }

    boolean isSelfApprovalAllowed() {
        return selfApprovalAllowed;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
