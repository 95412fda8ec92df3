package org.casemgmt.planning.privacy;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Where a stored plan holds text that people wrote about the client, in the current version, in every earlier one,
 * and in each goal's approved terms. Objectives' indicators and units are not here: they name what is measured,
 * which statistics and partners need, and are not where a case worker writes about the person.
 *
 * <p>A new free-text field of a plan or goal must be added here, or it is stored in plain text.
 */
final class PlanTexts {

    private PlanTexts() {
    }

    /** Replaces each text of the stored plan by {@code change} of it; absent and null texts are left alone. */
    static void rewrite(Map<String, Object> plan, UnaryOperator<String> change) {
        version(plan, change);
        each(plan, "earlierVersions", version -> version(version, change));
    }

    private static void version(Map<String, Object> version, UnaryOperator<String> change) {
        text(version, "revisionReason", change);
        text(version, "returnReason", change);
        each(version, "requestedChanges", requested -> text(requested, "description", change));
        each(version, "goals", goal -> goal(goal, change));
    }

    private static void goal(Map<String, Object> goal, UnaryOperator<String> change) {
        terms(goal, change);
        terms(child(goal, "approvedTerms"), change);
        text(child(goal, "agreement"), "agreedBy", change);
        text(child(goal, "abandonment"), "reason", change);
    }

    private static void terms(Map<String, Object> goal, UnaryOperator<String> change) {
        text(goal, "statement", change);
        each(goal, "interventions", intervention -> text(intervention, "description", change));
    }

    private static void text(Map<String, Object> holder, String field, UnaryOperator<String> change) {
        if (holder != null && holder.get(field) instanceof String text) {
            holder.put(field, change.apply(text));
        }
    }

    private static void each(Map<String, Object> holder, String field, Consumer<Map<String, Object>> action) {
        if (holder != null && holder.get(field) instanceof List<?> elements) {
            elements.stream().map(PlanTexts::asMap).forEach(element -> {
                if (element != null) {
                    action.accept(element);
                }
            });
        }
    }

    private static Map<String, Object> child(Map<String, Object> holder, String field) {
        return asMap(holder.get(field));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }
}
