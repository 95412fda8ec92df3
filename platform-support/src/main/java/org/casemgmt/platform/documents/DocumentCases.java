package org.casemgmt.platform.documents;

/**
 * How a stage that keeps case documents answers who may touch them: the same role, agency and consent rules as its
 * own records of the case, so a document is never easier to reach than the case it belongs to. A stage offers the
 * document endpoints by declaring one of these as a bean and {@code casemgmt.documents.base-path}.
 *
 * <p>Each method answers the case or throws what the stage's own case endpoints throw: 404
 * ({@code ResourceNotFoundException}) for a case the actor may not see, exactly as for one that does not exist, and
 * 403 ({@code NotPermittedException}) for a role that may not do this at all.
 */
public interface DocumentCases {

    /** The case, if the actor (who does case work: checked before) may attach documents to it. */
    DocumentCase toAttach(String caseId);

    /**
     * The case, if the actor may read its documents: the agency's staff (their role checked before), or, where
     * {@link #providersRead}, a provider the stage's rules share the case with.
     */
    DocumentCase toRead(String caseId);

    /** Whether a provider may read documents at this stage at all (the stage's rules then say which cases). */
    default boolean providersRead() {
        return false;
    }
}
