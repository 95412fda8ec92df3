package org.casemgmt.monitoring.progress;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgressEntryRepository extends MongoRepository<ProgressEntry, String> {

    Page<ProgressEntry> findByCaseId(String caseId, Pageable pageable);
}
