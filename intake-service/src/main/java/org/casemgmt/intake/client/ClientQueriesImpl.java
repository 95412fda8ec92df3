package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.List;

import org.casemgmt.platform.persistence.FilterQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class ClientQueriesImpl implements ClientQueries {

    private final MongoOperations mongo;

    ClientQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Client> findFiltered(String agencyId, ClientFilter filter, Pageable pageable) {
        return new FilterQuery()
                .equalTo("status", filter.status())
                .equalTo("agencyId", agencyId)
                .onDays("registeredAt", filter.registeredFrom(), filter.registeredTo())
                .page(mongo, pageable, Client.class);
    }

    @Override
    public List<Client> search(String agencyId, String name, Identifier identifier, LocalDate birthDate, int limit) {
        Query query = new Query(Criteria.where("agencyId").is(agencyId)).limit(limit);
        if (name != null && !name.isBlank()) {
            query.addCriteria(Criteria.where("phoneticKeys").all(NameKeys.phoneticKeys(name)));
        }
        if (identifier != null) {
            query.addCriteria(Criteria.where("identifierKeys").is(identifier.matchKey()));
        }
        if (birthDate != null) {
            query.addCriteria(Criteria.where("birthDate").is(birthDate));
        }
        return mongo.find(query, Client.class);
    }
}
