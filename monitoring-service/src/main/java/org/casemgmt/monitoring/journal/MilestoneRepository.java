package org.casemgmt.monitoring.journal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MilestoneRepository extends MongoRepository<Milestone, String> {

    Page<Milestone> findByCaseId(String caseId, Pageable pageable);
}
