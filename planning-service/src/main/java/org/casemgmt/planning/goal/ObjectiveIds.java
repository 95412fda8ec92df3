package org.casemgmt.planning.goal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The service names a goal's objectives: {@code progress.recorded} finds the objective it measures by its id, so an
 * id must name one objective of its goal only, and a caller cannot be trusted to keep it so. A caller's id only says
 * which of the goal's existing objectives a change keeps (with what was measured against it); an objective sent
 * without one is new and gets a new id.
 */
public final class ObjectiveIds {

    private ObjectiveIds() {
    }

    /**
     * The submitted objectives, each new one with a new id from {@code newIds}.
     *
     * @param existing the goal's objectives as they stand; none for a new goal
     * @throws InvalidObjectiveId an id that names none of {@code existing}, or one named twice
     */
    public static List<Objective> assign(List<Objective> submitted, List<Objective> existing,
                                         Supplier<String> newIds) {
        Set<String> known = new HashSet<>(existing.stream().map(Objective::id).toList());
        Set<String> named = new HashSet<>();
        List<Objective> assigned = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            Objective objective = submitted.get(i);
            String id = objective.id();
            if (id == null) {
                assigned.add(objective.withId(newIds.get()));
            } else if (!known.contains(id)) {
                throw new InvalidObjectiveId(i, existing.isEmpty()
                        ? "must be left out: a new goal has no objectives yet, and the service names new ones"
                        : "names no objective of this goal; leave it out for a new objective, the service names it");
            } else if (!named.add(id)) {
                throw new InvalidObjectiveId(i, "names objective " + id + " a second time; each objective once");
            } else {
                assigned.add(objective);
            }
        }
        return assigned;
    }

    /** A submitted objective's id that cannot be used; {@link #field()} is where it is in the goal's body. */
    public static final class InvalidObjectiveId extends IllegalArgumentException {

        private final String field;

        InvalidObjectiveId(int index, String message) {
            super(message);
            this.field = "objectives[" + index + "].id";
        }

        public String field() {
            return field;
        }
    }
}
