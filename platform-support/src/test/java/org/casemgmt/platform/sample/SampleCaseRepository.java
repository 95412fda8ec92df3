package org.casemgmt.platform.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SampleCaseRepository extends MongoRepository<SampleCase, String> {
}
