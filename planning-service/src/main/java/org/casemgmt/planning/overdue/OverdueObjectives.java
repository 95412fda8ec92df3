package org.casemgmt.planning.overdue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.casemgmt.planning.goal.Goal;
import org.casemgmt.planning.goal.Measurement;
import org.casemgmt.planning.goal.Objective;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Overdue objectives of the plans in force, per case worker or per agency, the longest overdue first. Reads the
 * plans collection through its own narrow view: overdue needs the goals, not the plan aggregate.
 */
@Service
class OverdueObjectives {

    private static final String PLANS = "plans";

    private final MongoOperations mongo;
    private final Clock clock;

    OverdueObjectives(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The plan fields overdue needs. */
    record PlanGoals(String id, String caseId, String agencyId, String caseManager, List<Goal> goals) {
    }

    Page<OverdueObjective> find(String caseWorker, String agencyId, Pageable pageable) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Criteria inForce = Criteria.where("status").ne("CLOSED");
        if (caseWorker != null) {
            inForce = inForce.and("caseManager").is(caseWorker);
        }
        if (agencyId != null) {
            inForce = inForce.and("agencyId").is(agencyId);
        }
        Query query = new Query(inForce);
        query.fields().include("caseId", "clientId", "clientErased", "agencyId", "caseManager", "goals");
        List<OverdueObjective> overdue = mongo.find(query, PlanGoals.class, PLANS).stream()
                .flatMap(plan -> plan.goals().stream().filter(Goal::isOpen)
                        .flatMap(goal -> goal.objectives().stream().filter(o -> o.isOverdue(today))
                                .map(objective -> line(plan, goal, objective, today))))
                .sorted(Comparator.comparing(OverdueObjective::dueDate).thenComparing(OverdueObjective::caseId))
                .toList();
        int from = (int) Math.min(pageable.getOffset(), overdue.size());
        int to = Math.min(from + pageable.getPageSize(), overdue.size());
        return new PageImpl<>(overdue.subList(from, to), pageable, overdue.size());
    }

    private static OverdueObjective line(PlanGoals plan, Goal goal, Objective objective, LocalDate today) {
        return new OverdueObjective(plan.id(), plan.caseId(), plan.agencyId(), plan.caseManager(), goal.id(),
                goal.needDomain(), goal.statement(), objective.id(), objective.indicator(), objective.target(),
                objective.unit(), objective.direction(), objective.dueDate(),
                objective.latest().map(Measurement::value).orElse(null),
                ChronoUnit.DAYS.between(objective.dueDate(), today));
    }
}
