package org.casemgmt.platform.documents;

import org.casemgmt.platform.casefile.KnownCase;

/**
 * The case a document belongs to, as the stage found it for the current actor: whose client (the key the file is
 * encrypted under) and which agency owns it.
 */
public record DocumentCase(String caseId, String clientId, String agencyId) {

    /** A stage's own file of the case, as every stage downstream of intake keeps one. */
    public static DocumentCase of(KnownCase file) {
        return new DocumentCase(file.getCaseId(), file.getClientId(), file.getAgencyId());
    }
}
