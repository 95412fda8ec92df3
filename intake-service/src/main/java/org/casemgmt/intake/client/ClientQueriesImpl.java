package org.casemgmt.intake.client;

import java.util.ArrayList;
import java.util.Collection;
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
    public List<Client> findPossibleDuplicates(String agencyId, Collection<String> identifierTokens,
                                               String birthDateToken) {
        List<Criteria> either = new ArrayList<>();
        if (!identifierTokens.isEmpty()) {
            either.add(Criteria.where("identifierTokens").in(identifierTokens));
        }
        if (birthDateToken != null) {
            either.add(Criteria.where("birthDateToken").is(birthDateToken));
        }
        if (either.isEmpty()) {
            return List.of();
        }
        return mongo.find(new Query(Criteria.where("agencyId").is(agencyId).orOperator(either)), Client.class);
    }

    @Override
    public List<Client> search(String agencyId, List<String> nameSoundTokens, String identifierToken,
                               String birthDateToken, int limit) {
        Query query = new Query(Criteria.where("agencyId").is(agencyId)).limit(limit);
        if (nameSoundTokens != null) {
            query.addCriteria(Criteria.where("nameSoundTokens").all(nameSoundTokens));
        }
        if (identifierToken != null) {
            query.addCriteria(Criteria.where("identifierTokens").is(identifierToken));
        }
        if (birthDateToken != null) {
            query.addCriteria(Criteria.where("birthDateToken").is(birthDateToken));
        }
        return mongo.find(query, Client.class);
    }
}
