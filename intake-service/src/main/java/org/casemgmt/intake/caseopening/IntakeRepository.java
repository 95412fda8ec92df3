package org.casemgmt.intake.caseopening;

import org.springframework.data.mongodb.repository.MongoRepository;

interface IntakeRepository extends MongoRepository<Intake, String>, IntakeQueries {
}
