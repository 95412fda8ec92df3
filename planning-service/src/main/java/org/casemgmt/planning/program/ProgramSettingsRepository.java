package org.casemgmt.planning.program;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgramSettingsRepository extends MongoRepository<ProgramSettings, String> {
}
