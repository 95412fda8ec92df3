package org.casemgmt.intake.caseopening;

import org.casemgmt.platform.persistence.FilterQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;

class IntakeQueriesImpl implements IntakeQueries {

    private final MongoOperations mongo;

    IntakeQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Intake> findFiltered(String agencyId, IntakeFilter filter, Pageable pageable) {
        return new FilterQuery()
                .equalTo("status", filter.status())
                .equalTo("agencyId", agencyId)
                .equalTo("clientId", filter.clientId())
                .onDays("startedAt", filter.startedFrom(), filter.startedTo())
                .page(mongo, pageable, Intake.class);
    }
}
