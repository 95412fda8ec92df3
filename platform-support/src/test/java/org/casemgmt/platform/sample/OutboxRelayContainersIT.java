package org.casemgmt.platform.sample;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.testing.OfficialImagesTest;
import org.casemgmt.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.testcontainers.kafka.KafkaContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay and a consumer against the official Kafka and MongoDB images, where Docker exists. */
@OfficialImagesTest(properties = {
        "spring.application.name=platform-sample",
        "spring.cloud.function.definition=caseOpened",
        "spring.cloud.stream.bindings.caseOpened-in-0.destination=case.opened"})
class OutboxRelayContainersIT {

    @Autowired
    KafkaContainer kafka;
    @Autowired
    SampleCaseRepository cases;
    @Autowired
    EventRecorder recorder;
    @Autowired
    CaseOpenedTallies tallies;

    @Test
    void anEventSavedWithItsAggregateReachesKafkaAndIsAppliedOnce() {
        String caseId = Fixtures.newCaseId();
        SampleCase opened = new SampleCase(caseId);
        opened.open(recorder.record(EventCatalog.CASE_OPENED, caseId, Fixtures.caseOpened(caseId, "agency-1")));
        cases.save(opened);

        TopicProbe.Received record = new TopicProbe(kafka.getBootstrapServers())
                .awaitRecords("case.opened", caseId, 1).getFirst();
        assertThat(record.header("ce_id")).isEqualTo(opened.getOutbox().getFirst().id());
        await().untilAsserted(() -> assertThat(tallies.tally(caseId).getTimesApplied()).isEqualTo(1));
        assertThat(cases.findById(caseId).orElseThrow().getOutbox()).isEmpty();
    }
}
