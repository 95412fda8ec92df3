package org.casemgmt.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.audit.AuditEntry;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.testing.EmbeddedClamd;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * Case documents as a stage offers them (the sample's rules for who sees its cases), over HTTP on a real port, with
 * the real clamd: what a case worker attaches comes back byte for byte and is in the store only encrypted; what the
 * scanner, the size limit or the type check refuse is a problem document and leaves nothing behind.
 */
@SampleServiceTest
class DocumentsIT {

    private static final String WORKER = TestIssuer.shared().bearer("worker-7", "agency-1", "CASE_WORKER");
    private static final String ADMIN = TestIssuer.shared().bearer("admin-1", "agency-1", "AGENCY_ADMIN");
    private static final String SHARED_PROVIDER = TestIssuer.shared().bearer("provider-1",
            SampleDocumentCases.SHARED_WITH, "PROVIDER");
    private static final String OTHER_PROVIDER = TestIssuer.shared().bearer("provider-2", "food-bank", "PROVIDER");
    private static final String OTHER_AGENCY = TestIssuer.shared().bearer("worker-9", "agency-2", "CASE_WORKER");
    private static final String AUDITOR = TestIssuer.shared().bearer("auditor-1", "agency-1", "AUDITOR");
    /** What the scan of a client's ID holds, which must never be in the store in clear. */
    private static final String ID_CARD = "%PDF-1.7\nIdentity card: Zoe Obrien-Nunez, born 1990-04-01\n%%EOF\n";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    SwitchableScanner scanner;

    @AfterEach
    void scannerBack() {
        scanner.down(false);
    }

    @Test
    void anAttachedScanComesBackByteForByteAsAnAttachmentAndIsStoredOnlyEncrypted() {
        String caseId = openCase();

        ResponseEntity<JsonNode> attached = attach(caseId, WORKER, ID_CARD.getBytes(StandardCharsets.UTF_8),
                "id-card.txt", "IDENTITY_DOCUMENT", "Zoe's identity card", null);

        assertThat(attached.getStatusCode().value()).isEqualTo(201);
        JsonNode document = attached.getBody();
        String documentId = document.get("documentId").asString();
        assertThat(attached.getHeaders().getLocation()).hasPath("/api/sample/cases/" + caseId + "/documents/"
                + documentId);
        assertThat(document.get("contentType").asString()).as("read from the content, not the name")
                .isEqualTo("application/pdf");
        assertThat(document.get("title").asString()).isEqualTo("Zoe's identity card");
        assertThat(document.get("fileName").asString()).isEqualTo("id-card.txt");
        assertThat(document.get("uploadedBy").asString()).isEqualTo("worker-7");
        assertThat(document.get("size").asLong()).isEqualTo(ID_CARD.length());
        assertThat(document.get("receivedOn").isNull()).isFalse();

        ResponseEntity<byte[]> download = http().get().uri(documentPath(caseId, documentId) + "/content")
                .header(HttpHeaders.AUTHORIZATION, WORKER).retrieve().toEntity(byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo(ID_CARD);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;").contains("id-card.txt");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getFirst("Content-Security-Policy")).startsWith("sandbox");

        assertThat(storedBytes(documentId)).as("the store holds the file only encrypted")
                .doesNotContain("Obrien", "1990-04-01", "Identity card");
        assertThat(mongo.findById(documentId, Document.class, "case_documents").toJson())
                .doesNotContain("Zoe", "id-card");

        assertThat(listed(caseId, WORKER)).containsExactly(documentId);
        var announced = new TopicProbe(bootstrapServers).awaitRecords(EventCatalog.DOCUMENT_ATTACHED.topic(), caseId,
                1).getFirst();
        assertThat(announced.body()).contains(documentId, "IDENTITY_DOCUMENT", SampleDocumentCases.clientOf(caseId))
                .doesNotContain("Zoe", "id-card");
        assertThat(auditedOperations(documentId)).contains("download");
    }

    @Test
    void aFileOfManyBlocksComesBackWhole() {
        String caseId = openCase();
        byte[] large = new byte[700_000];
        byte[] start = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31 + 7);
        }
        System.arraycopy(start, 0, large, 0, start.length);

        String documentId = attach(caseId, WORKER, large, "scan.pdf", "EVIDENCE", "Tenancy agreement", "2026-12-01")
                .getBody().get("documentId").asString();

        byte[] back = http().get().uri(documentPath(caseId, documentId) + "/content")
                .header(HttpHeaders.AUTHORIZATION, WORKER).retrieve().body(byte[].class);
        assertThat(back).isEqualTo(large);
        assertThat(mongo.count(new Query(where("documentId").is(documentId)), "case_document_blocks")).isEqualTo(3);
    }

    @Test
    void theEicarTestFileIsRefusedAsInfectedAndNothingIsKept() {
        String caseId = openCase();

        ResponseEntity<JsonNode> refused = attach(caseId, WORKER, EmbeddedClamd.EICAR.getBytes(StandardCharsets.US_ASCII),
                "invoice.txt", "CORRESPONDENCE", "Invoice", null);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("type").asString()).endsWith("document-infected");
        assertThat(refused.getBody().get("signature").asString()).startsWith("Eicar-Test-Signature");
        assertThat(refused.getBody().get("detail").asString()).contains("not stored");
        assertThat(listed(caseId, WORKER)).isEmpty();
        assertThat(mongo.count(new Query(where("caseId").is(caseId)), "case_documents")).isZero();
    }

    @Test
    void whileTheScannerIsDownNothingIsAcceptedUnscanned() {
        String caseId = openCase();
        scanner.down(true);

        ResponseEntity<JsonNode> refused = attach(caseId, WORKER, ID_CARD.getBytes(StandardCharsets.UTF_8),
                "id.pdf", "IDENTITY_DOCUMENT", "ID", null);

        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getBody().get("type").asString()).endsWith("scanner-unavailable");
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(listed(caseId, WORKER)).isEmpty();
    }

    @Test
    void aFileOverTheLimitOrOfATypeNotAcceptedIsAProblemDocument() {
        String caseId = openCase();
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'a');

        ResponseEntity<JsonNode> oversize = attach(caseId, WORKER, tooLarge, "big.txt", "OTHER", "Big", null);
        ResponseEntity<JsonNode> page = attach(caseId, WORKER,
                "<html><script>steal()</script></html>".getBytes(StandardCharsets.UTF_8), "scan.pdf", "OTHER",
                "Looks like a PDF", null);
        ResponseEntity<JsonNode> program = attach(caseId, WORKER, new byte[] {'M', 'Z', (byte) 0x90, 0, 3},
                "form.pdf", "OTHER", "A program", null);
        ResponseEntity<JsonNode> untitled = attach(caseId, WORKER, ID_CARD.getBytes(StandardCharsets.UTF_8),
                "id.pdf", "OTHER", " ", null);

        assertThat(oversize.getStatusCode().value()).isEqualTo(413);
        assertThat(oversize.getBody().get("type").asString()).endsWith("document-too-large");
        assertThat(oversize.getBody().get("maxBytes").asLong()).isEqualTo(10 * 1024 * 1024);
        assertThat(oversize.getBody().get("detail").asString()).contains("10 MB");
        assertThat(page.getStatusCode().value()).isEqualTo(415);
        assertThat(page.getBody().get("type").asString()).endsWith("unsupported-document-type");
        assertThat(page.getBody().get("contentType").asString()).isEqualTo("text/html");
        assertThat(program.getStatusCode().value()).isEqualTo(415);
        assertThat(untitled.getStatusCode().value()).isEqualTo(400);
        assertThat(listed(caseId, WORKER)).isEmpty();
    }

    @Test
    void documentsFollowTheCasesRules() {
        String caseId = openCase();
        String documentId = attach(caseId, WORKER, ID_CARD.getBytes(StandardCharsets.UTF_8), "consent.pdf",
                "CONSENT_FORM", "Signed consent", null).getBody().get("documentId").asString();

        assertThat(listed(caseId, SHARED_PROVIDER)).as("the consent shares the case with this provider")
                .containsExactly(documentId);
        assertThat(status(documentPath(caseId, documentId) + "/content", OTHER_PROVIDER)).isEqualTo(404);
        assertThat(status(documentPath(caseId, documentId), OTHER_AGENCY)).isEqualTo(404);
        assertThat(status(documentsPath(caseId), AUDITOR)).isEqualTo(403);
        assertThat(attach(caseId, SHARED_PROVIDER, ID_CARD.getBytes(StandardCharsets.UTF_8), "x.pdf", "OTHER", "x",
                null).getStatusCode().value()).isEqualTo(403);
        assertThat(status(documentPath(openCase(), documentId), WORKER)).as("another case's document").isEqualTo(404);
    }

    @Test
    void erasingTheClientMakesEveryDocumentUnreadable() {
        String caseId = openCase();
        String documentId = attach(caseId, WORKER, ID_CARD.getBytes(StandardCharsets.UTF_8), "id.pdf",
                "IDENTITY_DOCUMENT", "ID card", null).getBody().get("documentId").asString();

        cipher.erase(SampleDocumentCases.clientOf(caseId));

        ResponseEntity<JsonNode> content = http().get().uri(documentPath(caseId, documentId) + "/content")
                .header(HttpHeaders.AUTHORIZATION, WORKER).retrieve().toEntity(JsonNode.class);
        assertThat(content.getStatusCode().value()).isEqualTo(410);
        assertThat(content.getBody().get("type").asString()).endsWith("client-erased");
        JsonNode record = get(documentPath(caseId, documentId), WORKER);
        assertThat(record.get("clientErased").asBoolean()).isTrue();
        assertThat(record.get("title").isNull()).isTrue();
        assertThat(record.get("type").asString()).as("what statistics need stays").isEqualTo("IDENTITY_DOCUMENT");
    }

    @Test
    void anAgencyAdminDeletesTheContentAndTheRecordOfItStays() {
        String caseId = openCase();
        String documentId = attach(caseId, WORKER, ID_CARD.getBytes(StandardCharsets.UTF_8), "id.pdf",
                "IDENTITY_DOCUMENT", "Wrong client's ID", null).getBody().get("documentId").asString();

        assertThat(delete(caseId, documentId, WORKER)).isEqualTo(403);
        assertThat(delete(caseId, documentId, ADMIN)).isEqualTo(204);
        assertThat(delete(caseId, documentId, ADMIN)).as("idempotent").isEqualTo(204);

        assertThat(status(documentPath(caseId, documentId) + "/content", WORKER)).isEqualTo(410);
        assertThat(listed(caseId, WORKER)).isEmpty();
        assertThat(get(documentsPath(caseId) + "?includeDeleted=true", WORKER).get(0).get("deletedBy").asString())
                .isEqualTo("admin-1");
        assertThat(mongo.count(new Query(where("documentId").is(documentId)), "case_document_blocks")).isZero();
    }

    @Test
    void anUploadSentAgainWithItsIdempotencyKeyIsStoredOnce() {
        String caseId = openCase();
        MultiValueMap<String, Object> form = form(ID_CARD.getBytes(StandardCharsets.UTF_8), "id.pdf",
                "IDENTITY_DOCUMENT", "ID card", null);

        // Each request gets a boundary of its own, as a client retrying after a lost answer sends.
        JsonNode first = http().post().uri(documentsPath(caseId)).header(HttpHeaders.AUTHORIZATION, WORKER)
                .header("Idempotency-Key", "upload-" + caseId).contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .retrieve().body(JsonNode.class);
        ResponseEntity<JsonNode> again = http().post().uri(documentsPath(caseId))
                .header(HttpHeaders.AUTHORIZATION, WORKER).header("Idempotency-Key", "upload-" + caseId)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(JsonNode.class);

        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getBody().get("documentId")).isEqualTo(first.get("documentId"));
        assertThat(listed(caseId, WORKER)).hasSize(1);
    }

    private ResponseEntity<JsonNode> attach(String caseId, String token, byte[] content, String fileName, String type,
                                            String title, String receivedOn) {
        return http().post().uri(documentsPath(caseId)).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form(content, fileName, type, title, receivedOn))
                .retrieve().toEntity(JsonNode.class);
    }

    private static MultiValueMap<String, Object> form(byte[] content, String fileName, String type, String title,
                                                      String receivedOn) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        form.add("type", type);
        form.add("title", title);
        if (receivedOn != null) {
            form.add("receivedOn", receivedOn);
        }
        return form;
    }

    private List<String> listed(String caseId, String token) {
        return get(documentsPath(caseId), token).valueStream().map(document -> document.get("documentId").asString())
                .toList();
    }

    private JsonNode get(String path, String token) {
        return http().get().uri(path).header(HttpHeaders.AUTHORIZATION, token).retrieve().body(JsonNode.class);
    }

    private int status(String path, String token) {
        return http().get().uri(path).header(HttpHeaders.AUTHORIZATION, token).retrieve().toBodilessEntity()
                .getStatusCode().value();
    }

    private int delete(String caseId, String documentId, String token) {
        return http().delete().uri(documentPath(caseId, documentId)).header(HttpHeaders.AUTHORIZATION, token)
                .retrieve().toBodilessEntity().getStatusCode().value();
    }

    private String storedBytes(String documentId) {
        StringBuilder all = new StringBuilder();
        mongo.find(new Query(where("documentId").is(documentId)), Document.class, "case_document_blocks")
                .forEach(block -> all.append(new String(block.get("data", Binary.class).getData(),
                        StandardCharsets.ISO_8859_1)));
        return all.toString();
    }

    private List<String> auditedOperations(String documentId) {
        return mongo.find(new Query(where("resourceId").is(documentId)), Document.class, AuditEntry.COLLECTION)
                .stream().map(entry -> String.valueOf(entry.get("operation"))).toList();
    }

    private static String documentsPath(String caseId) {
        return "/api/sample/cases/" + caseId + "/documents";
    }

    private static String documentPath(String caseId, String documentId) {
        return documentsPath(caseId) + "/" + documentId;
    }

    private String openCase() {
        ResponseEntity<JsonNode> opened = http().post().uri("/api/sample/cases").header(HttpHeaders.AUTHORIZATION, WORKER)
                .contentType(MediaType.APPLICATION_JSON).body("{\"agencyId\":\"agency-1\"}")
                .retrieve().toEntity(JsonNode.class);
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        return opened.getBody().get("caseId").asString();
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }
}
