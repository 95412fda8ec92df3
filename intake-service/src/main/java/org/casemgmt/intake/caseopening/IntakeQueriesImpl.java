package org.casemgmt.intake.caseopening;

import java.util.List;

import org.bson.Document;
import org.casemgmt.platform.persistence.FilterQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

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

    @Override
    public List<String> idsOfClient(String clientId) {
        Query query = new Query(Criteria.where("clientId").is(clientId));
        query.fields().include("_id");
        return mongo.find(query, Document.class, mongo.getCollectionName(Intake.class)).stream()
                .map(intake -> intake.getString("_id")).toList();
    }
}
