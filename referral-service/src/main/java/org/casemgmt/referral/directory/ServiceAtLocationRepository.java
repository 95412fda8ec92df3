package org.casemgmt.referral.directory;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ServiceAtLocationRepository extends MongoRepository<ServiceAtLocation, String> {
}
