package org.casemgmt.platform.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.casemgmt.platform.inbox.MalformedEventException;
import org.casemgmt.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.core.env.Environment;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SampleServiceTest
class EventConsumptionIT {

    private static final String TOPIC = "case.opened";

    @Autowired
    CaseOpenedTallies tallies;
    @Autowired
    JsonMapper json;
    @Autowired
    BindingServiceProperties bindings;
    @Autowired
    Environment environment;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aRedeliveredEventChangesNothing() {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String caseId = Fixtures.newCaseId();
        String eventId = UUID.randomUUID().toString();

        probe.publish(TOPIC, caseId, headers(eventId, caseId), body(caseId, "agency-1"));
        probe.publish(TOPIC, caseId, headers(eventId, caseId), body(caseId, "agency-1"));
        probe.publish(TOPIC, caseId, headers(UUID.randomUUID().toString(), caseId), body(caseId, "agency-1"));

        await().untilAsserted(() -> assertThat(tallies.attempts(caseId)).isEqualTo(3));
        await().untilAsserted(() -> assertThat(tallies.tally(caseId).getTimesApplied()).isEqualTo(2));
    }

    @Test
    void aMalformedRecordIsDeadLetteredAtOnceWithTheErrorAndTheNextRecordIsProcessed() {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String brokenCase = Fixtures.newCaseId();
        String nextCase = Fixtures.newCaseId();

        probe.publish(TOPIC, brokenCase, headers(UUID.randomUUID().toString(), brokenCase), "{not json");
        probe.publish(TOPIC, nextCase, headers(UUID.randomUUID().toString(), nextCase), body(nextCase, "agency-1"));

        TopicProbe.Received dead = probe.awaitRecords(TOPIC + ".dlq", brokenCase, 1).getFirst();
        assertThat(dead.body()).isEqualTo("{not json");
        assertThat(dead.header("x-original-topic")).isEqualTo(TOPIC);
        assertThat(dead.header("x-original-partition")).isNotNull();
        assertThat(dead.header("x-original-offset")).isNotNull();
        assertThat(dead.header("x-exception-message")).contains("breaks the schema urn:casemgmt:schema:case.opened:v1: $: not a JSON document");
        assertThat(dead.header("x-exception-stacktrace")).contains(MalformedEventException.class.getName());
        assertThat(tallies.attempts(brokenCase)).isEqualTo(1);
        await().untilAsserted(() -> assertThat(tallies.tally(nextCase)).isNotNull());
    }

    @Test
    void aRecordThatBreaksTheSchemaIsDeadLetteredWithEveryViolationAndChangesNothing() {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String caseId = Fixtures.newCaseId();
        String wrongTypesAndMissingFields = "{\"caseId\":\"" + caseId + "\",\"agencyId\":42,\"priority\":[]}";

        probe.publish(TOPIC, caseId, headers(UUID.randomUUID().toString(), caseId), wrongTypesAndMissingFields);

        TopicProbe.Received dead = probe.awaitRecords(TOPIC + ".dlq", caseId, 1).getFirst();
        assertThat(dead.body()).isEqualTo(wrongTypesAndMissingFields);
        assertThat(dead.header("x-exception-message"))
                .contains("breaks the schema urn:casemgmt:schema:case.opened:v1", "$.agencyId", "clientId");
        assertThat(tallies.attempts(caseId)).isEqualTo(1);
        assertThat(tallies.tally(caseId)).isNull();
    }

    @Test
    void anEventFromAServiceThatDoesNotOwnTheTopicIsDeadLetteredAndChangesNothing() {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String caseId = Fixtures.newCaseId();
        Map<String, String> spoofed = headers(UUID.randomUUID().toString(), caseId);
        spoofed.put("ce_source", "/casemgmt/monitoring-service");

        probe.publish(TOPIC, caseId, spoofed, body(caseId, "agency-1"));

        TopicProbe.Received dead = probe.awaitRecords(TOPIC + ".dlq", caseId, 1).getFirst();
        assertThat(dead.header("x-exception-message"))
                .contains("ce_source /casemgmt/monitoring-service, but only [/casemgmt/intake-service] publish case.opened");
        assertThat(tallies.tally(caseId)).isNull();
    }

    @Test
    void anEventKeyedByAnotherCaseThanItsSubjectIsDeadLettered() {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String caseId = Fixtures.newCaseId();
        String otherCase = Fixtures.newCaseId();

        probe.publish(TOPIC, otherCase, headers(UUID.randomUUID().toString(), caseId), body(caseId, "agency-1"));

        TopicProbe.Received dead = probe.awaitRecords(TOPIC + ".dlq", otherCase, 1).getFirst();
        assertThat(dead.header("x-exception-message")).contains("record key " + otherCase + " but ce_subject " + caseId);
        assertThat(tallies.tally(caseId)).isNull();
    }

    @Test
    void aRecordWithoutCloudEventsHeadersIsDeadLettered() {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String caseId = Fixtures.newCaseId();

        probe.publish(TOPIC, caseId, Map.of(), body(caseId, "agency-1"));

        TopicProbe.Received dead = probe.awaitRecords(TOPIC + ".dlq", caseId, 1).getFirst();
        assertThat(dead.header("x-exception-message")).contains("no ce_id header");
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffAndThenSucceeds() {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String caseId = Fixtures.newCaseId();

        probe.publish(TOPIC, caseId, headers(UUID.randomUUID().toString(), caseId),
                body(caseId, CaseOpenedTallies.FLAKY_AGENCY + "-agency"));

        await().untilAsserted(() -> assertThat(tallies.tally(caseId)).isNotNull());
        assertThat(tallies.attempts(caseId)).isEqualTo(3);
        assertThat(tallies.tally(caseId).getTimesApplied()).isEqualTo(1);
        assertThat(probe.withKey(TOPIC + ".dlq", caseId)).isEmpty();
    }

    @Test
    void theConsumerContinuesTheTraceAndCorrelationOfTheRecord() {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String caseId = Fixtures.newCaseId();
        Map<String, String> headers = headers(UUID.randomUUID().toString(), caseId);
        headers.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        headers.put("correlation-id", "corr-from-intake");

        probe.publish(TOPIC, caseId, headers, body(caseId, "agency-1"));

        await().untilAsserted(() -> assertThat(tallies.tally(caseId)).isNotNull());
        assertThat(tallies.traceIdSeenFor(caseId)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(tallies.correlationIdSeenFor(caseId)).isEqualTo("corr-from-intake");
    }

    @Test
    void everyConsumerBindingGetsTheGroupRetryAndBrokerDefaults() {
        var consumer = bindings.getBindingProperties("caseOpened-in-0");

        assertThat(consumer.getGroup()).isEqualTo("platform-sample");
        assertThat(consumer.getConsumer().getMaxAttempts()).isEqualTo(4);
        assertThat(consumer.getConsumer().getBackOffInitialInterval()).isEqualTo(500);
        assertThat(consumer.getConsumer().getBackOffMultiplier()).isEqualTo(2.0);
        assertThat(consumer.getConsumer().getBackOffMaxInterval()).isEqualTo(5000);
        assertThat(consumer.getConsumer().getRetryableExceptions())
                .containsEntry(MalformedEventException.class, false);
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.brokers"))
                .isEqualTo(bootstrapServers);
    }

    @Test
    void theBinderProvisionsTheTopicsDeadLetterQueueAndNoOther() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            assertThat(admin.listTopics().names().get())
                    .contains(TOPIC + ".dlq")
                    .noneMatch(topic -> topic.startsWith("error."));
        }
    }

    private static Map<String, String> headers(String eventId, String caseId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", eventId);
        headers.put("ce_type", "org.casemgmt.case.opened.v1");
        headers.put("ce_source", "/casemgmt/intake-service");
        headers.put("ce_dataschema", "urn:casemgmt:schema:case.opened:v1");
        headers.put("ce_subject", caseId);
        headers.put("ce_specversion", "1.0");
        headers.put("ce_time", "2026-11-23T08:00:00Z");
        headers.put("content-type", "application/json");
        return headers;
    }

    private String body(String caseId, String agencyId) {
        return json.writeValueAsString(Fixtures.caseOpened(caseId, agencyId));
    }
}
