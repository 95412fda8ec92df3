package org.casemgmt.planning.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.bson.Document;
import org.casemgmt.planning.goal.ClientAgreement;
import org.casemgmt.planning.goal.Goal;
import org.casemgmt.planning.goal.GoalTerms;
import org.casemgmt.planning.goal.Intervention;
import org.casemgmt.planning.goal.Measurement;
import org.casemgmt.planning.goal.Objective;
import org.junit.jupiter.api.Test;

/** Which parts of a stored plan are the client's personal texts, and that nothing else is touched. */
class PlanTextsTest {

    /** Every text field people write about the client, as {@code Type.field}. */
    private static final Set<String> PERSONAL = Set.of("Plan.revisionReason", "Plan.returnReason",
            "PlanVersion.revisionReason", "RequestedChange.description", "Goal.statement", "GoalTerms.statement",
            "Intervention.description", "ClientAgreement.agreedBy", "Abandonment.reason", "Goal.providerRole",
            "GoalTerms.providerRole", "Objective.indicator", "Objective.unit");

    /** Ids, codes and who did what: kept readable for statistics and for finding the data. */
    private static final Set<String> NOT_PERSONAL = Set.of("Plan.id", "Plan.caseId", "Plan.clientId",
            "Plan.agencyId", "Plan.programId", "Plan.caseManager", "Plan.reviewId", "Plan.draftedBy",
            "Plan.submittedBy", "Plan.approvedBy", "Plan.closureReason", "PlanVersion.reviewId",
            "PlanVersion.draftedBy", "PlanVersion.submittedBy", "PlanVersion.approvedBy", "RequestedChange.kind",
            "RequestedChange.goalId", "RequestedChange.needDomain", "RequestedChange.reviewId", "Goal.id",
            "Goal.needDomain", "GoalTerms.needDomain", "Objective.id", "Intervention.serviceType",
            "Achievement.progressEntryId", "Abandonment.abandonedBy", "Measurement.progressEntryId", "Measurement.recordedBy");

    @Test
    void everyTextFieldOfAPlanIsDecidedPersonalOrNot() throws ClassNotFoundException {
        List<String> textFields = new ArrayList<>();
        for (Class<?> type : List.of(Class.forName("org.casemgmt.planning.plan.Plan"),
                Class.forName("org.casemgmt.planning.plan.PlanVersion"),
                Class.forName("org.casemgmt.planning.plan.RequestedChange"), Goal.class, GoalTerms.class,
                Objective.class, Intervention.class, ClientAgreement.class, Goal.Achievement.class,
                Goal.Abandonment.class, Measurement.class)) {
            Stream<String> names = type.isRecord()
                    ? Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() == String.class)
                    .map(RecordComponent::getName)
                    : Arrays.stream(type.getDeclaredFields()).filter(f -> f.getType() == String.class)
                    .map(Field::getName);
            names.map(name -> type.getSimpleName() + "." + name).forEach(textFields::add);
        }

        assertThat(textFields).as("a new text field must be added to PlanTexts, or to NOT_PERSONAL with a reason")
                .containsExactlyInAnyOrderElementsOf(Stream.concat(PERSONAL.stream(), NOT_PERSONAL.stream()).toList());
    }

    @Test
    void rewritesEveryPersonalTextOfTheCurrentVersionEarlierVersionsAndApprovedTermsAndNothingElse() {
        Document plan = Document.parse(STORED_PLAN);

        PlanTexts.rewrite(plan, text -> "sealed(" + text + ")");

        Document expected = Document.parse(STORED_PLAN.replaceAll("\"(text-[a-z-]+)\"", "\"sealed($1)\""));
        assertThat(plan).isEqualTo(expected);
        assertThat(plan.toJson()).doesNotContain("\"text-");
    }

    @Test
    void droppingTheTextsLeavesStatusesDomainsPrioritiesNumbersAndDates() {
        Document plan = Document.parse(STORED_PLAN);

        PlanTexts.rewrite(plan, text -> null);

        Document goal = plan.getList("goals", Document.class).getFirst();
        assertThat(goal.getString("statement")).isNull();
        assertThat(goal.get("agreement", Document.class).getString("agreedBy")).isNull();
        assertThat(goal.get("agreement", Document.class).getString("agreedAt")).isEqualTo("2026-11-20T11:00:00Z");
        assertThat(goal.getString("needDomain")).isEqualTo("HOUSING");
        assertThat(goal.getString("priority")).isEqualTo("HIGH");
        assertThat(goal.getString("status")).isEqualTo("ABANDONED");
        Document objective = goal.getList("objectives", Document.class).getFirst();
        assertThat(objective.getString("indicator")).isNull();
        assertThat(objective.getString("unit")).isNull();
        assertThat(objective.getDouble("baseline")).isEqualTo(1850.0);
        assertThat(objective.getDouble("target")).isEqualTo(200.0);
        assertThat(objective.getString("dueDate")).isEqualTo("2027-03-31");
        assertThat(plan.getString("status")).isEqualTo("DRAFT");
        assertThat(plan.toJson()).doesNotContain("text-");
    }

    /** Every personal text is named {@code text-…}, so the tests can tell them from the rest. */
    private static final String STORED_PLAN = """
            {"_id": "plan-1", "caseId": "case-1", "clientId": "client-1", "status": "DRAFT", "planVersion": 2,
             "revisionReason": "text-revision", "returnReason": "text-return", "closureReason": null,
             "requestedChanges": [{"kind": "CHANGE_GOAL", "goalId": "goal-1", "description": "text-requested",
                                   "reviewId": "review-1"}],
             "goals": [%s],
             "earlierVersions": [{"planVersion": 1, "status": "APPROVED", "revisionReason": null,
                                  "requestedChanges": [{"kind": "ADD_GOAL", "description": "text-earlier-requested"}],
                                  "goals": [%s]}],
             "processedEvents": {"ids": ["opened-1"]}, "outbox": []}
            """.formatted(goal("ABANDONED"), goal("OPEN"));

    private static String goal(String status) {
        return """
                {"_id": "goal-1", "needDomain": "HOUSING", "statement": "text-statement", "priority": "HIGH",
                 "responsibleParty": "PROVIDER", "providerRole": "text-provider-role",
                 "objectives": [{"_id": "objective-1", "indicator": "text-indicator", "baseline": 1850.0,
                                 "target": 200.0, "unit": "text-unit", "direction": "LOWER_IS_BETTER",
                                 "dueDate": "2027-03-31", "history": [{"progressEntryId": "entry-1", "value": 900.0,
                                 "recordedBy": "staff-0142"}]}],
                 "interventions": [{"description": "text-intervention", "serviceType": "HOUSING_SEARCH"}],
                 "agreement": {"agreedBy": "text-agreed-by", "agreedAt": "2026-11-20T11:00:00Z"},
                 "status": "%s",
                 "approvedTerms": {"needDomain": "HOUSING", "statement": "text-approved-statement",
                                   "providerRole": "text-approved-provider-role",
                                   "objectives": [{"_id": "objective-1", "indicator": "text-approved-indicator",
                                                   "unit": "text-approved-unit", "baseline": 1850.0}],
                                   "interventions": [{"description": "text-approved-intervention",
                                                      "serviceType": "HOUSING_SEARCH"}]},
                 "abandonment": {"reason": "text-abandoned", "abandonedBy": "staff-0142"}}
                """.formatted(status);
    }
}
