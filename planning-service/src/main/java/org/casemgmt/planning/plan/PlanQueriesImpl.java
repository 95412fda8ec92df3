package org.casemgmt.planning.plan;

import org.casemgmt.platform.persistence.FilterQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;

class PlanQueriesImpl implements PlanQueries {

    private final MongoOperations mongo;

    PlanQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Plan> findFiltered(String agencyId, PlanFilter filter, Pageable pageable) {
        return new FilterQuery()
                .equalTo("caseId", filter.caseId())
                .equalTo("agencyId", agencyId)
                .equalTo("caseManager", filter.caseManager())
                .equalTo("status", filter.status())
                .page(mongo, pageable, Plan.class);
    }
}
