package org.casemgmt.platform.documents;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.privacy.PersonalDataSubjects;
import org.casemgmt.platform.web.Problems;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A case's documents at this stage: every call on the audit trail, downloads included. */
@RestController
@RequestMapping("${casemgmt.documents.base-path}/{caseId}/documents")
@Tag(name = "Documents", description = "Files on the case: scanned for viruses, encrypted under the client's key")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
@ApiResponse(responseCode = "404", description = "No case (or document) with this id that the caller may see")
class DocumentController {

    private final CaseDocuments documents;

    DocumentController(CaseDocuments documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Audited(resource = "document", action = AuditAction.CREATE, caseIdParam = "caseId")
    @Operation(operationId = "attachDocument", summary = "Attach a file to the case",
            description = "Multipart form: `file`, `type`, `title`, optional `receivedOn` (date). The file's type is "
                    + "read from its content; it is scanned for viruses and stored only if clean.")
    @ApiResponse(responseCode = "201", description = "Stored; `Location` is the document")
    @ApiResponse(responseCode = "400", description = "No file, empty file, no title, or a date in the future")
    @ApiResponse(responseCode = "409", description = "The case's client was erased (`client-erased`): nothing more is "
            + "kept about them")
    @ApiResponse(responseCode = "413", description = "Larger than allowed (`document-too-large`)")
    @ApiResponse(responseCode = "415", description = "Content of a type not accepted (`unsupported-document-type`)")
    @ApiResponse(responseCode = "422", description = "The virus scanner found something (`document-infected`)")
    @ApiResponse(responseCode = "503", description = "The virus scanner is unavailable (`scanner-unavailable`): "
            + "nothing was stored; retry after `Retry-After`")
    ResponseEntity<DocumentResponse> attach(@PathVariable String caseId, @RequestPart("file") MultipartFile file,
                                            @RequestParam DocumentType type, @RequestParam String title,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                                            HttpServletRequest request) throws IOException {
        CaseDocuments.StoredDocument stored = documents.attach(caseId, type, title, receivedOn,
                file.getOriginalFilename(), file.getBytes());
        PersonalDataSubjects.note(stored.document().getClientId());
        return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + stored.document().getId()))
                .body(DocumentResponse.of(stored));
    }

    @GetMapping
    @Audited(resource = "document", action = AuditAction.READ, caseIdParam = "caseId",
            recordValuesOf = "includeDeleted")
    @Operation(operationId = "listDocuments", summary = "The case's documents at this stage, newest first")
    List<DocumentResponse> list(@PathVariable String caseId,
                                @RequestParam(defaultValue = "false") boolean includeDeleted) {
        List<CaseDocuments.StoredDocument> found = documents.list(caseId, includeDeleted);
        found.forEach(stored -> PersonalDataSubjects.note(stored.document().getClientId()));
        return found.stream().map(DocumentResponse::of).toList();
    }

    @GetMapping("/{documentId}")
    @Audited(resource = "document", action = AuditAction.READ, idParam = "documentId", caseIdParam = "caseId")
    @Operation(operationId = "getDocument", summary = "A document's record (not its content)")
    DocumentResponse get(@PathVariable String caseId, @PathVariable String documentId) {
        CaseDocuments.StoredDocument stored = documents.get(caseId, documentId);
        PersonalDataSubjects.note(stored.document().getClientId());
        return DocumentResponse.of(stored);
    }

    /**
     * Always an attachment, never shown in the page: with {@code nosniff} and a sandbox policy, even a file that
     * slipped past the type check cannot run in the browser of the person who downloads it.
     */
    @GetMapping("/{documentId}/content")
    @Audited(resource = "document", action = AuditAction.READ, operation = "download", idParam = "documentId",
            caseIdParam = "caseId")
    @Operation(operationId = "downloadDocument", summary = "Download a document's content")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment")
    @ApiResponse(responseCode = "410", description = "Deleted (`document-deleted`) or its client erased "
            + "(`client-erased`)")
    ResponseEntity<InputStreamResource> download(@PathVariable String caseId, @PathVariable String documentId) {
        CaseDocuments.Download download = documents.download(caseId, documentId);
        CaseDocument document = download.document().document();
        String fileName = download.document().fileName() == null || download.document().fileName().isBlank()
                ? document.getId() : download.document().fileName();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getContentType()))
                .contentLength(document.getSize())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(new InputStreamResource(download.content()));
    }

    @DeleteMapping("/{documentId}")
    @Audited(resource = "document", action = AuditAction.DELETE, idParam = "documentId", caseIdParam = "caseId")
    @Operation(operationId = "deleteDocument", summary = "Delete a document's content (agency admins)",
            description = "The content is gone for good; the record of what it was and who deleted it stays.")
    @ApiResponse(responseCode = "204", description = "Deleted, or deleted already")
    ResponseEntity<Void> delete(@PathVariable String caseId, @PathVariable String documentId) {
        documents.delete(caseId, documentId);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(DocumentRefusedException refused, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(refused.status(), refused.slug(), refused.title(), refused.getMessage(),
                request.getRequestURI());
        refused.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refused.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refused.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, Problems.OUTAGE_RETRY_AFTER_SECONDS);
        }
        return answer.body(problem);
    }
}
