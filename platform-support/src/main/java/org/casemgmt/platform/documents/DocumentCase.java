package org.casemgmt.platform.documents;

/**
 * The case a document belongs to, as the stage found it for the current actor: whose client (the key the file is
 * encrypted under) and which agency owns it.
 */
public record DocumentCase(String caseId, String clientId, String agencyId) {
}
