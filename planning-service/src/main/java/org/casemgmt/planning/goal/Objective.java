package org.casemgmt.planning.goal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A measurable objective: an indicator moving from a baseline towards a target by a due date, with every value
 * recorded so far.
 */
public record Objective(String id, String indicator, double baseline, double target, String unit, Direction direction,
                        LocalDate dueDate, List<Measurement> history) {

    public Objective {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The value measured last (by measurement time, not arrival), if any. */
    public Optional<Measurement> latest() {
        return history.stream().max(Comparator.comparing(Measurement::recordedAt));
    }

    /** Met when the latest value reaches the target in the objective's direction; an earlier peak does not count. */
    public boolean isMet() {
        return latest().map(measurement -> direction.meets(measurement.value(), target)).orElse(false);
    }

    /** Overdue: the due date has passed and the target is not met. */
    public boolean isOverdue(LocalDate today) {
        return dueDate.isBefore(today) && !isMet();
    }

    public boolean hasMeasurement(String progressEntryId) {
        return history.stream().anyMatch(measurement -> measurement.progressEntryId().equals(progressEntryId));
    }

    Objective withMeasurement(Measurement measurement) {
        List<Measurement> more = new ArrayList<>(history);
        more.add(measurement);
        return new Objective(id, indicator, baseline, target, unit, direction, dueDate, more);
    }

    /** What was agreed, without what was measured: two objectives with the same terms are the same objective. */
    Objective terms() {
        return new Objective(id, indicator, baseline, target, unit, direction, dueDate, List.of());
    }

    Objective withId(String newId) {
        return new Objective(newId, indicator, baseline, target, unit, direction, dueDate, history);
    }

    Objective withHistoryOf(Objective measured) {
        return new Objective(id, indicator, baseline, target, unit, direction, dueDate, measured.history);
    }
}
