package org.casemgmt.monitoring.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.casemgmt.monitoring.journal.JournalEntry.CaseRef;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class JournalEntriesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final CaseRef CASE = new CaseRef("case-1", "client-1", "agency-north");

    @Test
    void aContactKeepsWhatWasRecordedAndWhoRecordedItWhen() {
        Contact contact = Contact.recorded("contact-1", CASE, NOW.minusSeconds(3600), Medium.VIDEO, false, 20,
                List.of("CHECK_IN"), "No answer", true, "worker.alex", NOW);

        assertThat(contact).extracting(Contact::getId, Contact::getCaseId, Contact::getOccurredAt,
                Contact::getMedium, Contact::isContactMade, Contact::getDurationMinutes, Contact::getContactTypes,
                Contact::getSummary, Contact::isFollowUpNeeded, Contact::getRecordedBy, Contact::getRecordedAt)
                .containsExactly("contact-1", "case-1", NOW.minusSeconds(3600), Medium.VIDEO, false, 20,
                        List.of("CHECK_IN"), "No answer", true, "worker.alex", NOW);
        assertThat(contact.getOutbox()).isEmpty();
        contact.publish(null);
        assertThat(contact.getOutbox()).hasSize(1);
        assertThat(contact.isClientErased()).isFalse();
        assertThat(Contact.recorded("c-2", CASE, NOW, Medium.PHONE, true, null, null, null, false, "w", NOW))
                .extracting(Contact::isContactMade, Contact::isFollowUpNeeded).containsExactly(true, false);
        assertThat(contact.getVersion()).isNull();
    }

    @Test
    void aContactHappensNoLaterThanNowAndLastsFromAMinuteToADay() {
        assertThatThrownBy(() -> Contact.recorded("c", CASE, NOW.plusSeconds(1), Medium.PHONE, true, null, null,
                null, false, "w", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                refusal -> assertThat(refusal.slug()).isEqualTo("in-the-future"));
        assertThat(Contact.recorded("c", CASE, NOW, Medium.PHONE, true, 1, null, null, false, "w", NOW)
                .getContactTypes()).isEmpty();
        assertThat(Contact.recorded("c", CASE, NOW, Medium.PHONE, true, 1440, null, null, false, "w", NOW)
                .getDurationMinutes()).isEqualTo(1440);
        for (int minutes : new int[] {0, 1441}) {
            assertThatThrownBy(() -> Contact.recorded("c", CASE, NOW, Medium.PHONE, true, minutes, null, null,
                    false, "w", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                    refusal -> assertThat(refusal.slug()).isEqualTo("implausible-duration"));
        }
    }

    @Test
    void aNoteAndAMilestoneKeepTheirWords() {
        ProgressNote note = ProgressNote.written("note-1", CASE, "Doing better", true, "worker.alex", NOW);
        Milestone milestone = Milestone.reached("m-1", CASE, "goal-1", "HOUSED", "Keys", NOW.minusSeconds(1),
                "worker.alex", NOW);

        assertThat(note).extracting(ProgressNote::getText, ProgressNote::isConfidential, ProgressNote::getCaseId)
                .containsExactly("Doing better", true, "case-1");
        assertThat(milestone).extracting(Milestone::getId, Milestone::getCaseId, Milestone::getGoalId,
                Milestone::getKind, Milestone::getDescription, Milestone::getReachedAt)
                .containsExactly("m-1", "case-1", "goal-1", "HOUSED", "Keys", NOW.minusSeconds(1));
        assertThat(ProgressNote.written("note-2", CASE, "x", false, "w", NOW).isConfidential()).isFalse();
        assertThatThrownBy(() -> Milestone.reached("m-2", CASE, null, "HOUSED", null, NOW.plusSeconds(60), "w", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("milestone");
    }
}
