package org.casemgmt.partner.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.platform.outbox.CloudEventHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PartnerFeedTopologyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant START = Instant.parse("2027-01-10T09:00:00Z");
    private static final Duration SCAN = Duration.ofMinutes(1);
    private static final String SHELTER = "shelter-north";
    private static final String FOOD_BANK = "food-bank-east";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestOutputTopic<String, String> shelterFeed;
    private TestOutputTopic<String, String> foodBankFeed;
    private TestOutputTopic<String, String> consentEnded;
    private final String caseId = UUID.randomUUID().toString();
    private final String consentId = UUID.randomUUID().toString();

    @BeforeEach
    void startTheTopology() {
        Map<String, PartnerFeedProperties.Partner> partners = Map.of(
                SHELTER, new PartnerFeedProperties.Partner(List.of("intake", "planning", "referral"), List.of()),
                FOOD_BANK, new PartnerFeedProperties.Partner(List.of(), List.of("goal.set")));
        StreamsBuilder builder = new StreamsBuilder();
        Subscriptions subscriptions = Subscriptions.of(partners);
        PartnerFeedProperties properties = new PartnerFeedProperties(partners, SCAN);
        new PartnerFeedTopology(() -> new PartnerFeedProcessor(subscriptions, properties)).addTo(builder);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "partner-feed-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config, START);
        shelterFeed = output(EventCatalog.partnerFeed(SHELTER));
        foodBankFeed = output(EventCatalog.partnerFeed(FOOD_BANK));
        consentEnded = output(EventCatalog.CONSENT_ENDED.topic());
    }

    @AfterEach
    void stopTheTopology() {
        driver.close();
    }

    @Test
    void anEventOfACaseWhoseConsentSharesWithThePartnerReachesItsFeedUnchangedKeyedByTheCase() {
        openCaseSharingWith(SHELTER, null);
        String goal = publish(EventCatalog.GOAL_SET, goalSet(), START.plusSeconds(60));

        List<TestRecord<String, String>> feed = shelterFeed.readRecordsToList();
        assertThat(feed).extracting(TestRecord::key).containsExactly(caseId, caseId);
        TestRecord<String, String> delivered = feed.get(1);
        assertThat(delivered.value()).isEqualTo(goal);
        assertThat(header(delivered, CloudEventHeaders.TYPE)).isEqualTo(EventCatalog.GOAL_SET.type());
        assertThat(header(delivered, CloudEventHeaders.SOURCE)).isEqualTo("/casemgmt/planning-service");
        assertThat(header(delivered, CloudEventHeaders.ID)).isNotBlank();
    }

    @Test
    void anotherAgencyGetsNothingOfACaseWhoseConsentDoesNotShareWithIt() {
        openCaseSharingWith(SHELTER, null);
        publish(EventCatalog.GOAL_SET, goalSet(), START.plusSeconds(60));

        assertThat(foodBankFeed.isEmpty()).isTrue();
        assertThat(shelterFeed.getQueueSize()).isEqualTo(2);
    }

    @Test
    void aStageNotConfiguredForThePartnerReachesNoFeed() {
        openCaseSharingWith(SHELTER, null);
        shelterFeed.readRecordsToList();
        publish(EventCatalog.PROGRESS_RECORDED, Map.of("caseId", caseId), START.plusSeconds(60));
        publish(EventCatalog.CASE_CLOSED, Map.of("caseId", caseId), START.plusSeconds(61));

        assertThat(shelterFeed.isEmpty()).as("monitoring and closure are not shelter-north's").isTrue();
    }

    @Test
    void aWithdrawalSendsOneConsentEndedAndNothingMoreOfTheCase() {
        openCaseSharingWith(SHELTER, null);
        shelterFeed.readRecordsToList();
        Map<String, Object> withdrawal = Map.of("caseId", caseId, "clientId", "client-1", "consentId", consentId,
                "recordedBy", "staff-1", "withdrawnAt", START.plusSeconds(120).toString());

        publish(EventCatalog.CONSENT_WITHDRAWN, withdrawal, START.plusSeconds(120));
        publish(EventCatalog.CONSENT_WITHDRAWN, withdrawal, START.plusSeconds(121));
        publish(EventCatalog.GOAL_SET, goalSet(), START.plusSeconds(180));
        driver.advanceWallClockTime(Duration.ofDays(400));

        List<TestRecord<String, String>> feed = shelterFeed.readRecordsToList();
        assertThat(feed).as("the withdrawal is not forwarded itself: the consent no longer covers it").hasSize(1);
        JsonNode ended = JSON.readTree(feed.getFirst().value());
        assertThat(feed.getFirst().key()).isEqualTo(caseId);
        assertThat(header(feed.getFirst(), CloudEventHeaders.TYPE)).isEqualTo("org.casemgmt.consent.ended.v1");
        assertThat(header(feed.getFirst(), CloudEventHeaders.SOURCE)).isEqualTo("/casemgmt/partner-service");
        assertThat(ended.path("agencyId").asString()).isEqualTo(SHELTER);
        assertThat(ended.path("consentId").asString()).isEqualTo(consentId);
        assertThat(ended.path("reason").asString()).isEqualTo("WITHDRAWN");
        assertThat(ended.path("endedAt").asString()).isEqualTo(START.plusSeconds(120).toString());
        assertThat(consentEnded.readValuesToList()).as("the platform's own record").hasSize(1);
    }

    @Test
    void anExpiryFoundByTheWallClockScanSendsOneConsentEndedAndNothingMoreOfTheCase() {
        Instant expiresAt = START.plus(Duration.ofHours(2));
        openCaseSharingWith(SHELTER, expiresAt);
        shelterFeed.readRecordsToList();

        driver.advanceWallClockTime(Duration.ofHours(1));
        assertThat(shelterFeed.isEmpty()).as("not expired yet").isTrue();
        driver.advanceWallClockTime(Duration.ofHours(1).plus(SCAN));
        driver.advanceWallClockTime(SCAN);
        publish(EventCatalog.GOAL_SET, goalSet(), expiresAt.plusSeconds(600));
        driver.advanceWallClockTime(Duration.ofDays(1));

        List<TestRecord<String, String>> feed = shelterFeed.readRecordsToList();
        assertThat(feed).hasSize(1);
        JsonNode ended = JSON.readTree(feed.getFirst().value());
        assertThat(ended.path("reason").asString()).isEqualTo("EXPIRED");
        assertThat(ended.path("endedAt").asString()).isEqualTo(expiresAt.toString());
    }

    @Test
    void anEventAfterTheExpiryButBeforeTheScanReachesNoFeed() {
        Instant expiresAt = START.plus(Duration.ofSeconds(30));
        openCaseSharingWith(SHELTER, expiresAt);
        shelterFeed.readRecordsToList();

        publish(EventCatalog.GOAL_SET, goalSet(), expiresAt.plusSeconds(1));

        assertThat(shelterFeed.isEmpty()).isTrue();
    }

    @Test
    void aNewConsentCoveringThePartnerAgainStartsTheCaseFlowingAgain() {
        openCaseSharingWith(SHELTER, null);
        publish(EventCatalog.CONSENT_WITHDRAWN, Map.of("caseId", caseId, "clientId", "client-1", "consentId",
                consentId, "recordedBy", "staff-1", "withdrawnAt", START.plusSeconds(60).toString()),
                START.plusSeconds(60));
        shelterFeed.readRecordsToList();

        String renewed = publish(EventCatalog.CONSENT_GRANTED, consentGranted(UUID.randomUUID().toString()),
                START.plusSeconds(120));
        publish(EventCatalog.GOAL_SET, goalSet(), START.plusSeconds(180));

        assertThat(shelterFeed.readValuesToList()).hasSize(2).first().isEqualTo(renewed);
    }

    @Test
    void aConsentEventReadAgainChangesNothing() {
        String caseOpened = caseOpened(SHELTER, null);
        publish(EventCatalog.CASE_OPENED, caseOpened, START);
        publish(EventCatalog.CONSENT_GRANTED, consentGranted(consentId), START.plusSeconds(1));
        publish(EventCatalog.CONSENT_GRANTED, consentGranted(consentId), START.plusSeconds(2));
        CaseConsents once = driver.<String, CaseConsents>getKeyValueStore(PartnerFeedTopology.CONSENT_STORE)
                .get(caseId);

        publish(EventCatalog.CASE_OPENED, caseOpened, START.plusSeconds(3));

        assertThat(driver.<String, CaseConsents>getKeyValueStore(PartnerFeedTopology.CONSENT_STORE).get(caseId))
                .isEqualTo(once).extracting(consents -> consents.consents().size()).isEqualTo(1);
        assertThat(consentEnded.isEmpty()).isTrue();
    }

    @Test
    void aGrantReadAfterItsWithdrawalDoesNotBringTheConsentBack() {
        publish(EventCatalog.CONSENT_WITHDRAWN, Map.of("caseId", caseId, "clientId", "client-1", "consentId",
                consentId, "recordedBy", "staff-1", "withdrawnAt", START.toString()), START);
        publish(EventCatalog.CONSENT_GRANTED, consentGranted(consentId), START.plusSeconds(1));
        publish(EventCatalog.GOAL_SET, goalSet(), START.plusSeconds(2));

        assertThat(shelterFeed.isEmpty()).isTrue();
    }

    @Test
    void aRecordNotFromTheTopicsOwnerReachesNoFeed() {
        openCaseSharingWith(SHELTER, null);
        shelterFeed.readRecordsToList();
        RecordHeaders forged = headers(EventCatalog.GOAL_SET, "/casemgmt/referral-service");

        driver.createInputTopic(EventCatalog.GOAL_SET.topic(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(new TestRecord<>(caseId, bytes(goalSet()), forged, START.plusSeconds(5)));

        assertThat(shelterFeed.isEmpty()).isTrue();
    }

    @Test
    void anAgencyThatSeesOneTopicGetsThatTopicAlone() {
        openCaseSharingWith(FOOD_BANK, null);
        publish(EventCatalog.PLAN_DRAFTED, Map.of("caseId", caseId), START.plusSeconds(10));
        String goal = publish(EventCatalog.GOAL_SET, goalSet(), START.plusSeconds(20));

        assertThat(foodBankFeed.readValuesToList()).containsExactly(goal);
    }

    private void openCaseSharingWith(String agencyId, Instant expiresAt) {
        publish(EventCatalog.CASE_OPENED, caseOpened(agencyId, expiresAt), START);
    }

    private String caseOpened(String agencyId, Instant expiresAt) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("consentId", consentId);
        scope.put("sharedWithAgencyIds", List.of(agencyId));
        scope.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        return JSON.writeValueAsString(Map.of("caseId", caseId, "clientId", "client-1", "agencyId", "agency-1",
                "consentScope", scope, "openedAt", START.toString()));
    }

    private Map<String, Object> consentGranted(String id) {
        return Map.of("caseId", caseId, "clientId", "client-1", "scope",
                Map.of("consentId", id, "sharedWithAgencyIds", List.of(SHELTER)), "givenBy", "CLIENT",
                "recordedBy", "staff-1", "grantedAt", START.toString());
    }

    private Map<String, Object> goalSet() {
        return Map.of("caseId", caseId, "goalId", UUID.randomUUID().toString());
    }

    private String publish(EventType<?> type, Object body, Instant at) {
        String text = body instanceof String string ? string : JSON.writeValueAsString(body);
        RecordHeaders headers = headers(type, type.producers().iterator().next().source());
        driver.createInputTopic(type.topic(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(new TestRecord<>(caseId, text.getBytes(StandardCharsets.UTF_8), headers, at));
        return text;
    }

    private RecordHeaders headers(EventType<?> type, String source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, type.type().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SOURCE, source.getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, caseId.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static byte[] bytes(Object body) {
        return JSON.writeValueAsBytes(body);
    }

    private TestOutputTopic<String, String> output(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer());
    }

    private static String header(TestRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
