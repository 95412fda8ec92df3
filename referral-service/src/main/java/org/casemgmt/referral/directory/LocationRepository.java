package org.casemgmt.referral.directory;

import org.springframework.data.mongodb.repository.MongoRepository;

interface LocationRepository extends MongoRepository<Location, String> {
}
