package org.casemgmt.closure.casework;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface ClosureCaseRepository extends MongoRepository<ClosureCase, String> {

    List<ClosureCase> findByClientIdOrCaseIdIn(String clientId, Collection<String> caseIds);

    List<ClosureCase> findByClientId(String clientId);

    /** The client's other cases in the agency, to find the closed episode a new case returns from. */
    List<ClosureCase> findByClientIdAndAgencyIdAndCaseIdNot(String clientId, String agencyId, String caseId);

    /** The agency's cases of a program with an episode closed in the period. */
    @Query("{ 'agencyId': ?0, 'programId': ?1, 'episodes': { $elemMatch: { 'closedAt': { $gte: ?2, $lt: ?3 } } } }")
    List<ClosureCase> findClosedInPeriod(String agencyId, String programId, Instant from, Instant to);

    /** Cases opened as returns from any of these cases. */
    List<ClosureCase> findByReturnedFromPreviousCaseIdIn(Collection<String> previousCaseIds);
}
