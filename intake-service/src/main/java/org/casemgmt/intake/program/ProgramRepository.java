package org.casemgmt.intake.program;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgramRepository extends MongoRepository<Program, String> {
}
