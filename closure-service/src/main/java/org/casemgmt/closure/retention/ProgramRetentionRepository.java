package org.casemgmt.closure.retention;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgramRetentionRepository extends MongoRepository<ProgramRetention, String> {

    List<ProgramRetention> findByAgencyIdOrderByProgramId(String agencyId);
}
