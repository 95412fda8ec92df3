package org.casemgmt.planning.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PlanRepository extends MongoRepository<Plan, String>, PlanQueries {

    Optional<Plan> findByCaseId(String caseId);

    boolean existsByCaseId(String caseId);

    List<Plan> findByClientIdOrCaseIdIn(String clientId, Collection<String> caseIds);
}
