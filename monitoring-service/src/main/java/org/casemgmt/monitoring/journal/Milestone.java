package org.casemgmt.monitoring.journal;

import java.time.Instant;

import org.springframework.data.mongodb.core.mapping.Document;

/** A milestone the client reached, perhaps towards a goal of the plan: a code, when, and words about it (encrypted). */
@Document("milestones")
class Milestone extends JournalEntry {

    private String goalId;
    private String kind;
    private String description;
    private Instant reachedAt;

    Milestone() {
    }

    static Milestone reached(String id, CaseRef ref, String goalId, String kind, String description,
                             Instant reachedAt, String recordedBy, Instant now) {
        notInTheFuture(reachedAt, now, "milestone");
        Milestone milestone = new Milestone();
        milestone.filed(id, ref, recordedBy, now);
        milestone.goalId = goalId;
        milestone.kind = kind;
        milestone.description = description;
        milestone.reachedAt = reachedAt;
        return milestone;
    }

    String getGoalId() {
        return goalId;
    }

    String getKind() {
        return kind;
    }

    String getDescription() {
        return description;
    }

    Instant getReachedAt() {
        return reachedAt;
    }
}
