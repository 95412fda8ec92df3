package org.casemgmt.platform.documents;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.documents.v1.DocumentAttached;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.SubjectErasedException;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;

/**
 * A stage's case documents: a file is checked (size, the type its content shows), scanned, and only if clean stored
 * encrypted with its {@code document.attached}; read, downloaded and deleted under the stage's own rules for the
 * case ({@link DocumentCases}). A file waits in quarantine, in the request alone, until the scanner finds it clean:
 * nothing of it reaches the store, so no one can read a file that was not scanned.
 */
public class CaseDocuments {

    static final int MAX_TITLE_LENGTH = 200;

    private final MongoTemplate mongo;
    private final DocumentBlocks blocks;
    private final PersonalDataCipher cipher;
    private final VirusScanner scanner;
    private final DocumentProperties properties;
    private final DocumentCases cases;
    private final EventRecorder events;
    private final CurrentActor actor;
    private final Clock clock;

    CaseDocuments(MongoTemplate mongo, PersonalDataCipher cipher, VirusScanner scanner, DocumentProperties properties,
                  DocumentCases cases, EventRecorder events, CurrentActor actor, Clock clock) {
        this.mongo = mongo;
        this.blocks = new DocumentBlocks(mongo, cipher);
        this.cipher = cipher;
        this.scanner = scanner;
        this.properties = properties;
        this.cases = cases;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
        // Known to the mapping context from the start, so the outbox relay finds documents' events after a restart.
        mongo.getConverter().getMappingContext().getPersistentEntity(CaseDocument.class);
    }

    /** A new document, what its content showed it to be, or the reason it is refused. */
    public StoredDocument attach(String caseId, DocumentType type, String title, LocalDate receivedOn,
                                 String fileName, byte[] content) {
        new StaffAccess(actor).requireRole(StaffRole.CASE_WORK, "attach documents to a case");
        DocumentCase owner = cases.toAttach(caseId);
        Instant now = clock.instant();
        requireTitle(title);
        LocalDate received = receivedOn != null ? receivedOn : LocalDate.ofInstant(now, clock.getZone());
        if (received.isAfter(LocalDate.ofInstant(now, clock.getZone()))) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "received-in-future", "Received in the future",
                    "receivedOn " + received + " is after today: a document cannot be received before it exists.");
        }
        String contentType = checkedContentType(content);
        VirusScanner.ScanVerdict verdict = scan(content);
        if (verdict.infected()) {
            throw new DocumentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "document-infected",
                    "Infected file refused", "The virus scanner found " + verdict.signature() + " in this file. "
                            + "It was not stored. Do not open it; ask the sender for a clean copy.",
                    Map.of("signature", verdict.signature()));
        }
        String id = "doc-" + UUID.randomUUID();
        CaseDocument document;
        try {
            int stored = blocks.store(id, owner.clientId(), content);
            document = new CaseDocument(id, owner, type, cipher.encrypt(owner.clientId(), title.strip()),
                    cipher.encrypt(owner.clientId(), fileName), received, actor.id(), now,
                    new CaseDocument.StoredFile(content.length, sha256(content), contentType, stored));
        } catch (SubjectErasedException erased) {
            throw new DocumentRefusedException(HttpStatus.CONFLICT, "client-erased", "Client erased",
                    "This case's client was erased: nothing more is kept about them.");
        }
        document.publish(events.record(EventCatalog.DOCUMENT_ATTACHED, caseId, new DocumentAttached(id, caseId,
                owner.clientId(), owner.agencyId(), type.name(), actor.id(), now)));
        return view(mongo.insert(document));
    }

    /** The case's documents, newest first; deleted ones only when asked for. */
    public List<StoredDocument> list(String caseId, boolean withDeleted) {
        DocumentCase owner = readable(caseId);
        Query query = new Query(where("caseId").is(owner.caseId()));
        if (!withDeleted) {
            query.addCriteria(where("deletedAt").is(null));
        }
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "uploadedAt")), CaseDocument.class).stream()
                .map(this::view).toList();
    }

    public StoredDocument get(String caseId, String documentId) {
        return view(find(readable(caseId), documentId));
    }

    /**
     * The content, streamed as it is decrypted.
     *
     * @throws DocumentRefusedException 410 when the document was deleted or its client erased
     */
    public Download download(String caseId, String documentId) {
        CaseDocument document = find(readable(caseId), documentId);
        StoredDocument view = view(document);
        if (document.isDeleted()) {
            throw new DocumentRefusedException(HttpStatus.GONE, "document-deleted", "Document deleted",
                    "This document was deleted by " + document.getDeletedBy() + " on " + document.getDeletedAt()
                            + "; its content is gone.");
        }
        try {
            return new Download(view, blocks.open(document));
        } catch (SubjectErasedException erased) {
            throw clientErased();
        }
    }

    /** Deletes the content for good; the record of what it was, and who deleted it when, stays. */
    public StoredDocument delete(String caseId, String documentId) {
        new StaffAccess(actor).requireRole(StaffRole.ADMINISTRATION, "delete a case document");
        CaseDocument document = find(readable(caseId), documentId);
        if (!document.isDeleted()) {
            blocks.delete(documentId);
            document.deleted(actor.id(), clock.instant());
            document = mongo.save(document);
        }
        return view(document);
    }

    /** The agency's readers by role; a provider only where the stage lets providers read, on its rules. */
    private DocumentCase readable(String caseId) {
        if (!(cases.providersRead() && actor.hasRole(StaffRole.PROVIDER.name()))) {
            new StaffAccess(actor).requireRole(StaffRole.CASE_READING, "read a case's documents");
        }
        return cases.toRead(caseId);
    }

    private CaseDocument find(DocumentCase owner, String documentId) {
        CaseDocument document = mongo.findById(documentId, CaseDocument.class);
        if (document == null || !document.getCaseId().equals(owner.caseId())) {
            throw new ResourceNotFoundException("document", documentId);
        }
        return document;
    }

    private StoredDocument view(CaseDocument document) {
        try {
            return new StoredDocument(document, cipher.decrypt(document.getClientId(), document.getSealedTitle()),
                    cipher.decrypt(document.getClientId(), document.getSealedFileName()), false);
        } catch (SubjectErasedException erased) {
            return new StoredDocument(document, null, null, true);
        }
    }

    private static void requireTitle(String title) {
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE_LENGTH) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "invalid-document-title", "Invalid title",
                    "A document needs a title of 1 to " + MAX_TITLE_LENGTH + " characters, e.g. \"Signed consent "
                            + "form\".");
        }
    }

    private String checkedContentType(byte[] content) {
        if (content.length == 0) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "empty-document", "Empty file",
                    "The file is empty: choose the file again.");
        }
        if (content.length > properties.maxSize().toBytes()) {
            throw tooLarge(properties);
        }
        String contentType = ContentSniffer.mediaType(content);
        if (!properties.allowedTypes().contains(contentType)) {
            throw new DocumentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-document-type",
                    "File type not accepted", "This file's content is " + contentType + ", which is not accepted, "
                            + "whatever its name says. Accepted: " + String.join(", ", properties.allowedTypes())
                            + ".", Map.of("contentType", contentType, "accepted", properties.allowedTypes()));
        }
        return contentType;
    }

    private VirusScanner.ScanVerdict scan(byte[] content) {
        try {
            return scanner.scan(content);
        } catch (VirusScanner.ScannerUnavailableException e) {
            throw new DocumentRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "scanner-unavailable",
                    "Virus scanner unavailable", "The file was not stored: every file is scanned for viruses "
                            + "before it is kept, and the scanner cannot be reached just now. Try again shortly.");
        }
    }

    static DocumentRefusedException tooLarge(DocumentProperties properties) {
        return new DocumentRefusedException(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "File too large",
                "The file is larger than the " + properties.maxSize().toMegabytes() + " MB a document may have.",
                Map.of("maxBytes", properties.maxSize().toBytes()));
    }

    private static DocumentRefusedException clientErased() {
        return new DocumentRefusedException(HttpStatus.GONE, "client-erased", "Client erased",
                "This document's client was erased: its content is gone for good.");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** A document as its readers see it; title and file name null once the client was erased. */
    public record StoredDocument(CaseDocument document, String title, String fileName, boolean clientErased) {
    }

    /** A document's content, to be streamed once and closed. */
    public record Download(StoredDocument document, InputStream content) {
    }
}
