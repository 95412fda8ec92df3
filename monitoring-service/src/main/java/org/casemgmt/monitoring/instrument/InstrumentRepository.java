package org.casemgmt.monitoring.instrument;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InstrumentRepository extends MongoRepository<InstrumentVersion, String> {
}
