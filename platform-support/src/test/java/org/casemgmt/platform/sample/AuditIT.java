package org.casemgmt.platform.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.audit.AuditEntry;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The audit trail of a service: what an audited request leaves, what reaches Kafka, and what an auditor sees. */
@SampleServiceTest
class AuditIT {

    private static final String AUDIT = "/api/platform-sample/audit";
    private static final String WORKER = TestIssuer.shared().bearer("worker-8", "agency-1", "CASE_WORKER");

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MongoTemplate mongo;

    @Test
    void readingACaseRecordsWhoForWhichAgencyWhatAndTheOutcome() {
        String caseId = openCase();

        ResponseEntity<JsonNode> read = http().get().uri("/api/sample/cases/" + caseId)
                .header("Authorization", WORKER)
                .header("X-Correlation-Id", "corr-read-" + caseId).retrieve().toEntity(JsonNode.class);

        assertThat(read.getStatusCode().value()).isEqualTo(200);
        List<JsonNode> entries = entriesOf(caseId);
        assertThat(entries).extracting(e -> e.get("action").asString()).containsExactly("CREATE", "READ");
        JsonNode reading = entries.getLast();
        assertThat(reading.get("actorId").asString()).isEqualTo("worker-8");
        assertThat(reading.get("agencyId").asString()).isEqualTo("agency-1");
        assertThat(reading.get("resourceType").asString()).isEqualTo("case");
        assertThat(reading.get("caseId").asString()).isEqualTo(caseId);
        assertThat(reading.get("method").asString()).isEqualTo("GET");
        assertThat(reading.get("path").asString()).isEqualTo("/api/sample/cases/" + caseId);
        assertThat(reading.get("status").asInt()).isEqualTo(200);
        assertThat(reading.get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(reading.get("correlationId").asString()).isEqualTo("corr-read-" + caseId);
        assertThat(reading.get("previousHash").asString()).hasSize(64);
        assertThat(entries.getFirst().get("status").asInt()).as("the created case's id comes from Location")
                .isEqualTo(201);
    }

    @Test
    void entriesAreFoundByTheDayTheyWereRecordedOn() {
        String caseId = openCase();
        LocalDate today = LocalDate.ofInstant(
                Instant.parse(entriesOf(caseId).getFirst().get("occurredAt").asString()), ZoneOffset.UTC);

        JsonNode recordedToday = asAuditor(AUDIT + "/entries?resourceId=" + caseId + "&from=" + today + "&to=" + today);
        JsonNode recordedLater = asAuditor(AUDIT + "/entries?resourceId=" + caseId + "&from=" + today.plusDays(1));

        assertThat(recordedToday.get("content").values()).hasSize(1);
        assertThat(recordedLater.get("content").values()).isEmpty();
    }

    @Test
    void aReadThatFailsIsRecordedWithItsStatus() {
        String unknown = "case-" + UUID.randomUUID();

        assertThat(http().get().uri("/api/sample/cases/" + unknown).header("Authorization", WORKER)
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(404);

        assertThat(entriesOf(unknown)).singleElement().satisfies(entry -> {
            assertThat(entry.get("status").asInt()).isEqualTo(404);
            assertThat(entry.get("outcome").asString()).isEqualTo("FAILED");
        });
    }

    @Test
    void everyEntryReachesAuditRecordedAsACloudEventValidAgainstItsSchema() {
        String caseId = openCase();
        http().get().uri("/api/sample/cases/" + caseId).header("Authorization", WORKER)
                .header("X-Correlation-Id", "corr-event-" + caseId).retrieve().toBodilessEntity();

        List<TopicProbe.Received> records = new TopicProbe(bootstrapServers)
                .awaitRecords(EventCatalog.AUDIT_RECORDED.topic(), caseId, 2);

        TopicProbe.Received reading = records.getLast();
        assertThat(reading.header("ce_type")).isEqualTo("org.casemgmt.audit.recorded.v1");
        assertThat(reading.header("ce_source")).isEqualTo("/casemgmt/platform-sample");
        assertThat(reading.header("ce_subject")).isEqualTo(caseId);
        assertThat(reading.header("ce_specversion")).isEqualTo("1.0");
        assertThat(reading.header("ce_dataschema")).isEqualTo("urn:casemgmt:schema:audit.recorded:v1");
        assertThat(reading.header("ce_id")).isNotBlank();
        assertThat(reading.header("ce_time")).isNotBlank();
        assertThat(reading.header("correlation-id")).isEqualTo("corr-event-" + caseId);
        assertThat(new EventSchemaValidator().validate(EventCatalog.AUDIT_RECORDED, reading.body())).isEmpty();
        assertThat(reading.json().get("action").asString()).isEqualTo("READ");
        assertThat(reading.json().get("service").asString()).isEqualTo("platform-sample");
    }

    @Test
    void onlyAnAuditorMayReadOrVerifyTheTrail() {
        for (String path : List.of(AUDIT + "/entries", AUDIT + "/verification")) {
            ResponseEntity<JsonNode> refused = http().get().uri(path).header("Authorization", TestIssuer.shared().bearer("worker-8", "agency-1", "CASE_WORKER", "SUPERVISOR")).retrieve().toEntity(JsonNode.class);

            assertThat(refused.getStatusCode().value()).isEqualTo(403);
            assertThat(refused.getBody().get("type").asString()).isEqualTo("urn:casemgmt:problem:audit-not-permitted");
        }
    }

    @Test
    void anEntryAlteredInTheDatabaseIsTheFirstBrokenLinkTheVerificationReports() {
        String caseId = openCase();
        JsonNode opening = entriesOf(caseId).getFirst();
        assertThat(verification().get("intact").asBoolean()).isTrue();

        Query entry = new Query(where("hash").is(opening.get("hash").asString()));
        mongo.updateFirst(entry, new Update().set("actorId", "someone-else"), AuditEntry.class);
        try {
            JsonNode verification = verification();

            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("entriesChecked").asLong()).isGreaterThanOrEqualTo(
                    opening.get("sequence").asLong() - 1);
            assertThat(verification.at("/firstBrokenLink/lane").asInt()).isEqualTo(opening.get("lane").asInt());
            assertThat(verification.at("/firstBrokenLink/sequence").asLong())
                    .isEqualTo(opening.get("sequence").asLong());
            assertThat(verification.at("/firstBrokenLink/problem").asString()).isEqualTo("HASH_MISMATCH");
        } finally {
            mongo.updateFirst(entry, new Update().set("actorId", "worker-5"), AuditEntry.class);
        }
        assertThat(verification().get("intact").asBoolean()).as("restored for the other tests").isTrue();
    }

    private String openCase() {
        ResponseEntity<JsonNode> opened = http().post().uri("/api/sample/cases").header("Authorization", TestIssuer.shared().bearer("worker-5", "agency-1", "CASE_WORKER"))
                .contentType(MediaType.APPLICATION_JSON).body("{\"agencyId\":\"agency-1\"}")
                .retrieve().toEntity(JsonNode.class);
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        return opened.getBody().get("caseId").asString();
    }

    private List<JsonNode> entriesOf(String resourceId) {
        JsonNode page = asAuditor(AUDIT + "/entries?resourceId=" + resourceId);
        return List.copyOf(page.get("content").values());
    }

    private JsonNode verification() {
        return asAuditor(AUDIT + "/verification");
    }

    private JsonNode asAuditor(String uri) {
        ResponseEntity<JsonNode> response = http().get().uri(uri).header("Authorization", TestIssuer.shared().bearer("auditor-1", "agency-1", "AUDITOR")).retrieve().toEntity(JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }
}
