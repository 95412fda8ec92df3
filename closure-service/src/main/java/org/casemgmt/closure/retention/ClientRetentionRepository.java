package org.casemgmt.closure.retention;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ClientRetentionRepository extends MongoRepository<ClientRetention, String> {

    /** The agency's clients kept until {@code until} at the latest, held ones included. */
    List<ClientRetention> findByAgencyIdAndStatusAndRetainedUntilLessThanEqual(String agencyId,
                                                                               ClientRetention.Status status,
                                                                               Instant until);

    /** The agency's clients whose retention ended since {@code since}. */
    List<ClientRetention> findByAgencyIdAndStatusAndExpiryExpiredAtGreaterThanEqual(String agencyId,
                                                                                    ClientRetention.Status status,
                                                                                    Instant since);
}
