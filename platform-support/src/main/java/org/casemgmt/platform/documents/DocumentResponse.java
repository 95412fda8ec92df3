package org.casemgmt.platform.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case document's record. {@code title} and {@code fileName} are the client's personal data: null, with
 * {@code clientErased} true, once the client was erased. {@code contentType} is what the file's content showed, not
 * what its sender said; {@code sha256} lets a recipient check a download.
 */
record DocumentResponse(String documentId, String caseId, DocumentType type, String title, String fileName,
                        LocalDate receivedOn, String uploadedBy, Instant uploadedAt, long size, String sha256,
                        String contentType, Instant deletedAt, String deletedBy, boolean clientErased) {

    static DocumentResponse of(CaseDocuments.StoredDocument stored) {
        CaseDocument document = stored.document();
        return new DocumentResponse(document.getId(), document.getCaseId(), document.getType(), stored.title(),
                stored.fileName(), document.getReceivedOn(), document.getUploadedBy(), document.getUploadedAt(),
                document.getSize(), document.getSha256(), document.getContentType(), document.getDeletedAt(),
                document.getDeletedBy(), stored.clientErased());
    }
}
