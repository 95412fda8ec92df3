package org.casemgmt.planning.privacy;

import java.util.Map;
import java.util.function.UnaryOperator;

import static org.casemgmt.platform.privacy.StoredTexts.child;
import static org.casemgmt.platform.privacy.StoredTexts.each;
import static org.casemgmt.platform.privacy.StoredTexts.text;

/**
 * Where a stored plan holds text that people wrote about the client, in the current version, in every earlier one,
 * and in each goal's approved terms: every free text of a goal, its provider role and its objectives' indicators and
 * units included, since a case worker may write anything about the person there ("nights Anna sleeps at her
 * sister's"). What statistics keep is coded or numeric: need domains, priorities, responsible parties, service types,
 * objectives' baselines, targets, directions, due dates and measured values.
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
        text(goal, "providerRole", change);
        each(goal, "objectives", objective -> {
            text(objective, "indicator", change);
            text(objective, "unit", change);
        });
        each(goal, "interventions", intervention -> text(intervention, "description", change));
    }
}
