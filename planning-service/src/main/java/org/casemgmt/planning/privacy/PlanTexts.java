package org.casemgmt.planning.privacy;

import java.util.Map;
import java.util.function.UnaryOperator;

import static org.casemgmt.platform.privacy.StoredTexts.child;
import static org.casemgmt.platform.privacy.StoredTexts.each;
import static org.casemgmt.platform.privacy.StoredTexts.text;

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
}
