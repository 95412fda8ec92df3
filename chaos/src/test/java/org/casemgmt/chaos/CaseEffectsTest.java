package org.casemgmt.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseEffectsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void aJourneyAppliedOnceEachInOrderHasNoFindings() {
        CaseEffects.Findings findings = CaseEffects.check("case-1", 2, journey());

        assertThat(findings).isEqualTo(new CaseEffects.Findings(0, 0, 0, 0, List.of()));
    }

    @Test
    void aStateChangeAppliedTwiceIsADuplicateEffect() {
        List<CaseEffects.Entry> timeline = journey();
        timeline.add(entry("plan.approved", 5, 65));

        CaseEffects.Findings findings = CaseEffects.check("case-1", 2, timeline);

        assertThat(findings.duplicates()).isEqualTo(1);
        assertThat(findings.missing()).isZero();
        assertThat(findings.details()).containsExactly("case-1: 2 x plan.approved, expected 1");
    }

    @Test
    void aStateChangeNeverAppliedIsAMissingEffect() {
        List<CaseEffects.Entry> timeline = journey();
        timeline.removeIf(entry -> entry.topic().equals("goal.achieved"));

        CaseEffects.Findings findings = CaseEffects.check("case-1", 2, timeline);

        assertThat(findings.missing()).isEqualTo(2);
        assertThat(findings.duplicates()).isZero();
        assertThat(findings.details()).containsExactly("case-1: 0 x goal.achieved, expected 2");
    }

    @Test
    void twoEventsOfOneTopicAppliedTheOtherWayRoundAreOutOfOrder() {
        List<CaseEffects.Entry> timeline = journey();
        timeline.removeIf(entry -> entry.topic().equals("goal.achieved"));
        timeline.add(entry("goal.achieved", 11, 121));
        timeline.add(entry("goal.achieved", 13, 120)); // happened later, applied first

        CaseEffects.Findings findings = CaseEffects.check("case-1", 2, timeline);

        assertThat(findings.outOfOrder()).isEqualTo(1);
        assertThat(findings.details()).singleElement().asString().contains("goal.achieved", "applied after");
    }

    @Test
    void twoRecordsEventsAppliedInAnotherOrderThanTheyHappenedAreNotOutOfOrder() {
        List<CaseEffects.Entry> timeline = journey();
        timeline.removeIf(entry -> entry.topic().equals("goal.achieved"));
        timeline.add(entry("goal.achieved", "/api/planning/plans/p/goals/housing", 11, 121));
        timeline.add(entry("goal.achieved", "/api/planning/plans/p/goals/income", 13, 120));

        assertThat(CaseEffects.check("case-1", 2, timeline).outOfOrder()).isZero();
    }

    @Test
    void measurementsLinkedToTheCaseOnlyAreNotComparedForOrder() {
        List<CaseEffects.Entry> timeline = journey();
        timeline.removeIf(entry -> entry.topic().equals("progress.recorded"));
        timeline.add(entry("progress.recorded", 10, 101));
        timeline.add(entry("progress.recorded", 12, 100));

        assertThat(CaseEffects.check("case-1", 2, timeline).outOfOrder()).isZero();
    }

    @Test
    void anEffectAppliedBeforeItsCauseOnAnotherTopicIsCountedButNotOutOfOrder() {
        List<CaseEffects.Entry> timeline = journey();
        timeline.removeIf(entry -> entry.topic().equals("plan.drafted"));
        timeline.add(entry("plan.drafted", 2, 15)); // recorded before case.opened was (at 20)

        CaseEffects.Findings findings = CaseEffects.check("case-1", 2, timeline);

        assertThat(findings.effectBeforeCause()).isEqualTo(1);
        assertThat(findings.outOfOrder()).isZero();
        assertThat(findings.details()).isEmpty();
    }

    /** Every state change of a journey in the order it makes them, each recorded ten seconds after the one before. */
    private static List<CaseEffects.Entry> journey() {
        List<String> topics = List.of("consent.granted", "case.opened", "plan.drafted", "goal.set", "goal.set",
                "plan.approved", "referral.requested", "referral.accepted", "referral.started", "referral.completed",
                "progress.recorded", "goal.achieved", "progress.recorded", "goal.achieved", "assessment.scored", "assessment.scored", "transition.planned",
                "closure.requested", "closure.approved", "case.closed");
        List<CaseEffects.Entry> timeline = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            timeline.add(entry(topics.get(i), i, i * 10 + 10));
        }
        return timeline;
    }

    /** An entry about the case's one record of its topic's kind (its one plan, its one referral...). */
    private static CaseEffects.Entry entry(String topic, int occurredSecond, int recordedSecond) {
        return entry(topic, "/api/records/" + topic, occurredSecond, recordedSecond);
    }

    private static CaseEffects.Entry entry(String topic, String link, int occurredSecond, int recordedSecond) {
        return new CaseEffects.Entry(topic, link, T0.plusSeconds(occurredSecond), T0.plusSeconds(recordedSecond));
    }
}
