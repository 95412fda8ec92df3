package org.casemgmt.platform.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A document on a case, as the stage keeps it: what it is, who attached it and when, the facts of the file (size,
 * checksum, the type its content showed), and its title and file name encrypted under the client's key. The content
 * lives in {@link DocumentBlocks}, under the same key. A document is stored only once the scanner found it clean, and
 * its {@code document.attached} waits in its own outbox, written in the same save.
 */
@Document(CaseDocument.COLLECTION)
public class CaseDocument implements HasOutbox {

    static final String COLLECTION = "case_documents";

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String caseId;
    private String clientId;
    private String agencyId;
    private DocumentType type;
    private String sealedTitle;
    private String sealedFileName;
    private LocalDate receivedOn;
    private String uploadedBy;
    private Instant uploadedAt;
    private long size;
    private String sha256;
    private String contentType;
    private int blocks;
    private Instant deletedAt;
    private String deletedBy;
    private List<PendingEvent> outbox = new ArrayList<>();

    CaseDocument() {
    }

    CaseDocument(String id, DocumentCase owner, DocumentType type, String sealedTitle, String sealedFileName,
                 LocalDate receivedOn, String uploadedBy, Instant uploadedAt, StoredFile file) {
        this.id = id;
        this.caseId = owner.caseId();
        this.clientId = owner.clientId();
        this.agencyId = owner.agencyId();
        this.type = type;
        this.sealedTitle = sealedTitle;
        this.sealedFileName = sealedFileName;
        this.receivedOn = receivedOn;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.size = file.size();
        this.sha256 = file.sha256();
        this.contentType = file.contentType();
        this.blocks = file.blocks();
    }

    void deleted(String by, Instant at) {
        this.deletedBy = by;
        this.deletedAt = at;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    /** What the stored content is. */
    record StoredFile(long size, String sha256, String contentType, int blocks) {
    }

    public String getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getClientId() {
        return clientId;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public DocumentType getType() {
        return type;
    }

    String getSealedTitle() {
        return sealedTitle;
    }

    String getSealedFileName() {
        return sealedFileName;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    int getBlocks() {
        return blocks;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }
}
